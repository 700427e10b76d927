package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The shared input of every system: one JSON line per document, with its paragraphs. */
public final class Corpus {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A paragraph: its stable id, text, block kind, clause kind, language and themes. */
    public record Para(String pid, String text, String block, String clause, String lang, List<String> themes) {
    }

    /** A document and its metadata (any field may be null but id). */
    public record Doc(String id, String symbol, String title, List<String> forum, String date, Integer year,
                      String type, String language, List<String> themes, List<Para> paras) {
        public String forumTop() {
            return forum.isEmpty() ? null : forum.get(0);
        }
    }

    private Corpus() {
    }

    /**
     * The documents of {@code jsonl}, read one line at a time while iterated, so a 10× corpus never sits in memory
     * (every iteration reads the file again; an I/O error surfaces as {@link UncheckedIOException}).
     */
    public static Iterable<Doc> stream(Path jsonl) {
        return () -> new Iterator<>() {
            private final BufferedReader in = open(jsonl);
            private Doc next = advance();

            private Doc advance() {
                try {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (!line.isBlank()) {
                            return parse(JSON.readTree(line));
                        }
                    }
                    in.close();
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException("reading " + jsonl, e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Doc next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Doc d = next;
                next = advance();
                return d;
            }
        };
    }

    private static BufferedReader open(Path jsonl) {
        try {
            return Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("opening " + jsonl, e);
        }
    }

    public static List<Doc> read(Path jsonl) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    docs.add(parse(JSON.readTree(line)));
                }
            }
        }
        return docs;
    }

    static Doc parse(JsonNode n) {
        List<Para> paras = new ArrayList<>();
        for (JsonNode p : n.get("paragraphs")) {
            paras.add(new Para(p.get("pid").asText(), p.get("text").asText(), text(p, "block"), text(p, "clause"),
                    text(p, "lang"), strings(p.get("themes"))));
        }
        return new Doc(n.get("id").asText(), text(n, "symbol"), text(n, "title"), strings(n.get("forum")),
                text(n, "date"), n.hasNonNull("year") ? n.get("year").asInt() : null, text(n, "type"),
                text(n, "language"), strings(n.get("themes")), paras);
    }

    public static void write(Doc d, Writer out) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id());
        n.put("symbol", d.symbol());
        n.put("title", d.title());
        ArrayNode forum = n.putArray("forum");
        d.forum().forEach(forum::add);
        n.put("date", d.date());
        if (d.year() == null) {
            n.putNull("year");
        } else {
            n.put("year", d.year());
        }
        n.put("type", d.type());
        n.put("language", d.language());
        ArrayNode themes = n.putArray("themes");
        d.themes().forEach(themes::add);
        ArrayNode paras = n.putArray("paragraphs");
        for (Para p : d.paras()) {
            ObjectNode o = paras.addObject();
            o.put("pid", p.pid());
            o.put("text", p.text());
            o.put("block", p.block());
            o.put("clause", p.clause());
            o.put("lang", p.lang());
            ArrayNode pt = o.putArray("themes");
            p.themes().forEach(pt::add);
        }
        out.write(JSON.writeValueAsString(n));
        out.write('\n');
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(v -> out.add(v.asText()));
        }
        return List.copyOf(out);
    }
}
