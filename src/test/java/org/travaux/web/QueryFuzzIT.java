package org.travaux.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.index.TravauxIndex;
import org.travaux.model.OfficialDocument;
import org.travaux.search.DocumentReader;
import org.travaux.search.SearchRequest;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;
import org.travaux.search.SyntheticCorpus;

/**
 * Thousands of random and hostile requests against a real server over a real index of synthetic documents (several
 * languages and scripts, UN symbols, forums, dates, themes, clause kinds): never a 5xx; every 400 is JSON
 * {@code {"error", "detail"}} with a detail; every 200 has the documented shape. Deterministic: a fixed seed.
 */
class QueryFuzzIT {
    private static final long SEED = 0x7EA7A0L;
    private static final int RANDOM_QUERIES = 2500;
    private static final int RANDOM_PARAMETER_SETS = 700;
    private static final Set<String> DIMS = Set.of("forum", "year", "theme", "type", "lang", "clause", "country",
            "cites");
    private static final Set<String> CLAUSES = Set.of("preambular", "operative", "narrative");

    @TempDir
    static Path tmp;
    static TravauxIndex index;
    static Searchers searchers;
    static SearchService service;
    static Javalin app;
    static FuzzClient client;
    static List<OfficialDocument> docs;

    @BeforeAll
    static void serve() throws IOException {
        docs = SyntheticCorpus.generate(SEED, 300);
        index = TravauxIndex.open(tmp.resolve("index"));
        SyntheticCorpus.write(index, docs);
        searchers = Searchers.over(index);
        service = new SearchService(searchers);
        app = WebApp.create(new WebSettings("127.0.0.1", 0, Path.of("web")), service, new DocumentReader(searchers))
                .start();
        client = new FuzzClient(app.port());
    }

    @AfterAll
    static void stop() throws IOException {
        Timings.print();
        app.stop();
        searchers.close();
        index.close();
    }

    /** One request and what may come back. */
    record Probe(String label, String target, String sentQuery, int size, Set<Integer> allowed) {
        static Probe search(String label, String query, String... moreParams) {
            String[] params = new String[moreParams.length + 2];
            params[0] = "q";
            params[1] = query;
            System.arraycopy(moreParams, 0, params, 2, moreParams.length);
            int size = 10;
            for (int i = 0; i < moreParams.length; i += 2) {
                if (moreParams[i].equals("size")) { // the server reads the first of repeated parameters
                    size = parseOr(moreParams[i + 1], 10);
                    break;
                }
            }
            return new Probe(label, "/api/search?" + FuzzClient.query(params), query, size, Set.of(200, 400));
        }

