package org.travaux.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/** Lucene's CheckIndex over an index folder, without changing anything. */
public final class IndexCheck {

    /**
     * @param clean    true when every segment checked out
     * @param segments number of segments
     * @param docs     documents in the index (Lucene documents: files, documents and paragraphs)
     * @param details  CheckIndex's own report
     */
    public record Result(boolean clean, int segments, long docs, String details) {
    }

    private IndexCheck() {
    }

    public static Result run(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no index folder at " + dir.toAbsolutePath());
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Directory directory = FSDirectory.open(dir); CheckIndex checker = new CheckIndex(directory)) {
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = checker.checkIndex();
            long docs = status.segmentInfos.stream().mapToLong(s -> s.maxDoc).sum();
            return new Result(status.clean, status.numSegments, docs, log.toString(StandardCharsets.UTF_8));
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(dir, e);
        }
    }
}
