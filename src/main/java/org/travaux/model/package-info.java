/**
 * Plain immutable records that every other package shares: what a file yielded ({@link org.travaux.model.Extraction}),
 * what Travaux understood of it ({@link org.travaux.model.OfficialDocument}), and how each file ended
 * ({@link org.travaux.model.Outcome}).
 *
 * <p>May import: the JDK only. Nothing here knows about Tika, Lucene or HTTP, so later features (citation
 * graph, commitments, multilingual alignment, semantic vectors) add fields here without touching the
 * libraries that fill or store them.
 */
package org.travaux.model;
