package org.travaux.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.travaux.extract.TextExtractor;
import org.travaux.model.Extraction;
import org.travaux.model.OfficialDocument;
import org.travaux.model.SourceFile;
import org.travaux.understand.DocumentAssembler;

/**
 * Reads one file the way an ingest would (extraction, the sidecars that apply to it, understanding) without
 * touching an index: what {@code travaux inspect} shows a documentalist checking how a document is read.
 */
public final class Inspector {
    private final TextExtractor extractor;
    private final DocumentAssembler assembler;

    public Inspector(TextExtractor extractor, DocumentAssembler assembler) {
        this.extractor = extractor;
        this.assembler = assembler;
    }

    /** The document as understood, or the extraction failure that explains why there is none. */
    public sealed interface Result {
        record Read(OfficialDocument document) implements Result {
        }

        record NotRead(Extraction.Failure failure) implements Result {
        }
    }

    /**
     * @param file the file to read
     * @param root the folder it would be ingested from (its sidecars are looked up between the two)
     */
    public Result inspect(Path file, Path root) throws IOException {
        Path absRoot = root.toAbsolutePath().normalize();
        Path absFile = file.toAbsolutePath().normalize();
        if (!absFile.startsWith(absRoot)) {
            throw new IllegalArgumentException(file + " is not inside " + root);
        }
        String relative = absRoot.relativize(absFile).toString().replace(absFile.getFileSystem().getSeparator(), "/");
        SidecarIndex sidecars = SidecarIndex.build(absRoot, sidecarCandidates(absRoot, relative));
        Map<String, String> fields = sidecars.forFile(relative).map(SidecarIndex.Entry::fields).orElse(Map.of());
        SourceFile source = new SourceFile(absRoot.toString(), relative, Files.size(absFile),
                Files.getLastModifiedTime(absFile).toMillis(), ContentHash.sha256(absFile));
        String rootName = absRoot.getFileName() == null ? "root" : absRoot.getFileName().toString();
        return switch (extractor.extract(absFile)) {
            case Extraction.Success s -> new Result.Read(assembler.assemble(rootName, source, s.text(), s.note(), fields));
            case Extraction.Failure f -> new Result.NotRead(f);
        };
    }

    /** catalog.csv in the file's folder and every folder up to the root, and the file's own .meta.json. */
    private static List<String> sidecarCandidates(Path root, String relative) {
        java.util.ArrayList<String> candidates = new java.util.ArrayList<>();
        candidates.add(relative + SidecarIndex.META_SUFFIX);
        String folder = relative;
        while (folder.contains("/")) {
            folder = folder.substring(0, folder.lastIndexOf('/'));
            candidates.add(folder + "/" + SidecarIndex.CATALOG);
        }
        candidates.add(SidecarIndex.CATALOG);
        return candidates.stream().filter(c -> Files.isRegularFile(root.resolve(c))).toList();
    }
}
