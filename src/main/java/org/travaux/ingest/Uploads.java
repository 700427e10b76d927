package org.travaux.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.travaux.extract.TextExtractor;
import org.travaux.index.TravauxIndex;
import org.travaux.model.FileRecord;
import org.travaux.model.Outcome;
import org.travaux.understand.DocumentAssembler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents added and removed while the server runs. An upload is stored in the uploads folder under a generated
 * name (never the name the client sent), then that folder goes through the same ingest as the corpus — type from
 * content, extraction in the isolated child processes — and a file that does not become a document is deleted
 * again, with the reason. One change at a time: uploads and removals take turns.
 */
public final class Uploads {
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    /** Extensions kept from the client's name (they only refine plain text); anything else is stored as .bin. */
    private static final Set<String> KEPT_EXTENSIONS = Set.of("pdf", "docx", "doc", "odt", "rtf", "html", "htm",
            "txt", "xml");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TravauxIndex index;
    private final TextExtractor extractor;
    private final DocumentAssembler assembler;
    private final Path folder;
    private final long maxBytes;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public Uploads(TravauxIndex index, TextExtractor extractor, DocumentAssembler assembler, Path folder, long maxBytes)
            throws IOException {
        this.index = index;
        this.extractor = extractor;
        this.assembler = assembler;
        this.folder = Files.createDirectories(folder).toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** What became of an upload: the file's outcome, and its document id when it was indexed. */
    public record Added(String id, Outcome outcome, String reason, String mediaType, int paragraphs) {
        public boolean indexed() {
            return outcome == Outcome.INDEXED;
        }
    }

    /** The upload is over the size limit. */
    public static final class TooLarge extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the file is larger than the upload limit of " + limit + " bytes");
        }
    }

    /** Why a removal was refused. */
    public static final class NotRemovable extends Exception {
        private static final long serialVersionUID = 1L;

        NotRemovable(String message) {
            super(message);
        }
    }

    /**
     * Stores and ingests one file.
     *
     * @throws TooLarge                when the content is larger than the limit
     * @throws IllegalArgumentException when it is empty
     */
    public Added add(String clientFileName, InputStream content) throws IOException {
        String name = HexFormat.of().formatHex(randomBytes())
                + "." + extension(clientFileName);
        Path stored = folder.resolve(name);
        copyCapped(content, stored);
        oneAtATime.lock();
        try {
            IngestReport report = new Ingester(index, extractor, assembler, IngestSettings.defaults(1),
                    ProgressListener.NONE).ingest(List.of(folder));
            FileResult result = report.files().stream().filter(f -> f.path().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the ingest of " + folder + " did not report " + name));
            if (result.outcome() != Outcome.INDEXED) {
                Files.deleteIfExists(stored);
                index.delete(result.id());
                index.commit(Map.of());
            }
            LOG.info("upload {} stored as {}: {} {}", clientFileName, name, result.outcome().value(),
                    result.reason() == null ? "" : result.reason());
            return new Added(result.outcome() == Outcome.INDEXED ? result.id() : null, result.outcome(),
                    result.reason(), result.mediaType(), result.paragraphs());
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * Removes an uploaded document and its file. A document read from a corpus folder is not removed here: it would
     * come back with the next ingest of that folder, so the answer says to remove the file there.
     *
     * @return false when there is no such document
     */
    public boolean remove(String id) throws IOException, NotRemovable {
        oneAtATime.lock();
        try {
            Optional<FileRecord> record = Optional.ofNullable(index.fileRecords().get(id));
            if (record.isEmpty()) {
                return false;
            }
            Path root = Path.of(record.get().source().root()).toAbsolutePath().normalize();
            if (!root.equals(folder)) {
                throw new NotRemovable("document " + id + " was read from " + record.get().source().path()
                        + " in the folder " + root + "; remove the file there and ingest again");
            }
            Path file = folder.resolve(record.get().source().path()).normalize();
            index.delete(id);
            index.commit(Map.of());
            if (file.startsWith(folder)) {
                Files.deleteIfExists(file);
            }
            LOG.info("removed uploaded document {} ({})", id, record.get().source().path());
            return true;
        } finally {
            oneAtATime.unlock();
        }
    }

    private void copyCapped(InputStream content, Path target) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            for (int n; (n = content.read(buffer)) > 0; ) {
                written += n;
                if (written > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (written == 0) {
            Files.deleteIfExists(target);
            throw new IllegalArgumentException("the uploaded file is empty");
        }
    }

    static String extension(String clientFileName) {
        if (clientFileName == null) {
            return "bin";
        }
        int dot = clientFileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : clientFileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return KEPT_EXTENSIONS.contains(ext) ? ext : "bin";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
