package org.travaux.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;

/**
 * A thread-safe {@link TextExtractor} that runs Tika in a small pool of long-lived child JVMs, one file at a time
 * per child, replacing any child that hangs, runs out of memory or dies.
 */
public final class ExtractorPool implements TextExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractorPool.class);

    private final ExtractorSettings settings;
    private final List<String> command;
    private final BlockingQueue<Slot> idle;
    private final Set<WorkerProcess> live = new HashSet<>();
    private final ExecutorService readers;
    private final Thread shutdownHook;
    private final AtomicInteger started = new AtomicInteger();
    private boolean closed;

    /**
     * Starts one child per worker and waits until all are ready.
     *
     * @throws IllegalStateException when a child cannot be started (bad java path, bad class path)
     */
    public ExtractorPool(ExtractorSettings settings) {
        this.settings = settings;
        this.command = WorkerCommand.of(settings);
        this.idle = new ArrayBlockingQueue<>(settings.workers());
        this.readers = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon()
                .name("travaux-extract-reader-", 0).unstarted(r));
        this.shutdownHook = Thread.ofPlatform().name("travaux-extract-shutdown").unstarted(this::destroyAll);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        // Start the children side by side, so their JVM and Tika start-ups overlap; wait for all before judging.
        List<Future<WorkerProcess>> starting = new ArrayList<>();
        for (int i = 0; i < settings.workers(); i++) {
            starting.add(readers.submit(this::startWorker));
        }
        RuntimeException failure = null;
        for (Future<WorkerProcess> future : starting) {
            try {
                Slot slot = new Slot();
                slot.worker = future.get();
                idle.add(slot);
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("cannot start extraction worker: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while starting extraction workers", e);
            }
        }
        if (failure != null) {
            close();
            throw failure;
        }
        LOG.info("started {} extraction workers ({} MB heap, {} per file)", settings.workers(), settings.heapMb(),
                WorkerProcess.describe(settings.timeout()));
    }

    @Override
    public Extraction extract(Path file) {
        ensureOpen();
        Extraction.Failure precheck = precheck(file);
        if (precheck != null) {
            return precheck;
        }
        Slot slot;
        try {
            slot = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Extraction.Failure(Outcome.FAILED, "interrupted while waiting for a free extractor", null);
        }
        try {
            return readyWorker(slot).extract(file);
        } catch (RejectedExecutionException e) {
            // close() ran between our ensureOpen and the child's answer; the pool's readers are gone.
            throw new IllegalStateException("extractor pool is closed", e);
        } finally {
            idle.add(slot);
        }
    }

    /** The checks that need no child: the file must be readable and not above the size limit. */
    private Extraction.Failure precheck(Path file) {
        long bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return new Extraction.Failure(Outcome.FAILED, "not a regular file: " + file, null);
            }
            bytes = Files.size(file);
        } catch (IOException e) {
            return new Extraction.Failure(Outcome.FAILED, "cannot read file: " + e, null);
        }
        if (bytes > settings.maxFileSize()) {
            return new Extraction.Failure(Outcome.TOO_LARGE, "file is " + size(bytes) + ", more than the "
                    + size(settings.maxFileSize()) + " limit", null);
        }
        if (bytes == 0) {
            return new Extraction.Failure(Outcome.EMPTY, "no text (the file is empty)", null);
        }
        return null;
    }

    /** The slot's worker, replaced first when it is broken or has done its share of files. */
    private WorkerProcess readyWorker(Slot slot) {
        if (slot.worker != null && slot.worker.usable()) {
            return slot.worker;
        }
        if (slot.worker != null) {
            WorkerProcess old = slot.worker;
            slot.worker = null;
            LOG.debug("replacing {} after {} files", old.name(), old.filesDone());
            old.close();
            forget(old);
        }
        slot.worker = startWorker();
        return slot.worker;
    }

    private WorkerProcess startWorker() {
        ensureOpen();
        WorkerProcess worker = WorkerProcess.start(settings, "extract-worker-" + started.incrementAndGet(), command,
                readers);
        synchronized (live) {
            if (closed) {
                worker.kill();
                throw new IllegalStateException("extractor pool is closed");
            }
            live.add(worker);
        }
        return worker;
    }

    private void forget(WorkerProcess worker) {
        synchronized (live) {
            live.remove(worker);
        }
    }

    private void ensureOpen() {
        synchronized (live) {
            if (closed) {
                throw new IllegalStateException("extractor pool is closed");
            }
        }
    }

    /** The settings the pool runs with. */
    public ExtractorSettings settings() {
        return settings;
    }

    /** Ends every child; a file being extracted at that moment fails. Idempotent. */
    @Override
    public void close() {
        List<WorkerProcess> workers;
        synchronized (live) {
            if (closed) {
                return;
            }
            closed = true;
            workers = new ArrayList<>(live);
            live.clear();
        }
        workers.parallelStream().forEach(WorkerProcess::close);
        readers.shutdownNow();
        WorkerCommand.deleteArgFile(command);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and the hook is running or done; nothing left to undo.
            LOG.debug("shutdown in progress, hook left in place");
        }
        LOG.debug("extractor pool closed ({} workers ended)", workers.size());
    }

    /** The shutdown hook: no orphan child may outlive the parent JVM. */
    private void destroyAll() {
        List<WorkerProcess> workers;
        synchronized (live) {
            closed = true;
            workers = new ArrayList<>(live);
        }
        workers.forEach(WorkerProcess::destroyNow);
        WorkerCommand.deleteArgFile(command);
    }

    /** "300.5 MB", "256 MB" or, below a megabyte, "36,483 bytes". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%,d bytes", bytes);
        }
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%d MB", (long) mb)
                : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    /** One place in the pool; holds a worker that is replaced when it breaks. Only its borrower touches it. */
    private static final class Slot {
        private WorkerProcess worker;
    }
}
