package org.travaux.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.model.BlockKind;
import org.travaux.model.ExtractedText;
import org.travaux.model.Extraction;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Paragraph;
import org.travaux.model.SourceFile;
import org.travaux.model.TextBlock;
import org.travaux.understand.DocumentAssembler;
import org.travaux.understand.MetadataReader;
import org.travaux.understand.Sidecars;
import org.travaux.web.Json;

/**
 * Throughput of understanding (everything {@link DocumentAssembler} does after extraction) over a fixed sample of a
 * corpus; a benchmark, never a test. Three steps:
 * <pre>
 *   extract CORPUS_DIR [SAMPLE_FILE] [COUNT]  extract ~COUNT files spread over the corpus's folders once (Tika, in
 *                                              child JVMs) and keep their text, sidecar fields and file facts
 *   time [SAMPLE_FILE] [ROUNDS] [--profile]    assemble the whole sample ROUNDS times; docs/s per round and the
 *                                              median; with --profile, the methods most often on top of the stack
 *   dump [SAMPLE_FILE] OUT_DIR                 one JSON per document (the assembled document and the metadata read),
 *                                              to diff the output of two versions of the code
 * </pre>
 * Run by {@code bench/understand.sh}. The sample defaults to {@code target/understand-sample.bin}.
 */
public final class UnderstandBench {
    private static final Path DEFAULT_SAMPLE = Path.of("target/understand-sample.bin");
    private static final int MAGIC = 0x54524156;  // "TRAV"
    private static final int VERSION = 1;

    /** One file of the sample: what {@link DocumentAssembler#assemble} is given. */
    record Item(String rootName, SourceFile source, ExtractedText text, String note, Map<String, String> sidecar) {
    }

    private UnderstandBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        switch (args[0]) {
            case "extract" -> {
                if (rest.isEmpty()) {
                    usage();
                }
                Path corpus = Path.of(rest.get(0));
                Path sample = rest.size() > 1 ? Path.of(rest.get(1)) : DEFAULT_SAMPLE;
                int count = rest.size() > 2 ? Integer.parseInt(rest.get(2)) : 400;
                extract(corpus, sample, count);
            }
            case "time" -> {
                boolean profile = rest.remove("--profile");
                Path sample = !rest.isEmpty() ? Path.of(rest.get(0)) : DEFAULT_SAMPLE;
                int rounds = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 5;
                time(read(sample), rounds, profile);
            }
            case "dump" -> {
                if (rest.isEmpty()) {
                    usage();
                }
                Path sample = rest.size() > 1 ? Path.of(rest.get(0)) : DEFAULT_SAMPLE;
                dump(read(sample), Path.of(rest.get(rest.size() - 1)));
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: UnderstandBench extract CORPUS_DIR [SAMPLE_FILE] [COUNT]\n"
                + "       UnderstandBench time [SAMPLE_FILE] [ROUNDS] [--profile]\n"
                + "       UnderstandBench dump [SAMPLE_FILE] OUT_DIR");
        System.exit(2);
    }

    // ---------------------------------------------------------------- sample