        private static int parseOr(String s, int fallback) {
            try {
                return Math.max(1, Math.min(100, Integer.parseInt(s.strip())));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    @Test
    void hostileQueriesAreAnsweredOrRejectedWithAMessage() throws Exception {
        Failures failures = new Failures();
        String docId = docs.get(0).id();
        int sent = 0;
        for (String q : FuzzInputs.hostileQueries()) {
            String encoded = FuzzClient.enc(q);
            boolean tooLongForAUrl = encoded.length() > 6000;
            Set<Integer> allowed = tooLongForAUrl ? Set.of(400, 414, 431) : Set.of(200, 400);
            Probe search = Probe.search(describe(q), q);
            send(new Probe(search.label(), search.target(), q, 10, allowed), failures);
            send(new Probe("within " + describe(q), "/api/documents/" + docId + "/search?q=" + encoded, q, 0,
                    tooLongForAUrl ? allowed : Set.of(200, 400)), failures);
            sent += 2;
            if (tooLongForAUrl) { // in process, where no URL limit shields the parser
                inProcess(q, failures);
            }
        }
        String huge = FuzzInputs.huge(new Random(SEED));
        send(new Probe("100 KB query", "/api/search?q=" + FuzzClient.enc(huge), huge, 10, Set.of(400, 414, 431)),
                failures);
        inProcess(huge, failures);
        failures.assertNone(sent + 1);
    }

    @Test
    void randomQueriesNeverFailTheServer() throws Exception {
        Random random = new Random(SEED);
        Failures failures = new Failures();
        for (int i = 0; i < RANDOM_QUERIES; i++) {
            String q = FuzzInputs.randomQuery(random);
            List<String> params = new ArrayList<>();
            if (random.nextInt(4) == 0) {
                randomParameters(random, params, 1 + random.nextInt(3));
            }
            send(Probe.search("random #" + i + " " + describe(q), q, params.toArray(String[]::new)), failures);
        }
        failures.assertNone(RANDOM_QUERIES);
    }

    @Test
    void badParametersAreRejectedWithAMessage() throws Exception {
        Random random = new Random(SEED + 1);
        Failures failures = new Failures();
        int sent = 0;
        for (String size : FuzzInputs.SIZES) {
            send(Probe.search("size=" + describe(size), "alpha", "size", size), failures);
            sent++;
        }
        for (String sort : FuzzInputs.SORTS) {
            send(Probe.search("sort=" + describe(sort), "alpha", "sort", sort), failures);
            sent++;
        }
        for (String date : FuzzInputs.DATES) {
            send(Probe.search("from=" + describe(date), "alpha", "from", date), failures);
            send(Probe.search("to=" + describe(date), "", "to", date), failures);
            send(Probe.search("from=to=" + describe(date), "", "from", date, "to", date), failures);
            sent += 3;
        }
        for (String name : FuzzInputs.FILTER_NAMES) {
            for (String value : FuzzInputs.FILTER_VALUES) {
                send(Probe.search(name + "=" + describe(value), "", name, value), failures);
                sent++;
            }
        }
        for (int i = 0; i < 60; i++) {
            String cursor = FuzzInputs.randomCursor(random);
            send(Probe.search("cursor=" + describe(cursor), random.nextBoolean() ? "" : "alpha", "cursor", cursor,
                    "size", Integer.toString(1 + random.nextInt(100))), failures);
            sent++;
        }
        // many values of one facet (as many as a request line holds), of several, and repeated parameters
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add("f.forum");
            many.add(i % 3 == 0 ? "General Assembly" : "F" + i);
        }
        send(Probe.search("450 f.forum values", "", many.toArray(String[]::new)), failures);
        many.clear();
        for (int i = 0; i < 550; i++) {
            many.add("f.year");
            many.add(Integer.toString(1900 + i));
        }
        send(Probe.search("550 f.year values", "alpha", many.toArray(String[]::new)), failures);
        send(new Probe("two q", "/api/search?q=alpha&q=%22", "alpha", 10, Set.of(200, 400)), failures);
        send(new Probe("no q", "/api/search", "", 10, Set.of(200, 400)), failures);
        send(new Probe("empty names", "/api/search?=&&=x&q", "", 10, Set.of(200, 400)), failures);
        sent += 5;
        for (int i = 0; i < RANDOM_PARAMETER_SETS; i++) {
            List<String> params = new ArrayList<>();
            randomParameters(random, params, 1 + random.nextInt(6));
            String q = random.nextInt(3) == 0 ? FuzzInputs.randomQuery(random)
                    : SyntheticCorpus.WORDS.get(random.nextInt(SyntheticCorpus.WORDS.size()));
            send(Probe.search("params #" + i + " " + params, q, params.toArray(String[]::new)), failures);
            sent++;
        }
        failures.assertNone(sent);
    }

    @Test
    void brokenEscapesAndRawBytesInTheRequestLineAreNeverA5xx() throws Exception {
        Failures failures = new Failures();
        List<byte[]> targets = new ArrayList<>();
        for (String t : List.of("/api/search?q=%ZZ", "/api/search?q=%", "/api/search?q=%2", "/api/search?q=a%",
                "/api/search?q=%C3%28", "/api/search?q=%FF%FE", "/api/search?q=%E2%82", "/api/search?q=%ED%A0%80",
                "/api/search?q=%C0%80", "/api/search?q=a%00b", "/api/search?q=%F4%90%80%80", "/api/search?f.forum=%ZZ",
                "/api/search?f.%FF=a", "/api/search?q=alpha&size=%FF", "/api/search?q=alpha&cursor=%C3",
                "/api/search?q=alpha&sort=%80", "/api/search?%=%", "/api/search?q=%%%", "/api/search?q=+++",
                "/api/search?q=a+b&size=+5+", "/api/documents/%2F", "/api/documents/..%2F..",
                "/api/documents/" + docs.get(0).id() + "/search?q=%ZZ",
                "/api/documents/" + docs.get(0).id() + "/search?q=%C3%28",
                "/api/search?q=%u0041", "/api/search?q=%%32%30")) {
            targets.add(t.getBytes(StandardCharsets.US_ASCII));
        }
        targets.add(bytes("/api/search?q=", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}));
        targets.add(bytes("/api/search?q=", "移民".getBytes(StandardCharsets.UTF_8)));
        targets.add(bytes("/api/search?q=", new byte[] {(byte) 0xC3, '(', '"'}));
        // not HTTP at all: Jetty's parser rejects them before any route sees them, still as a JSON 400
        List<byte[]> malformed = List.of(bytes("/api/search?q=", new byte[] {0x01, 0x7F}),
                bytes("/api/search?q=", new byte[] {'a', '\t', 'b'}), bytes("/api/documents/%ZZ", new byte[0]));
        for (byte[] target : targets) {
            String label = "raw " + new String(target, StandardCharsets.ISO_8859_1);
            try {
                FuzzClient.Reply r = client.raw(target);
                check(new Probe(label, new String(target, StandardCharsets.ISO_8859_1), null, 10,
                        Set.of(200, 400, 404)), r, failures);
            } catch (IOException | RuntimeException e) {
                failures.add(label, "no HTTP response: " + e);
            }
        }
        for (byte[] target : malformed) {
            String label = "raw " + new String(target, StandardCharsets.ISO_8859_1);
            try {
                FuzzClient.Reply reply = client.raw(target);
                if (reply.status() != 400 || !reply.contentType().startsWith("application/json")) {
                    failures.add(label, "status " + reply.status() + " (" + reply.contentType()
                            + ") for a malformed request line; want a JSON 400");
                }
            } catch (IOException | RuntimeException e) {
                failures.add(label, "no HTTP response: " + e);
            }
        }
        failures.assertNone(targets.size() + malformed.size());
    }

