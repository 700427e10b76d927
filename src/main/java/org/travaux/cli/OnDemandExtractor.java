package org.travaux.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.travaux.extract.TextExtractor;
import org.travaux.model.Extraction;

/**
 * Starts the real extractor on the first file that needs it, so a re-run over an unchanged corpus does not pay
 * for starting child JVMs it will never use.
 */
final class OnDemandExtractor implements TextExtractor {
    private final Supplier<? extends TextExtractor> factory;
    private TextExtractor delegate;
    private boolean closed;

    OnDemandExtractor(Supplier<? extends TextExtractor> factory) {
        this.factory = factory;
    }

    @Override
    public Extraction extract(Path file) {
        return delegate().extract(file);
    }

    private synchronized TextExtractor delegate() {
        if (closed) {
            throw new IllegalStateException("the extractor is closed");
        }
        if (delegate == null) {
            delegate = factory.get();
        }
        return delegate;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (delegate != null) {
            delegate.close();
        }
    }
}
