package org.travaux.ingest;

import org.travaux.model.Outcome;

/**
 * How one file of a run ended: one line of the report.
 *
 * @param root       the ingested folder (absolute)
 * @param path       the file relative to it, '/' separated
 * @param id         the document id
 * @param outcome    the outcome
 * @param reason     why, for humans (empty for a plain success)
 * @param mediaType  the detected type, or empty
 * @param bytes      file size
 * @param paragraphs paragraphs indexed (0 unless indexed)
 * @param millis     time spent on the file in this run
 */
public record FileResult(String root, String path, String id, Outcome outcome, String reason, String mediaType,
                         long bytes, int paragraphs, long millis) {
}
