package org.travaux.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.travaux.model.FileRecord;
import org.travaux.model.OfficialDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side of one index folder: opens it (creating it when new), replaces and deletes blocks, commits.
 * Thread-safe: ingest workers write concurrently; Lucene's {@link IndexWriter} is made for that.
 */
public final class TravauxIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TravauxIndex.class);
    /** Commit user-data key: when the last ingest committed (ISO instant). */
    public static final String LAST_INGEST = "last_ingest";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final DocumentMapper mapper = new DocumentMapper();

    private TravauxIndex(Path dir, Directory directory, IndexWriter writer) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the index in {@code dir} for writing, creating the folder and an empty index when missing. */
    public static TravauxIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128);
        try {
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty index is still a valid index for readers and `check`
            }
            return new TravauxIndex(dir, directory, writer);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(dir, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    public Path dir() {
        return dir;
    }

    /** All file records the index knows, committed or not, by document id. */
    public Map<String, FileRecord> fileRecords() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return FileRecords.readAll(reader);
        }
    }

    /** Replaces whatever the index holds for {@code record.id()} with the document and its paragraphs, atomically. */
    public void put(OfficialDocument doc, FileRecord record) throws IOException {
        List<Document> block = mapper.block(doc, record);
        writer.updateDocuments(new Term(Fields.ID, doc.id()), block);
    }

    /** Replaces whatever the index holds for {@code record.id()} with a bare file record (no document). */
    public void putRecord(FileRecord record) throws IOException {
        writer.updateDocuments(new Term(Fields.ID, record.id()), List.of(mapper.fileRecord(record)));
    }

    /** Removes a document, its paragraphs and its file record. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, id));
    }

    /** Makes everything written so far durable, with {@code data} (plus the time) as the commit's user data. */
    public void commit(Map<String, String> data) throws IOException {
        Map<String, String> userData = new HashMap<>(data);
        userData.put(LAST_INGEST, java.time.Instant.now().toString());
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
        LOG.debug("committed {}", userData);
    }

    /** A searcher manager over this writer: near-real-time, sees uncommitted writes after a refresh. */
    public SearcherManager newSearcherManager() throws IOException {
        return new SearcherManager(writer, null);
    }

    public IndexStats stats() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return stats(reader, dir);
        }
    }

    /** Whether {@code dir} holds an index. */
    public static boolean exists(Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    /** Statistics of a committed index opened read-only (no write lock taken). */
    public static IndexStats readStats(Path dir) throws IOException {
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            return stats(reader, dir);
        }
    }

    private static IndexStats stats(DirectoryReader reader, Path dir) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        long docs = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)));
        long paragraphs = searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PARAGRAPH)));
        long files = docs + searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE)));
        return new IndexStats(docs, paragraphs, files, folderSize(dir), reader.getIndexCommit().getUserData());
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
