package org.travaux.extract;

import java.nio.file.Path;

import org.travaux.model.Extraction;

/** Turns one file into its text with the structure kept, or into the outcome that says why there is none. */
public interface TextExtractor extends AutoCloseable {

    /**
     * Extracts one file. Problems with the file itself (corrupt, encrypted, too slow, too big) come back as an
     * {@link Extraction.Failure}; only a broken extractor (it cannot start, or it was closed) throws.
     *
     * @throws IllegalStateException when the extractor is closed or cannot run at all
     */
    Extraction extract(Path file);

    /** Releases everything the extractor holds (child processes); extract fails afterwards. */
    @Override
    void close();
}
