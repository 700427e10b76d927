package org.travaux.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.StoredFields;
import org.travaux.model.FileRecord;
import org.travaux.model.Outcome;
import org.travaux.model.SourceFile;

/** Reads the file records (the incremental-ingest state) back out of an index. */
final class FileRecords {
    private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.ROOT, Fields.ROOT_NAME, Fields.SOURCE,
            Fields.SIZE, Fields.MODIFIED, Fields.SHA256, Fields.OUTCOME, Fields.REASON, Fields.MEDIA_TYPE,
            Fields.DUPLICATE_OF, Fields.INGESTED, Fields.PIPELINE, Fields.SIDECAR_HASH);

    private FileRecords() {
    }

    /** Every file record in the reader, by document id. */
    static Map<String, FileRecord> readAll(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE)), BooleanClause.Occur.SHOULD)
                .build();
        int n = Math.max(1, searcher.count(query));
        TopDocs top = searcher.search(query, n);
        StoredFields stored = searcher.storedFields();
        Map<String, FileRecord> records = new HashMap<>(n * 2);
        for (ScoreDoc sd : top.scoreDocs) {
            FileRecord r = fromDocument(stored.document(sd.doc, FIELDS));
            records.put(r.id(), r);
        }
        return records;
    }

    static FileRecord fromDocument(Document d) {
        SourceFile source = new SourceFile(d.get(Fields.ROOT), d.get(Fields.SOURCE),
                d.getField(Fields.SIZE).numericValue().longValue(),
                d.getField(Fields.MODIFIED).numericValue().longValue(), d.get(Fields.SHA256));
        return new FileRecord(d.get(Fields.ID), d.get(Fields.ROOT_NAME), source, Outcome.fromValue(d.get(Fields.OUTCOME)),
                d.get(Fields.REASON), d.get(Fields.MEDIA_TYPE), d.get(Fields.DUPLICATE_OF),
                d.getField(Fields.INGESTED).numericValue().longValue(),
                d.getField(Fields.PIPELINE).numericValue().intValue(),
                d.get(Fields.SIDECAR_HASH) == null ? "" : d.get(Fields.SIDECAR_HASH));
    }
}
