package org.travaux.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;

/**
 * The parent's handle on one child JVM: sends a request, waits for the answer within the timeout, and turns a
 * silent or dead child into the file's outcome. Not thread-safe: the pool lends it to one caller at a time.
 */
final class WorkerProcess {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    /** What {@code -XX:+ExitOnOutOfMemoryError} exits with. */
    private static final int OOM_EXIT_CODE = 3;
    private static final Duration MIN_STARTUP = Duration.ofSeconds(120);

    private final ExtractorSettings settings;
    private final String name;
    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;
    private final StderrTail stderr;
    private final ExecutorService readers;
    private int filesDone;
    private boolean broken;

    private WorkerProcess(ExtractorSettings settings, String name, Process process, ExecutorService readers) {
        this.settings = settings;
        this.name = name;
        this.process = process;
        this.readers = readers;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.stderr = StderrTail.start(process.getErrorStream(), name);
    }

    /**
     * Starts a child and waits until it says it is ready.
     *
     * @throws IllegalStateException when the child cannot be started or dies before it is ready
     */
    static WorkerProcess start(ExtractorSettings settings, String name, List<String> command,
                               ExecutorService readers) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start extraction worker with java '" + settings.javaExecutable()
                    + "': " + e.getMessage(), e);
        }
        WorkerProcess worker = new WorkerProcess(settings, name, process, readers);
        worker.awaitReady();
        LOG.debug("{} started (pid {})", name, process.pid());
        return worker;
    }

    private void awaitReady() {
        Duration startup = settings.timeout().compareTo(MIN_STARTUP) > 0 ? settings.timeout() : MIN_STARTUP;
        Future<Void> hello = readers.submit(() -> {
            WorkerProtocol.readHello(answers);
            return null;
        });
        try {
            hello.get(startup.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            int code = exitCode();
            String last = stderr.lastLineSince(0).map(l -> ": " + l).orElse("");
            kill();
            throw new IllegalStateException("extraction worker did not start (exit code " + code + ")" + last,
                    e.getCause());
        } catch (TimeoutException e) {
            kill();
            throw new IllegalStateException("extraction worker was not ready within " + describe(startup), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("interrupted while starting an extraction worker", e);
        }
    }

    /** Extracts one file in the child; never throws, whatever the child does. */
    Extraction extract(Path file) {
        filesDone++;
        long linesBefore = stderr.lineCount();
        try {
            WorkerProtocol.writeRequest(requests, file.toAbsolutePath().toString());
        } catch (IOException e) {
            LOG.debug("{}: request for {} not delivered: {}", name, file, e.toString());
            return died(linesBefore);
        }
        Future<Extraction> answer = readers.submit(
                () -> WorkerProtocol.readExtraction(answers, settings.writeLimit()));
        try {
            return answer.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("{}: no answer for {} within {}; killing the worker", name, file, describe(settings.timeout()));
            kill();
            return new Extraction.Failure(Outcome.TIMEOUT, "no answer within " + describe(settings.timeout()), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EOFException || exitsSoon()) {
                // A dying JVM may print a last line to stdout; its exit explains more than the garbled answer.
                return died(linesBefore);
            }
            LOG.warn("{}: unreadable answer for {}; killing the worker", name, file, cause);
            kill();
            return new Extraction.Failure(Outcome.FAILED, "extractor protocol error: " + cause, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return new Extraction.Failure(Outcome.FAILED, "interrupted while waiting for the extractor", null);
        }
    }

    /** The child closed its stdout: explain its death from the exit code and what it said on stderr. */
    private Extraction died(long linesBefore) {
        broken = true;
        int code = exitCode();
        stderr.awaitEnd(1000);
        boolean outOfMemory = code == OOM_EXIT_CODE
                || stderr.linesSince(linesBefore).stream().anyMatch(l -> l.contains("OutOfMemoryError"));
        if (outOfMemory) {
            LOG.warn("{} ran out of its {} MB heap", name, settings.heapMb());
            return new Extraction.Failure(Outcome.TOO_LARGE, "extraction needed more than the " + settings.heapMb()
                    + " MB heap cap (decompression bomb?)", null);
        }
        String last = stderr.lastLineSince(linesBefore).map(l -> ": " + l).orElse("");
        LOG.warn("{} died (exit code {}){}", name, code, last);
        return new Extraction.Failure(Outcome.FAILED, "extractor process died (exit code " + code + ")" + last, null);
    }

    private boolean exitsSoon() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Waits briefly for the child's exit code; kills it when it lingers (closed stdout but still running). */
    private int exitCode() {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return -1;
        }
    }

    /** True while the child can take another file (alive, not broken, not due for recycling). */
    boolean usable() {
        return !broken && process.isAlive() && filesDone < settings.recycleAfter();
    }

    String name() {
        return name;
    }

    int filesDone() {
        return filesDone;
    }

    /** Asks the child to exit by closing its stdin, and kills it when it does not within two seconds. */
    void close() {
        try {
            requests.close();
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return;
            }
        } catch (IOException e) {
            LOG.debug("{}: closing stdin failed: {}", name, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    /** Ends the child (and anything it started) at once. */
    void kill() {
        broken = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For the shutdown hook: no waiting, no logging. */
    void destroyNow() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static String describe(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
