package org.travaux.model;

import java.util.Objects;

/**
 * What the index remembers about one file, whatever its outcome: the basis of incremental ingest.
 *
 * @param id          the document id the file maps to (see {@link DocumentIds})
 * @param rootName    the ingested folder's name, part of the id
 * @param source      the file as last seen
 * @param outcome     how its last ingest ended (never UNCHANGED: that is a run's view, not a stored state)
 * @param reason      human-readable reason, empty for a plain success
 * @param mediaType   the detected type, or empty when unknown
 * @param duplicateOf the id of the document with the same content, or null
 * @param ingestedAt  when this record was written, epoch milliseconds
 * @param pipeline    version of the extract/understand pipeline that wrote it; a newer one re-reads the file
 * @param sidecarHash fingerprint of the sidecar metadata applied to the file, empty when none
 */
public record FileRecord(String id, String rootName, SourceFile source, Outcome outcome, String reason,
                         String mediaType, String duplicateOf, long ingestedAt, int pipeline,
                         String sidecarHash) {
    public FileRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rootName, "rootName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sidecarHash, "sidecarHash");
        if (outcome == Outcome.UNCHANGED) {
            throw new IllegalArgumentException("UNCHANGED is not a stored outcome (file " + source.path() + ")");
        }
        if ((outcome == Outcome.DUPLICATE) != (duplicateOf != null)) {
            throw new IllegalArgumentException("duplicateOf must be set exactly for duplicates (file " + source.path() + ")");
        }
    }
}
