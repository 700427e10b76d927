package org.travaux.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains a child's stderr on a daemon thread, so a chatty parser can never block on a full pipe, and keeps the
 * last lines to explain a crash.
 */
final class StderrTail {
    private static final Logger LOG = LoggerFactory.getLogger(StderrTail.class);
    private static final int KEPT_LINES = 20;
    private static final int MAX_LINE = 500;

    private final Deque<String> lines = new ArrayDeque<>();
    private final String name;
    private final Thread thread;
    private long count;

    private StderrTail(InputStream stderr, String name) {
        this.name = name;
        this.thread = Thread.ofPlatform().daemon().name(name + "-stderr").unstarted(() -> drain(stderr));
    }

    static StderrTail start(InputStream stderr, String name) {
        StderrTail tail = new StderrTail(stderr, name);
        tail.thread.start();
        return tail;
    }

    private void drain(InputStream stderr) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String kept = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line;
                LOG.debug("[{}] {}", name, kept);
                synchronized (this) {
                    if (lines.size() == KEPT_LINES) {
                        lines.removeFirst();
                    }
                    lines.addLast(kept);
                    count++;
                }
            }
        } catch (IOException e) {
            // The pipe closes this way when the child is destroyed; nothing is lost but the tail end.
            LOG.debug("[{}] stderr closed: {}", name, e.toString());
        }
    }

    /** Lines read so far, to tell which lines a later request produced. */
    synchronized long lineCount() {
        return count;
    }

    /** The last kept lines that arrived after {@code since} lines had been read, oldest first. */
    synchronized List<String> linesSince(long since) {
        int fresh = (int) Math.min(lines.size(), Math.max(0, count - since));
        return List.copyOf(lines).subList(lines.size() - fresh, lines.size());
    }

    /** The last non-blank line that arrived after {@code since} lines had been read. */
    synchronized Optional<String> lastLineSince(long since) {
        List<String> fresh = linesSince(since);
        for (int i = fresh.size() - 1; i >= 0; i--) {
            if (!fresh.get(i).isBlank()) {
                return Optional.of(fresh.get(i).strip());
            }
        }
        return Optional.empty();
    }

    /** Waits a little for the drain to reach the end of the stream, so a dying child's last words are in. */
    void awaitEnd(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
