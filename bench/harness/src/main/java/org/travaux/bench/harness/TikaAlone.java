package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline of {@link EndToEnd}: Tika alone, one thread in one JVM, as a user of the library would write it —
 * {@code AutoDetectParser} with its default configuration and a {@code BodyContentHandler(-1)} (no write limit) over
 * every file of a list. The first file is parsed once untimed (class loading, JIT), then every file is timed, the
 * first included. Prints one JSON line: files, failures, input bytes, text, pages, seconds and CPU seconds of the
 * timed loop. Runs in a process of its own, so that it never shares a JVM with the harness.
 * <p>usage: TikaAlone LIST_FILE (one absolute path a line)
 */
public final class TikaAlone {
    private TikaAlone() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).map(Path::of)
                .toList();
        AutoDetectParser parser = new AutoDetectParser();
        long warmStart = System.nanoTime();
        Parsed warm = parse(parser, files.get(0));
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long inputBytes = 0;
        long textBytes = 0;
        long textChars = 0;
        long pages = 0;
        int failed = 0;
        ObjectNode out = Corpus.JSON.createObjectNode();
        var failures = out.putArray("failures");
        for (Path f : files) {
            inputBytes += Files.size(f);
            Parsed p = parse(parser, f);
            if (p.error != null) {
                failed++;
                if (failures.size() < 10) {
                    failures.addObject().put("file", f.getFileName().toString()).put("error", p.error);
                }
                continue;
            }
            textBytes += p.text.getBytes(StandardCharsets.UTF_8).length;
            textChars += p.text.length();
            pages += p.pages;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.put("files", files.size());
        out.put("failed", failed);
        out.put("input_bytes", inputBytes);
        out.put("text_bytes", textBytes);
        out.put("text_chars", textChars);
        out.put("pages", pages);
        out.put("seconds", seconds);
        out.put("cpu_seconds", (os.getProcessCpuTime() - cpuStart) / 1e9);
        out.put("warmup_seconds", warmSeconds);
        out.put("warmup_failed", warm.error != null);
        out.put("jvm_uptime_at_end_s", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
        System.out.println(Corpus.JSON.writeValueAsString(out));
    }

    private record Parsed(String text, long pages, String error) {
    }

    /** One file; a file Tika cannot read is counted as a failure with its message, the run goes on. */
    private static Parsed parse(AutoDetectParser parser, Path file) {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (Exception | OutOfMemoryError e) {
            // an OutOfMemoryError under the same heap cap as Travaux's children is a result, not a crash
            return new Parsed(null, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        String n = metadata.get("xmpTPg:NPages");
        long pages = 0;
        if (n != null) {
            try {
                pages = Long.parseLong(n.strip());
            } catch (NumberFormatException e) {
                System.err.println("TikaAlone: " + file + ": page count '" + n + "' is not a number, counted 0");
            }
        }
        return new Parsed(handler.toString(), pages, null);
    }
}
