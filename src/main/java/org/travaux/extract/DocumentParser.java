package org.travaux.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.travaux.model.ExtractedText;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;
import org.travaux.model.TextBlock;

/**
 * Runs inside the child JVM: detects a file's type from its content, parses supported types with Tika into a
 * {@link StructureHandler}, and turns every problem into an outcome. Never call it on untrusted files in the
 * parent JVM.
 */
final class DocumentParser {
    static final String LFS_POINTER = "version https://git-lfs.github.com/spec/v1";
    private static final String PDF = "application/pdf";
    /** What Tika detects for password-protected OOXML (an OLE2 wrapper around an encrypted package). */
    private static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";
    private static final int MAX_PROPERTY = 1_000;
    private static final int MAX_PROPERTIES = 500;

    private final TikaConfig config;
    private final Detector detector;
    private final AutoDetectParser parser;
    private final int writeLimit;
    private final Set<String> supportedTypes;

    DocumentParser(int writeLimit, Set<String> supportedTypes) {
        this.config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
        this.writeLimit = writeLimit;
        this.supportedTypes = Set.copyOf(supportedTypes);
    }

    /** Extracts one file; exceptions from Tika become outcomes, anything thrown is a bug in this class. */
    Extraction extract(Path file) {
        String type;
        try {
            if (isLfsPointer(file)) {
                return new Extraction.Failure(Outcome.UNSUPPORTED, "Git LFS pointer, not the file's content",
                        "text/plain");
            }
            type = detect(file);
        } catch (IOException e) {
            return new Extraction.Failure(Outcome.FAILED, "cannot read file: " + Failures.describe(e), null);
        }
        if (type.equals(PROTECTED_OOXML)) {
            return new Extraction.Failure(Outcome.ENCRYPTED, "document is encrypted (password-protected)", type);
        }
        if (!supportedTypes.contains(type)) {
            return new Extraction.Failure(Outcome.UNSUPPORTED, "type " + type + " is not a supported document format",
                    type);
        }
        return parse(file, type);
    }

    private static boolean isLfsPointer(Path file) throws IOException {
        byte[] prefix = new byte[LFS_POINTER.length()];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(prefix, 0, prefix.length);
            return read == prefix.length && new String(prefix, StandardCharsets.US_ASCII).equals(LFS_POINTER);
        }
    }

    /** The type from magic and container structure; the name only refines plain text to a kind of text. */
    String detect(Path file) throws IOException {
        MediaType byContent;
        try (TikaInputStream stream = TikaInputStream.get(file)) {
            byContent = detector.detect(stream, new Metadata());
        }
        String type = byContent.getBaseType().toString();
        boolean textual = config.getMediaTypeRegistry().isInstanceOf(byContent.getBaseType(), MediaType.TEXT_PLAIN);
        if (textual && file.getFileName() != null) {
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            // MimeTypes alone with no stream: a judgement from the name's glob only
            String byName = config.getMimeRepository().detect(null, named).getBaseType().toString();
            // Plain text has no magic: a name that says which kind of text it is refines it (.html, .csv,
            // .json); a name that says binary (.zip, .pdf) does not, so content still wins over the extension.
            if (type.equals("text/plain") && !byName.equals(type) && config.getMediaTypeRegistry()
                    .isInstanceOf(MediaType.parse(byName), MediaType.TEXT_PLAIN)) {
                return byName;
            }
            // Weak text magic misfires on real documents: a UN text opening with "Article 51" reads as
            // message/news. Text that its name calls plain text and that we cannot parse as such stays text.
            if (!supportedTypes.contains(type) && byName.equals("text/plain")) {
                return "text/plain";
            }
        }
        return type;
    }

    private Extraction parse(Path file, String type) {
        Metadata metadata = new Metadata();
        // Our detection is final: AutoDetectParser must not second-guess it from the name.
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type);
        StructureHandler structure = new StructureHandler();
        boolean truncated = false;
        TikaInputStream stream;
        try {
            stream = TikaInputStream.get(file);
        } catch (IOException e) {
            return new Extraction.Failure(Outcome.FAILED, "cannot read file: " + Failures.describe(e), type);
        }
        try (stream) {
            ParseContext context = context();
            if (type.equals("text/plain") && Utf8.isValid(file)) {
                // statistical charset detection misreads some UTF-8 texts as TIS-620 ("Asunciรณn"); bytes that
                // are valid UTF-8 are UTF-8
                context.set(org.apache.tika.detect.EncodingDetector.class, (in, md) -> StandardCharsets.UTF_8);
            }
            parser.parse(stream, new WriteOutContentHandler(structure, writeLimit), metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return Failures.fromParse(e, type);
            }
            truncated = true;
        }
        List<TextBlock> blocks = structure.finish();
        int pages = pageCount(metadata, structure.pages());
        if (blocks.isEmpty()) {
            return new Extraction.Failure(Outcome.EMPTY, emptyReason(type, pages), type);
        }
        String note = truncated ? String.format(Locale.ROOT, "truncated at %,d characters", writeLimit) : "";
        return new Extraction.Success(new ExtractedText(type, blocks, properties(metadata), pages, truncated), note);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NoEmbeddedDocuments.INSTANCE);
        PDFParserConfig pdf = new PDFParserConfig();
        // OCR is a separate, deliberate step; an extractor that silently shells out to tesseract is not.
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        // The outline repeats headings after the last page, where they would read as stray list items.
        pdf.setExtractBookmarksText(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    static String emptyReason(String type, int pages) {
        if (type.equals(PDF) && pages > 0) {
            return "no text layer on " + pages + (pages == 1 ? " page" : " pages") + ": needs OCR";
        }
        return "no text";
    }

    static int pageCount(Metadata metadata, int countedPages) {
        String declared = metadata.get("xmpTPg:NPages");
        if (declared != null) {
            try {
                int n = Integer.parseInt(declared.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // A garbled page count is not worth failing for; the pages we counted will do.
                return countedPages;
            }
        }
        return countedPages;
    }

    /** Every metadata field as one string (multiple values joined by "; "), capped in length and number. */
    static Map<String, String> properties(Metadata metadata) {
        Map<String, String> properties = new TreeMap<>();
        String[] names = metadata.names();
        Arrays.sort(names);
        for (String name : names) {
            if (name.equals(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE.getName())
                    || properties.size() == MAX_PROPERTIES || name.length() > 200) {
                continue;
            }
            String value = Arrays.stream(metadata.getValues(name))
                    .filter(v -> v != null && !v.isBlank())
                    .map(v -> v.replaceAll("\\p{Cntrl}", " ").strip())
                    .distinct()
                    .collect(Collectors.joining("; "));
            if (!value.isEmpty()) {
                properties.put(name, value.length() > MAX_PROPERTY ? value.substring(0, MAX_PROPERTY) : value);
            }
        }
        return properties;
    }
}
