package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One wrk run against one server: requests/s, p50/p99 from wrk's latency histogram (the JSON line of the Lua
 * script's {@code done}), errors, and the CPU seconds spent by the server and by wrk itself, since both share the
 * machine's cores. wrk's CPU is read by the bash that waited for it (cutime + cstime in /proc/self/stat), so no
 * {@code /usr/bin/time} is needed.
 */
final class Wrk {
    /** Longer than wrk's 2 s default, so that a slow answer at 32 connections counts as latency, not as an error. */
    static final String TIMEOUT = "10s";

    private Wrk() {
    }

    static JsonNode run(String wrk, HttpServer s, int connections, int seconds) throws Exception {
        int threads = Math.min(connections, 2);
        List<String> cmd = new ArrayList<>(List.of("bash", "-c",
                "\"$@\"; rc=$?; read -r -a st < /proc/$$/stat; echo \"CPU ${st[15]} ${st[16]}\"; exit $rc", "bash",
                wrk, "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", TIMEOUT, "--latency",
                "-s", s.lua.toString(), s.base));
        double cpu0 = s.cpuSeconds();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double serverCpu = s.cpuSeconds() - cpu0;
        String json = out.lines().filter(l -> l.startsWith("JSON ")).findFirst().orElse(null);
        String cpu = out.lines().filter(l -> l.startsWith("CPU ")).findFirst().orElse(null);
        if (rc != 0 || json == null || cpu == null) {
            throw new IllegalStateException("wrk against " + s.name + " failed (exit " + rc + "):\n" + out);
        }
        JsonNode r = Corpus.JSON.readTree(json.substring(5));
        String[] ticks = cpu.split(" ");
        double secs = r.get("duration_us").asDouble() / 1e6;
        ObjectNode o = Corpus.JSON.createObjectNode();
        o.put("requests", r.get("requests").asLong());
        o.put("seconds", secs);
        o.put("requests_per_s", r.get("requests").asDouble() / secs);
        // what a response weighs (headers included): the systems do not answer with the same fields
        o.put("kb_per_response", r.get("bytes").asDouble() / 1024 / Math.max(1, r.get("requests").asLong()));
        o.put("p50_ms", r.get("p50_us").asDouble() / 1000);
        o.put("p99_ms", r.get("p99_us").asDouble() / 1000);
        o.put("non_2xx", r.get("non_2xx").asLong());
        o.put("socket_errors", r.get("socket_errors").asLong());
        o.put("server_cpu_s", serverCpu);
        // clock ticks of USER_HZ, 100 on Linux
        o.put("wrk_cpu_s", (Long.parseLong(ticks[1]) + Long.parseLong(ticks[2])) / 100.0);
        return o;
    }
}
