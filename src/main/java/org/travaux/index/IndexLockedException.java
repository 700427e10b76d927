package org.travaux.index;

import java.nio.file.Path;

/** Another process holds the index's write lock. */
public final class IndexLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexLockedException(Path dir, Throwable cause) {
        super("the index at " + dir + " is in use by another Travaux process (a running 'serve' or 'ingest'?)", cause);
    }
}
