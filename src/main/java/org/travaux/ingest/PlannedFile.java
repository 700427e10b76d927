package org.travaux.ingest;

import java.nio.file.Path;
import org.travaux.model.FileRecord;
import org.travaux.model.SourceFile;

/**
 * What a run will do with one file.
 *
 * @param file      the file
 * @param rootName  its ingested folder's name
 * @param id        its document id
 * @param source    size, time and hash as found now (hash from the index when size and time are unchanged)
 * @param action    what to do
 * @param primaryId for a duplicate, the id of the file whose content it repeats
 * @param error     for an unreadable or skipped file, why
 * @param known     what the index held for this id before the run, or null
 * @param sidecar   metadata from a catalog.csv or .meta.json for this file (empty when none)
 * @param sidecarHash fingerprint of {@code sidecar}, empty when none
 */
record PlannedFile(Path file, String rootName, String id, SourceFile source, Action action, String primaryId,
                   String error, FileRecord known, java.util.Map<String, String> sidecar, String sidecarHash) {
    enum Action { UNCHANGED, EXTRACT, DUPLICATE, UNREADABLE, SKIPPED, SIDECAR }
}