    @Test
    void everyPageOfARandomSearchFollowsFromTheCursor() throws Exception {
        Failures failures = new Failures();
        int sent = 0;
        for (String q : List.of("", "alpha", "bravo OR zulu", "移民", "A/RES/73/195")) {
            for (String sort : List.of("relevance", "date", "-date")) {
                String cursor = null;
                long total = -1;
                Set<String> seen = new java.util.HashSet<>();
                do {
                    Probe p = cursor == null ? Probe.search("pages of " + q + " " + sort, q, "sort", sort, "size", "37")
                            : Probe.search("pages of " + q + " " + sort, q, "sort", sort, "size", "37", "cursor", cursor);
                    FuzzClient.Reply r = client.get(p.target());
                    sent++;
                    JsonNode body = check(p, r, failures);
                    if (body == null) {
                        break;
                    }
                    if (total >= 0 && body.get("total").asLong() != total) {
                        failures.add(p.label(), "total changed between pages");
                    }
                    total = body.get("total").asLong();
                    for (JsonNode hit : body.get("hits")) {
                        if (!seen.add(hit.get("id").asText())) {
                            failures.add(p.label(), "document " + hit.get("id") + " on two pages");
                        }
                    }
                    cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
                } while (cursor != null);
                if (seen.size() != total) {
                    failures.add("pages of " + q + " " + sort, "saw " + seen.size() + " documents of " + total);
                }
            }
        }
        failures.assertNone(sent);
    }

    @Test
    void theIndexAnswersRealQueries() throws Exception {
        for (String symbol : List.of("A/RES/73/195", "a/res/73/195", "resolution 73/195", "73/195",
                "S/RES/2782 (2025)", "S/RES/2782(2025)")) {
            JsonNode body = Json.mapper().readTree(client.get("/api/search?" + FuzzClient.query("q", symbol)).body());
            assertThat(body.get("hits").get(0).get("symbol").asText()).as(symbol)
                    .isEqualTo(symbol.startsWith("S/") ? "S/RES/2782 (2025)" : "A/RES/73/195");
        }
        for (String word : List.of("alpha", "移民", "бравo", "بالتقرير", "rapport")) {
            FuzzClient.Reply r = client.get("/api/search?" + FuzzClient.query("q", word));
            assertThat(r.status()).as(word).isEqualTo(200);
        }
        assertThat(Json.mapper().readTree(client.get("/api/search?q=alpha").body()).get("total").asLong())
                .isPositive();
        assertThat(Json.mapper().readTree(client.get("/api/search?q=" + FuzzClient.enc("移民")).body())
                .get("total").asLong()).isPositive();
    }

    // --- sending and checking ---

    private static void send(Probe p, Failures failures) throws InterruptedException {
        FuzzClient.Reply r;
        long start = System.nanoTime();
        try {
            r = client.get(p.target());
        } catch (IOException e) {
            failures.add(p.label(), "no HTTP response: " + e);
            return;
        } finally {
            Timings.record(p.label(), System.nanoTime() - start);
        }
        check(p, r, failures);
    }

