/**
 * Text extraction: Tika wiring, the pool of child JVMs that runs it, the SAX handler that keeps paragraphs,
 * headings, list items, table cells and pages, and the mapping of every failure to an
 * {@link org.travaux.model.Outcome}.
 *
 * <p>Tika never parses an untrusted file in the caller's JVM: a fuzzed file can exhaust the heap or loop
 * forever. {@link org.travaux.extract.ExtractorPool} (the parent side) starts long-lived
 * {@link org.travaux.extract.ExtractionWorker} processes with a capped heap, sends each a file path over
 * stdin and reads a length-prefixed binary answer from stdout ({@code WorkerProtocol}); a child that does not
 * answer in time is killed and replaced, one that dies is explained from its exit code and stderr.
 * Everything inside the child ({@code DocumentParser}, {@link org.travaux.extract.StructureHandler},
 * {@code Failures}) may throw; the child turns each problem into a per-file outcome and keeps running.
 *
 * <p>May import: Tika, {@code org.travaux.model}, SLF4J and the JDK. Nothing outside this package sees Tika
 * types: the public surface is {@link org.travaux.extract.TextExtractor},
 * {@link org.travaux.extract.ExtractorPool} and {@link org.travaux.extract.ExtractorSettings}.
 */
package org.travaux.extract;
