package org.travaux.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.travaux.extract.TextExtractor;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.PlannedFile.Action;
import org.travaux.model.FileRecord;
import org.travaux.understand.DocumentAssembler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an ingest: plans (walk, stat, hash), removes what is gone, extracts what changed on a few threads, writes
 * each file's block atomically and commits periodically. Any file's failure becomes that file's outcome; only an
 * index failure (disk full, say) stops the run, and then the last commit stays as it was.
 */
public final class Ingester {
    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    /** Bump when extraction or understanding changes what a file yields: every file is then read again. */
    public static final int PIPELINE = 4;

    private final TravauxIndex index;
    private final FileProcessor processor;
    private final IngestSettings settings;
    private final ProgressListener progress;
    private volatile boolean cancelled;

    public Ingester(TravauxIndex index, TextExtractor extractor, DocumentAssembler assembler, IngestSettings settings,
                    ProgressListener progress) {
        this.index = index;
        this.processor = new FileProcessor(index, extractor, assembler, PIPELINE);
        this.settings = settings;
        this.progress = progress;
    }

    /** Asks a running {@link #ingest} to stop after the files in flight; what finished gets committed. */
    public void cancel() {
        cancelled = true;
    }

    public IngestReport ingest(List<Path> folders) throws IOException {
        Instant started = Instant.now();
        List<Path> roots = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("not a folder: " + folder);
            }
            roots.add(folder.toAbsolutePath().normalize());
        }
        Planner.Plan plan = new Planner(index.fileRecords(), PIPELINE, settings.retryFailed()).plan(roots);
        List<PlannedFile> files = plan.files();
        FileResult[] results = new FileResult[files.size()];
        List<Integer> toExtract = new ArrayList<>();
        Map<String, Integer> positionOfId = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            positionOfId.put(files.get(i).id(), i);
            if (files.get(i).action() == Action.EXTRACT) {
                toExtract.add(i);
            }
        }
        progress.planned(files.size(), toExtract.size());

        List<String> removed = new ArrayList<>();
        for (FileRecord gone : plan.gone()) {
            index.delete(gone.id());
            removed.add(gone.source().path());
            LOG.info("removed {} (file is gone)", gone.source().path());
        }
        Progress run = new Progress(files, results, positionOfId);
        for (int i = 0; i < files.size(); i++) {
            PlannedFile f = files.get(i);
            switch (f.action()) {
                case UNCHANGED -> run.done(i, processor.unchanged(f));
                case UNREADABLE -> run.done(i, processor.unreadable(f));
                case SKIPPED -> run.done(i, processor.skipped(f));
                case SIDECAR -> run.done(i, processor.sidecar(f));
                case DUPLICATE -> run.waitFor(f.primaryId(), i);
                case EXTRACT -> { }
            }
        }
        extractAll(toExtract, run);
        index.commit(Map.of("pipeline", Integer.toString(PIPELINE), "files", Integer.toString(files.size())));
        progress.committed(run.finished.get());
        List<FileResult> all = new ArrayList<>(results.length);
        for (FileResult r : results) {
            if (r != null) {
                all.add(r);
            }
        }
        return new IngestReport(roots.stream().map(Path::toString).toList(), started, Instant.now(), cancelled, all,
                removed);
    }

    private void extractAll(List<Integer> positions, Progress run) throws IOException {
        int parallelism = settings.parallelism();
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "ingest-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CompletionService<Integer> done = new ExecutorCompletionService<>(threads);
        long lastCommit = System.nanoTime();
        int sinceCommit = 0;
        int next = 0;
        int inFlight = 0;
        try {
            while (true) {
                while (!cancelled && inFlight < parallelism * 2 && next < positions.size()) {
                    int pos = positions.get(next++);
                    PlannedFile f = run.files.get(pos);
                    done.submit(() -> {
                        run.results[pos] = processor.extract(f);
                        return pos;
                    });
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                int pos = take(done);
                inFlight--;
                run.done(pos, run.results[pos]);
                sinceCommit++;
                if (sinceCommit >= settings.commitEveryFiles()
                        || System.nanoTime() - lastCommit > settings.commitInterval().toNanos()) {
                    index.commit(Map.of("pipeline", Integer.toString(PIPELINE)));
                    progress.committed(run.finished.get());
                    lastCommit = System.nanoTime();
                    sinceCommit = 0;
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static int take(CompletionService<Integer> done) throws IOException {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            // FileProcessor turns every per-file problem into an outcome; what reaches here is the index failing.
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("ingest stopped: " + cause, cause);
        }
    }

    /** Results so far, and the duplicates waiting for the file they repeat. */
    private final class Progress {
        final List<PlannedFile> files;
        final FileResult[] results;
        final Map<String, Integer> positionOfId;
        final Map<String, List<Integer>> waiting = new HashMap<>();
        final AtomicInteger finished = new AtomicInteger();

        Progress(List<PlannedFile> files, FileResult[] results, Map<String, Integer> positionOfId) {
            this.files = files;
            this.results = results;
            this.positionOfId = positionOfId;
        }

        void waitFor(String primaryId, int position) throws IOException {
            Integer primaryPos = positionOfId.get(primaryId);
            if (primaryPos != null && results[primaryPos] != null) {
                done(position, processor.duplicate(files.get(position), files.get(primaryPos), results[primaryPos]));
            } else {
                waiting.computeIfAbsent(primaryId, k -> new ArrayList<>()).add(position);
            }
        }

        /** Records a result, then settles the duplicates that were waiting for it. */
        void done(int position, FileResult result) throws IOException {
            results[position] = result;
            finished.incrementAndGet();
            progress.finished(result);
            List<Integer> dups = waiting.remove(files.get(position).id());
            if (dups != null) {
                for (int d : dups) {
                    done(d, processor.duplicate(files.get(d), files.get(position), result));
                }
            }
        }
    }
}