    /** Checks one reply; returns the body of a 200 from /api/search, or null. */
    private static JsonNode check(Probe p, FuzzClient.Reply r, Failures failures) {
        if (r.status() >= 500) {
            failures.add(p.label(), r.status() + " " + abbreviate(r.body()));
            return null;
        }
        if (!p.allowed().contains(r.status())) {
            failures.add(p.label(), "status " + r.status() + " not in " + p.allowed() + ": " + abbreviate(r.body()));
            return null;
        }
        JsonNode body = null;
        if (r.status() == 400 || r.status() == 404 || r.status() == 200) {
            try {
                body = Json.mapper().readTree(r.body());
            } catch (IOException | RuntimeException e) {
                failures.add(p.label(), r.status() + " body is not JSON: " + abbreviate(r.body()));
                return null;
            }
            if (!r.contentType().startsWith("application/json")) {
                failures.add(p.label(), "content type " + r.contentType());
            }
        }
        if (r.status() == 400 || r.status() == 404) {
            if (!text(body, "error") || !text(body, "detail") || body.size() != 2) {
                failures.add(p.label(), r.status() + " without {error, detail}: " + abbreviate(r.body()));
            }
            return null;
        }
        if (r.status() != 200) {
            return null;
        }
        String problem = p.target() != null && p.target().startsWith("/api/documents/")
                ? withinShape(body) : searchShape(body, p);
        if (problem != null) {
            failures.add(p.label(), problem + ": " + abbreviate(r.body()));
            return null;
        }
        return body;
    }

    private static String searchShape(JsonNode b, Probe p) {
        if (b == null || !b.isObject()) {
            return "not an object";
        }
        Set<String> keys = Set.of("query", "total", "totalExact", "partial", "relaxed", "tookMs", "nextCursor", "hits",
                "facets");
        if (!fieldNames(b).equals(keys)) {
            return "keys " + fieldNames(b);
        }
        if (!b.get("query").isTextual() || !b.get("total").isIntegralNumber() || b.get("total").asLong() < 0
                || !b.get("totalExact").isBoolean() || !b.get("partial").isBoolean() || !b.get("relaxed").isBoolean()
                || !b.get("tookMs").isIntegralNumber() || !(b.get("nextCursor").isNull() || b.get("nextCursor").isTextual())
                || !b.get("hits").isArray() || !b.get("facets").isObject()) {
            return "a top-level field has the wrong type";
        }
        if (p.sentQuery() != null && roundTrips(p.sentQuery()) && !b.get("query").asText().equals(p.sentQuery())) {
            return "query echoed as " + b.get("query");
        }
        if (b.get("hits").size() > p.size() || b.get("hits").size() > b.get("total").asLong()) {
            return b.get("hits").size() + " hits for size " + p.size() + " and total " + b.get("total");
        }
        for (JsonNode hit : b.get("hits")) {
            String problem = hitShape(hit);
            if (problem != null) {
                return problem;
            }
        }
        if (!DIMS.containsAll(fieldNames(b.get("facets")))) {
            return "facets " + fieldNames(b.get("facets"));
        }
        for (JsonNode values : b.get("facets")) {
            if (!values.isArray()) {
                return "a facet is not a list";
            }
            for (JsonNode v : values) {
                if (!fieldNames(v).equals(Set.of("value", "label", "count", "selected")) || !v.get("value").isTextual()
                        || !v.get("label").isTextual() || !v.get("count").isIntegralNumber() || v.get("count").asLong() < 0
                        || !v.get("selected").isBoolean()) {
                    return "facet value " + v;
                }
            }
        }
        return null;
    }

    private static String hitShape(JsonNode hit) {
        Set<String> keys = Set.of("id", "symbol", "title", "forum", "date", "type", "language", "source", "score",
                "passages");
        if (!fieldNames(hit).equals(keys)) {
            return "hit keys " + fieldNames(hit);
        }
        if (!text(hit, "id") || !textOrNull(hit, "symbol") || !hit.get("title").isTextual() || !hit.get("forum").isArray()
                || !textOrNull(hit, "date") || !textOrNull(hit, "type") || !textOrNull(hit, "language")
                || !text(hit, "source") || !hit.get("score").isNumber() || !hit.get("passages").isArray()) {
            return "a hit field has the wrong type: " + hit;
        }
        if (!Double.isFinite(hit.get("score").asDouble())) {
            return "score " + hit.get("score");
        }
        if (!hit.get("date").isNull() && !hit.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "date " + hit.get("date");
        }
        if (hit.get("passages").size() > 3) {
            return hit.get("passages").size() + " passages";
        }
        for (JsonNode passage : hit.get("passages")) {
            if (!fieldNames(passage).equals(Set.of("paragraph", "id", "html", "clause")) || !text(passage, "id")
                    || !textOrNull(passage, "paragraph") || !passage.get("html").isTextual()
                    || !CLAUSES.contains(passage.get("clause").asText())) {
                return "passage " + passage;
            }
            if (!onlyMarks(passage.get("html").asText())) {
                return "markup other than <mark> in " + passage.get("html");
            }
        }
        return null;
    }

