package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One system in its own JVM, driven by {@link Run} over stdin/stdout (one JSON line per answer; logs on stderr).
 * Starts by loading the JSONL into the system (timed), then answers: {@code COUNTS} (every query once, its count),
 * {@code ROUND seed} (every query once in an order shuffled by the seed; nanoseconds per query), {@code QUIT}.
 * <p>usage: Worker SYSTEM CORPUS.jsonl QUERIES.tsv WORK_DIR
 */
public final class Worker {
    private Worker() {
    }

    public static void main(String[] args) throws Exception {
        serve(BenchSystem.named(args[0]), args);
    }

    /** Loads {@code system} and answers the driver; {@code args} as for {@link #main}. */
    public static void serve(BenchSystem system, String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err);
        String name = args[0];
        Iterable<Corpus.Doc> docs = Corpus.stream(Path.of(args[1]));   // streamed: a 10× corpus never sits in memory
        List<Query> queries = Query.read(Path.of(args[2]));
        Path work = Path.of(args[3]);
        Files.createDirectories(work);
        long bytes = 0;
        long paras = 0;
        long documents = 0;
        for (Corpus.Doc d : docs) {   // an untimed pass, so counting costs no system anything
            documents++;
            for (Corpus.Para p : d.paras()) {
                bytes += p.text().getBytes(StandardCharsets.UTF_8).length;
                paras++;
            }
        }
        try (system) {
            watchLiveHeap();
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            system.load(docs, work);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long loadPeak = peakHeap();
            long loadLive = livePeak();
            System.gc();
            resetPeaks();
            long t1 = System.nanoTime();
            system.open(work);
            long first = system.run(queries.get(0));
            double firstMs = (System.nanoTime() - t1) / 1e6;
            ObjectNode ready = Corpus.JSON.createObjectNode();
            ready.put("system", name);
            ready.put("load_seconds", loadSeconds);
            ready.put("text_mb", bytes / 1e6);
            ready.put("documents", documents);
            ready.put("paragraphs", paras);
            ready.put("documents_per_s", documents / loadSeconds);
            ready.put("load_peak_heap_bytes", loadPeak);
            ready.put("load_live_heap_bytes", loadLive);
            ready.put("mb_per_s", bytes / 1e6 / loadSeconds);
            ready.put("paragraphs_per_s", paras / loadSeconds);
            ready.put("index_bytes", system.sizeBytes(work));
            ready.put("open_to_first_result_ms", firstMs);
            ready.put("first_count", first);
            ready.put("counts_paragraphs", system.countsParagraphs());
            out.println("READY " + Corpus.JSON.writeValueAsString(ready));

            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                String[] cmd = line.trim().split(" ");
                ArrayNode answer = Corpus.JSON.createArrayNode();
                switch (cmd[0]) {
                    case "COUNTS" -> {
                        for (Query q : queries) {
                            answer.add(count(system, q));
                        }
                    }
                    case "ROUND" -> {
                        List<Query> order = new ArrayList<>(queries);
                        Collections.shuffle(order, new Random(Long.parseLong(cmd[1])));
                        long[] nanos = new long[queries.size()];
                        for (Query q : order) {
                            long s = System.nanoTime();
                            long c = count(system, q);
                            nanos[q.n()] = c < 0 ? -1 : System.nanoTime() - s;
                        }
                        for (long n : nanos) {
                            answer.add(n);
                        }
                    }
                    case "HEAP" -> {   // since the index was opened
                        System.gc();   // so that the live figure has at least one collection with the index open
                        answer.add(peakHeap());
                        answer.add(livePeak());
                    }
                    case "QUIT" -> {
                        out.println("[]");
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown command " + line);
                }
                out.println(Corpus.JSON.writeValueAsString(answer));
            }
        }
    }

    /**
     * The heap's high-water mark: the sum of each heap pool's peak, an upper bound of the true peak (pools peak at
     * different moments), read from the JVM rather than sampled so that no short spike is missed.
     */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The most heap found live right after a collection since the last {@link #resetPeaks}: what the system needs. */
    private static final java.util.concurrent.atomic.AtomicLong LIVE_PEAK = new java.util.concurrent.atomic.AtomicLong();

    /** Listens to every collection for the heap left in use after it (a JDK-specific API, fine in a bench). */
    static void watchLiveHeap() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) n.getUserData()).getGcInfo();
                    long used = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        var after = info.getMemoryUsageAfterGc().get(pool.getName());
                        if (pool.getType() == MemoryType.HEAP && after != null) {
                            used += after.getUsed();
                        }
                    }
                    LIVE_PEAK.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    static long livePeak() {
        return LIVE_PEAK.get();
    }

    static void resetPeaks() {
        LIVE_PEAK.set(0);
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long count(BenchSystem system, Query q) {
        try {
            return system.run(q);
        } catch (Exception e) {
            System.err.println("query " + q.n() + " (" + q.kind() + " " + q.words() + "): " + e);
            return -1;
        }
    }
}
