package org.travaux.index;

import java.util.Map;

/**
 * What {@code status} reports about an index.
 *
 * @param documents      indexed documents
 * @param paragraphs     indexed paragraphs
 * @param files          files known (every outcome)
 * @param sizeBytes      bytes on disk
 * @param lastCommitData the last commit's user data (last ingest time, counts)
 */
public record IndexStats(long documents, long paragraphs, long files, long sizeBytes, Map<String, String> lastCommitData) {
    public IndexStats {
        lastCommitData = Map.copyOf(lastCommitData);
    }
}