    private static String withinShape(JsonNode b) {
        if (b == null || !fieldNames(b).equals(Set.of("id", "query", "matches")) || !b.get("matches").isArray()) {
            return "not {id, query, matches}";
        }
        for (JsonNode m : b.get("matches")) {
            if (!text(m, "id") || !textOrNull(m, "number") || !m.path("html").isTextual()
                    || !onlyMarks(m.get("html").asText())) {
                return "match " + m;
            }
        }
        return null;
    }

    /** The inputs in process, below HTTP: parse and search may only reject a query with an IllegalArgumentException. */
    private static void inProcess(String q, Failures failures) {
        try {
            service.search(new SearchRequest(q, 10, null));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                failures.add("in process " + describe(q), "rejected without a message");
            }
        } catch (Exception | StackOverflowError e) {
            failures.add("in process " + describe(q), e.toString());
        }
        try {
            service.searchWithin(docs.get(0).id(), q);
        } catch (IllegalArgumentException e) {
            // rejected: fine
        } catch (Exception | StackOverflowError e) {
            failures.add("in process within " + describe(q), e.toString());
        }
    }

    private static void randomParameters(Random random, List<String> params, int n) {
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(7)) {
                case 0 -> params.addAll(List.of("size", FuzzInputs.SIZES[random.nextInt(FuzzInputs.SIZES.length)]));
                case 1 -> params.addAll(List.of("sort", FuzzInputs.SORTS[random.nextInt(FuzzInputs.SORTS.length)]));
                case 2 -> params.addAll(List.of(random.nextBoolean() ? "from" : "to",
                        FuzzInputs.DATES[random.nextInt(FuzzInputs.DATES.length)]));
                case 3 -> params.addAll(List.of("cursor", FuzzInputs.randomCursor(random)));
                default -> params.addAll(List.of(
                        FuzzInputs.FILTER_NAMES[random.nextInt(random.nextInt(4) == 0 ? FuzzInputs.FILTER_NAMES.length : 7)],
                        FuzzInputs.FILTER_VALUES[random.nextInt(FuzzInputs.FILTER_VALUES.length - 1)]));
            }
        }
    }

    private static boolean onlyMarks(String html) {
        return !html.replace("<mark>", "").replace("</mark>", "").contains("<");
    }

    private static boolean roundTrips(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(s);
    }

    private static boolean text(JsonNode node, String field) {
        return node != null && node.path(field).isTextual() && !node.get(field).asText().isBlank();
    }

    private static boolean textOrNull(JsonNode node, String field) {
        return node.has(field) && (node.get(field).isNull() || node.get(field).isTextual());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static byte[] bytes(String prefix, byte[] tail) {
        byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    /** A readable, bounded description of an input (control characters shown as escapes). */
    static String describe(String s) {
        StringBuilder out = new StringBuilder("'");
        s.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (s.codePointCount(0, s.length()) > 80) {
            out.append("… (").append(s.length()).append(" chars)");
        }
        return out.append("'").toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Request times, to see where a slow run spends them (printed to the test's output). */
    static final class Timings {
        private static final List<Long> NANOS = new ArrayList<>();
        private static final java.util.TreeMap<Long, String> SLOWEST = new java.util.TreeMap<>();

        static synchronized void record(String label, long nanos) {
            NANOS.add(nanos);
            SLOWEST.put(nanos, label);
            if (SLOWEST.size() > 10) {
                SLOWEST.pollFirstEntry();
            }
        }

        static synchronized void print() {
            List<Long> sorted = NANOS.stream().sorted().toList();
            if (sorted.isEmpty()) {
                return;
            }
            System.out.printf("%d requests over HTTP: p50 %.1f ms, p99 %.1f ms, max %.1f ms, total %.1f s%n",
                    sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6, sorted.stream().mapToLong(Long::longValue).sum() / 1e9);
            SLOWEST.descendingMap().forEach((nanos, label) -> System.out.printf("  %8.1f ms  %s%n", nanos / 1e6, label));
        }
    }

    /** Collects every failure of a run, so one report shows them all. */
    static final class Failures {
        private final List<String> lines = new ArrayList<>();

        void add(String label, String problem) {
            lines.add(label + " → " + problem);
        }

        void assertNone(int requests) {
            assertThat(lines).as("%d of %d requests failed:%n%s", lines.size(), requests,
                    String.join("\n", lines.subList(0, Math.min(60, lines.size())))).isEmpty();
        }
    }
}