    /**
     * Every top-level folder contributes its share of {@code count}, at least what it holds up to 20 files, taken
     * evenly along its sorted paths so that sub-folders (sessions, languages) are all represented.
     */
    static List<Path> choose(Path corpus, int count) throws IOException {
        Map<String, List<Path>> byFolder = new TreeMap<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> {
                String relative = corpus.relativize(f).toString().replace('\\', '/');
                String name = f.getFileName().toString();
                if (name.startsWith(".") || name.equals("catalog.csv") || name.endsWith(".meta.json")) {
                    return;
                }
                String top = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
                byFolder.computeIfAbsent(top, k -> new ArrayList<>()).add(f);
            });
        }
        int total = byFolder.values().stream().mapToInt(List::size).sum();
        List<Path> out = new ArrayList<>();
        for (List<Path> files : byFolder.values()) {
            int share = Math.max(Math.min(files.size(), 20), (int) Math.round((double) count * files.size() / total));
            share = Math.min(share, files.size());
            for (int i = 0; i < share; i++) {
                out.add(files.get((int) ((long) i * files.size() / share)));
            }
        }
        return out;
    }

    private static void extract(Path corpus, Path sample, int count) throws Exception {
        Path root = corpus.toAbsolutePath().normalize();
        List<Path> files = choose(root, count);
        System.out.printf(Locale.ROOT, "extracting %d files from %s%n", files.size(), root);
        String rootName = root.getFileName().toString();
        List<Item> items = new ArrayList<>();
        long start = System.nanoTime();
        try (ExtractorPool pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(2));
             ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Extraction>> pending = new ArrayList<>();
            for (Path f : files) {
                pending.add(threads.submit(() -> pool.extract(f)));
            }
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                String relative = root.relativize(f).toString().replace('\\', '/');
                switch (pending.get(i).get()) {
                    case Extraction.Success s -> items.add(new Item(rootName, new SourceFile(root.toString(), relative,
                            Files.size(f), Files.getLastModifiedTime(f).toMillis(), sha256(f)), s.text(), s.note(),
                            sidecar(root, relative)));
                    case Extraction.Failure failure -> System.out.printf("  not extracted: %s (%s)%n", relative,
                            failure.reason());
                }
            }
        }
        write(items, sample);
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB of text, extracted in %.0f s, kept in %s%n", items.size(),
                items.stream().mapToLong(i -> i.text().characters()).sum() / 1e6, (System.nanoTime() - start) / 1e9,
                sample);
    }

    /** The sidecar fields of a file as the ingest finds them (catalog.csv up the folders, then its .meta.json). */
    private static Map<String, String> sidecar(Path root, String relative) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> folders = new ArrayList<>();
        for (String folder = relative; folder.contains("/"); ) {
            folder = folder.substring(0, folder.lastIndexOf('/'));
            folders.add(folder + "/");
        }
        folders.add("");
        Collections.reverse(folders);  // the nearest catalogue speaks last
        for (String folder : folders) {
            Path catalog = root.resolve(folder + "catalog.csv");
            if (Files.isRegularFile(catalog)) {
                Map<String, String> row = Sidecars.parseCatalog(Files.readString(catalog)).get(
                        relative.substring(folder.length()));
                if (row != null) {
                    fields.putAll(row);
                }
            }
        }
        Path meta = root.resolve(relative + ".meta.json");
        if (Files.isRegularFile(meta)) {
            fields.putAll(Sidecars.parseMetaJson(Files.readString(meta)));
        }
        return fields;
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static void write(List<Item> items, Path sample) throws IOException {
        Files.createDirectories(sample.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(sample);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(items.size());
            for (Item item : items) {
                str(out, item.rootName());
                SourceFile s = item.source();
                str(out, s.root());
                str(out, s.path());
                out.writeLong(s.size());
                out.writeLong(s.modified());
                str(out, s.sha256());
                ExtractedText t = item.text();
                str(out, t.mediaType());
                out.writeInt(t.pageCount());
                out.writeBoolean(t.truncated());
                map(out, new TreeMap<>(t.properties()));
                out.writeInt(t.blocks().size());
                for (TextBlock b : t.blocks()) {
                    out.writeInt(b.kind().ordinal());
                    str(out, b.text());
                    out.writeInt(b.page());
                    out.writeInt(b.level());
                }
                str(out, item.note());
                map(out, item.sidecar());
            }
        }
    }

    static List<Item> read(Path sample) throws IOException {
        try (InputStream file = Files.newInputStream(sample);
             DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(sample + " is not a sample of this version: run extract again");
            }
            int n = in.readInt();
            List<Item> items = new ArrayList<>(n);
            BlockKind[] kinds = BlockKind.values();
            for (int i = 0; i < n; i++) {
                String rootName = str(in);
                SourceFile source = new SourceFile(str(in), str(in), in.readLong(), in.readLong(), str(in));
                String mediaType = str(in);
                int pages = in.readInt();
                boolean truncated = in.readBoolean();
                Map<String, String> properties = map(in);
                int blockCount = in.readInt();
                List<TextBlock> blocks = new ArrayList<>(blockCount);
                for (int b = 0; b < blockCount; b++) {
                    blocks.add(new TextBlock(kinds[in.readInt()], str(in), in.readInt(), in.readInt()));
                }
                ExtractedText text = new ExtractedText(mediaType, blocks, properties, pages, truncated);
                items.add(new Item(rootName, source, text, str(in), map(in)));
            }
            return items;
        }
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String str(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static void map(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue());
        }
    }

    private static Map<String, String> map(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(str(in), str(in));
        }
        return map;
    }

    // ---------------------------------------------------------------- timing

    private static void time(List<Item> items, int rounds, boolean profile) {
        DocumentAssembler assembler = new DocumentAssembler();
        long chars = items.stream().mapToLong(i -> i.text().characters()).sum();
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB of text; one warm-up round, then %d timed%n",
                items.size(), chars / 1e6, rounds);
        long sink = assembleAll(assembler, items);
        Sampler sampler = profile ? Sampler.start(Thread.currentThread()) : null;
        // The machine may be shared: CPU time of this thread is steadier than wall time, both are shown.
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpuStart = mx.getCurrentThreadCpuTime();
            sink += assembleAll(assembler, items);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            rates.add(items.size() / seconds);
            cpuRates.add(items.size() / cpu);
            System.out.printf(Locale.ROOT, "round %d: %.2f s, %.1f docs/s (%.2f s CPU, %.1f docs per CPU second)%n",
                    r + 1, seconds, items.size() / seconds, cpu, items.size() / cpu);
        }
        System.out.printf(Locale.ROOT, "median %.1f docs/s, %.1f docs per CPU second (paragraph checksum %d)%n",
                median(rates), median(cpuRates), sink);
        if (sampler != null) {
            sampler.stopAndPrint(30);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long assembleAll(DocumentAssembler assembler, List<Item> items) {
        long paragraphs = 0;
        for (Item i : items) {
            paragraphs += assembler.assemble(i.rootName(), i.source(), i.text(), i.note(), i.sidecar()).paragraphs()
                    .size();
        }
        return paragraphs;
    }

    /**
     * Samples the stack of one thread every few milliseconds: which methods are on top (self time, by JDK or
     * project method) and which project method of {@code org.travaux.understand} is the innermost on the stack
     * (its time including the regexes and collections it calls). Biased to safepoints, good enough to rank.
     */
    private static final class Sampler implements Runnable {
        private final long threadId;
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private final Map<String, Integer> self = new HashMap<>();
        private final Map<String, Integer> understand = new HashMap<>();
        private final Map<String, Integer> understandLine = new HashMap<>();
        private volatile boolean running = true;
        private Thread thread;
        private int samples;

        private Sampler(long threadId) {
            this.threadId = threadId;
        }

        static Sampler start(Thread target) {
            Sampler s = new Sampler(target.threadId());
            s.thread = Thread.ofPlatform().daemon().name("understand-sampler").start(s);
            return s;
        }

        @Override
        public void run() {
            while (running) {
                ThreadInfo info = mx.getThreadInfo(threadId, 200);
                if (info != null && info.getStackTrace().length > 0) {
                    StackTraceElement[] stack = info.getStackTrace();
                    samples++;
                    self.merge(stack[0].getClassName() + "." + stack[0].getMethodName(), 1, Integer::sum);
                    for (StackTraceElement e : stack) {
                        if (e.getClassName().startsWith("org.travaux.understand.")) {
                            String m = e.getClassName().substring("org.travaux.understand.".length()) + "."
                                    + e.getMethodName();
                            understand.merge(m, 1, Integer::sum);
                            understandLine.merge(m + ":" + e.getLineNumber(), 1, Integer::sum);
                            break;
                        }
                    }
                }
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopAndPrint(int top) {
            running = false;
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.printf(Locale.ROOT, "%n%d samples%n", samples);
            print("innermost org.travaux.understand method (inclusive of what it calls)", understand, top);
            print("innermost org.travaux.understand line", understandLine, top);
            print("top of stack (self)", self, top);
        }

        private void print(String title, Map<String, Integer> counts, int top) {
            System.out.printf("%n-- %s%n", title);
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(e -> System.out.printf(Locale.ROOT, "%5.1f%%  %s%n", 100.0 * e.getValue() / samples,
                            e.getKey()));
        }
    }

    // ---------------------------------------------------------------- dump

    /** The assembled document and the metadata read, with map keys sorted so that two runs print the same bytes. */
    private static void dump(List<Item> items, Path out) throws IOException {
        Files.createDirectories(out);
        ObjectMapper mapper = Json.mapper().copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        DocumentAssembler assembler = new DocumentAssembler();
        for (Item i : items) {
            OfficialDocument doc = assembler.assemble(i.rootName(), i.source(), i.text(), i.note(), i.sidecar());
            List<String> texts = doc.paragraphs().stream().map(Paragraph::text).toList();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("document", doc);
            record.put("read", MetadataReader.read(texts, i.source().fileName(), doc.metadata().symbol() == null
                    ? null : doc.metadata().symbol().canonical(), i.sidecar()));
            String name = i.source().path().replaceAll("[^\\w.()-]+", "_") + ".json";
            Files.writeString(out.resolve(name), mapper.writeValueAsString(record) + "\n");
        }
        System.out.printf("%d documents written to %s%n", items.size(), out);
    }
}
