package org.travaux.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.travaux.ingest.FileResult;
import org.travaux.ingest.ProgressListener;
import org.travaux.model.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A progress bar when a person watches a terminal; log lines every few seconds otherwise (CI, files, pipes). */
final class TerminalProgress implements ProgressListener {
    private static final Logger LOG = LoggerFactory.getLogger("travaux.ingest");
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final long DRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private long start = System.nanoTime();
    private int total;
    private int done;
    private int problems;
    private long lastShown;

    private TerminalProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * The launcher says whether stderr is a terminal ({@code -Dtravaux.terminal=true} from {@code [ -t 2 ]}): from
     * JDK 22 on, {@code System.console()} is non-null even when output is redirected, so it cannot tell.
     */
    static TerminalProgress create(PrintStream out) {
        return new TerminalProgress(out, Boolean.getBoolean("travaux.terminal"));
    }

    @Override
    public void planned(int files, int toExtract) {
        total = files;
        start = System.nanoTime(); // rates count from here: planning and start-up are not extraction
        LOG.info("{} files found, {} to extract", files, toExtract);
    }

    @Override
    public void finished(FileResult r) {
        done++;
        if (r.outcome() != Outcome.INDEXED && r.outcome() != Outcome.UNCHANGED && r.outcome() != Outcome.DUPLICATE) {
            problems++;
            LOG.debug("{}: {} ({})", r.path(), r.outcome().label(), r.reason());
        }
        long now = System.nanoTime();
        if (terminal && (now - lastShown > DRAW_EVERY_NANOS || done == total)) {
            drawBar();
            lastShown = now;
        } else if (!terminal && now - lastShown > LOG_EVERY_NANOS) {
            LOG.info("{}/{} files ({}), {} without text so far", done, total, rate(), problems);
            lastShown = now;
        }
    }

    @Override
    public void committed(int filesDone) {
        LOG.debug("committed after {} files", filesDone);
        if (terminal && done == total) {
            out.println();
        }
    }

    private void drawBar() {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        out.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d files  %s  %d without text ",
                "#".repeat(filled), " ".repeat(width - filled), done, total, rate(), problems));
        out.flush();
    }

    private String rate() {
        double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        return String.format(Locale.ROOT, "%.1f files/s", done / seconds);
    }
}
