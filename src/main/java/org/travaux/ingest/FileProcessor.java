package org.travaux.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.travaux.extract.TextExtractor;
import org.travaux.index.TravauxIndex;
import org.travaux.model.Extraction;
import org.travaux.model.FileRecord;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Outcome;
import org.travaux.understand.DocumentAssembler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives one file its outcome and writes what the index must remember of it. Thread-safe. A problem with the file
 * (or a bug in understanding it) becomes the file's outcome; a problem with the index is thrown as
 * {@link UncheckedIOException}, since no later file could be written either.
 */
final class FileProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(FileProcessor.class);

    private final TravauxIndex index;
    private final TextExtractor extractor;
    private final DocumentAssembler assembler;
    private final int pipeline;

    FileProcessor(TravauxIndex index, TextExtractor extractor, DocumentAssembler assembler, int pipeline) {
        this.index = index;
        this.extractor = extractor;
        this.assembler = assembler;
        this.pipeline = pipeline;
    }

    FileResult extract(PlannedFile f) {
        long start = System.nanoTime();
        Extraction extraction;
        try {
            extraction = extractor.extract(f.file());
        } catch (RuntimeException e) {
            LOG.error("extractor failed on {}", f.file(), e);
            extraction = new Extraction.Failure(Outcome.FAILED, "extractor error: " + e, "");
        }
        try {
            return switch (extraction) {
                case Extraction.Success s -> indexDocument(f, s, start);
                case Extraction.Failure x -> record(f, x.outcome(), x.reason(), orEmpty(x.mediaType()), null, 0, start);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the index while ingesting " + f.file(), e);
        }
    }

    private FileResult indexDocument(PlannedFile f, Extraction.Success s, long start) throws IOException {
        OfficialDocument doc;
        try {
            doc = assembler.assemble(f.rootName(), f.source(), s.text(), s.note(), f.sidecar());
        } catch (RuntimeException e) {
            // a bug in understanding must cost one file, not the run; the stack trace goes to the log
            LOG.error("could not understand {}", f.file(), e);
            return record(f, Outcome.FAILED, "could not understand the text: " + e, s.text().mediaType(), null, 0, start);
        }
        if (doc.paragraphs().isEmpty()) {
            return record(f, Outcome.EMPTY, "no text", s.text().mediaType(), null, 0, start);
        }
        FileRecord record = new FileRecord(f.id(), f.rootName(), f.source(), Outcome.INDEXED, s.note(),
                s.text().mediaType(), null, System.currentTimeMillis(), pipeline, f.sidecarHash());
        index.put(doc, record);
        return result(f, Outcome.INDEXED, s.note(), s.text().mediaType(), doc.paragraphs().size(), start);
    }

    FileResult unchanged(PlannedFile f) {
        FileRecord k = f.known();
        String reason = k.outcome() == Outcome.INDEXED ? "" : "still " + k.outcome().label() + ": " + k.reason();
        return new FileResult(f.source().root(), f.source().path(), f.id(), Outcome.UNCHANGED, reason, k.mediaType(),
                f.source().size(), 0, 0);
    }

    FileResult unreadable(PlannedFile f) {
        return recordQuietly(f, Outcome.FAILED, f.error());
    }

    /** Hidden files and macOS metadata: not documents, so "unsupported", with the reason saying which. */
    FileResult skipped(PlannedFile f) {
        return settled(f, Outcome.UNSUPPORTED, f.error());
    }

    /** A catalog.csv or .meta.json: read for other files' metadata, not a document itself. */
    FileResult sidecar(PlannedFile f) {
        return settled(f, f.error().startsWith("unreadable") ? Outcome.CORRUPT : Outcome.UNSUPPORTED, f.error());
    }

    /** Records an outcome decided without extraction, or reports it unchanged when the index already says so. */
    private FileResult settled(PlannedFile f, Outcome outcome, String reason) {
        FileRecord k = f.known();
        if (k != null && k.outcome() == outcome && k.reason().equals(reason)
                && k.source().sha256().equals(f.source().sha256())) {
            return new FileResult(f.source().root(), f.source().path(), f.id(), Outcome.UNCHANGED,
                    "still " + outcome.label() + ": " + reason, k.mediaType(), f.source().size(), 0, 0);
        }
        return recordQuietly(f, outcome, reason);
    }

    private FileResult recordQuietly(PlannedFile f, Outcome outcome, String reason) {
        try {
            return record(f, outcome, reason, "", null, 0, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the index while ingesting " + f.file(), e);
        }
    }

    /** A file with the same bytes as {@code primary}, whose own result is {@code primaryResult}. */
    FileResult duplicate(PlannedFile f, PlannedFile primary, FileResult primaryResult) {
        String reason = "same content as " + primary.rootName() + "/" + primary.source().path();
        Outcome primaryOutcome = primaryResult.outcome() == Outcome.UNCHANGED ? primary.known().outcome()
                : primaryResult.outcome();
        if (primaryOutcome != Outcome.INDEXED) {
            reason += " (" + primaryOutcome.label() + ")";
        }
        try {
            return record(f, Outcome.DUPLICATE, reason, primaryResult.mediaType(), primary.id(), 0, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the index while ingesting " + f.file(), e);
        }
    }

    private FileResult record(PlannedFile f, Outcome outcome, String reason, String mediaType, String duplicateOf,
                              int paragraphs, long start) throws IOException {
        index.putRecord(new FileRecord(f.id(), f.rootName(), f.source(), outcome, reason, mediaType, duplicateOf,
                System.currentTimeMillis(), pipeline, f.sidecarHash()));
        return result(f, outcome, reason, mediaType, paragraphs, start);
    }

    private static FileResult result(PlannedFile f, Outcome outcome, String reason, String mediaType, int paragraphs,
                                     long start) {
        return new FileResult(f.source().root(), f.source().path(), f.id(), outcome, reason, mediaType,
                f.source().size(), paragraphs, (System.nanoTime() - start) / 1_000_000);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
