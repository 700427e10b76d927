/**
 * The command line (picocli) and the one composition root: the only place that builds and wires the extractor
 * pool, the index, the ingester, search and the web app. May import every package; nothing imports it.
 *
 * <p>Exit codes: 0 done (per-file problems of an ingest are outcomes in its report, not errors); 1 error (one line
 * on stderr says what went wrong); 2 bad usage; 3 {@code check} found a damaged index; 130 interrupted.
 */
package org.travaux.cli;
