package org.travaux.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command to its end under GNU {@code /usr/bin/time}, which reports the CPU of the whole process tree: the
 * kernel adds a child's user and system time to its parent's once the parent has waited for it, so Travaux's
 * extractor JVMs (started, closed and reaped by the Travaux JVM) are counted with it. Without {@code /usr/bin/time}
 * the wall time is still measured and the CPU figures are NaN.
 *
 * @param wallSeconds  elapsed, measured here around the process
 * @param userSeconds  user CPU of the tree
 * @param sysSeconds   system CPU of the tree
 * @param maxRssKb     the largest resident set of any single process of the tree (not their sum)
 * @param exit         the exit status
 */
record TimedProcess(double wallSeconds, double userSeconds, double sysSeconds, long maxRssKb, int exit) {
    static final Path TIME = Path.of("/usr/bin/time");

    double cpuSeconds() {
        return userSeconds + sysSeconds;
    }

    /** Runs {@code command}; stdout goes to {@code stdout}, stderr is appended to {@code log}. */
    static TimedProcess run(List<String> command, Path stdout, Path log, long timeoutMinutes) throws Exception {
        boolean timed = Files.isExecutable(TIME);
        Path times = Files.createTempFile("e2e-time-", ".txt");
        try {
            List<String> cmd = new ArrayList<>();
            if (timed) {
                cmd.addAll(List.of(TIME.toString(), "-o", times.toString(), "-f", "%U %S %M"));
            }
            cmd.addAll(command);
            Files.writeString(log, "\n$ " + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException("no end after " + timeoutMinutes + " min: " + command + " (see " + log
                        + ")");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            if (!timed) {
                return new TimedProcess(wall, Double.NaN, Double.NaN, -1, p.exitValue());
            }
            // time writes "Command exited with non-zero status N" first when the command failed: the last line
            List<String> lines = Files.readAllLines(times);
            String[] f = lines.get(lines.size() - 1).strip().split(" ");
            return new TimedProcess(wall, Double.parseDouble(f[0]), Double.parseDouble(f[1]), Long.parseLong(f[2]),
                    p.exitValue());
        } finally {
            Files.deleteIfExists(times);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU (%.1f user + %.1f sys), exit %d", wallSeconds,
                cpuSeconds(), userSeconds, sysSeconds, exit);
    }
}
