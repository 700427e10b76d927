package org.travaux.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.search.DocumentHit;
import org.travaux.search.Passage;
import org.travaux.search.SearchRequest;
import org.travaux.search.SearchResponse;
import org.travaux.search.SearchService;

/**
 * The first {@value #CAP} hits of a search, page by page through the same service as the API, as CSV (one row
 * per hit, its best passage as plain text) or as JSON ({@code {"query", "total", "cap", "truncated", "hits"}}).
 */
record ResultExport(String query, long total, List<DocumentHit> hits, String baseUrl) {
    static final int CAP = 1_000;
    private static final Pattern TAG = Pattern.compile("</?mark>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
    private static final String[] COLUMNS = {"id", "symbol", "title", "forum", "date", "type", "language", "source",
        "url", "paragraph", "passage"};

    /** The body of the JSON export. */
    record Body(String query, long total, int cap, boolean truncated, List<DocumentHit> hits) {
    }

    static ResultExport run(SearchService search, SearchRequest first, String baseUrl) throws IOException {
        List<DocumentHit> hits = new ArrayList<>();
        // an export shows no facets: counting them on each of its pages would be most of its cost
        SearchRequest page = first.withFacets(List.of()).withPage(SearchRequest.MAX_SIZE, null);
        SearchResponse r;
        do {
            r = search.search(page);
            hits.addAll(r.hits().subList(0, Math.min(r.hits().size(), CAP - hits.size())));
            page = page.withPage(SearchRequest.MAX_SIZE, r.nextCursor());
        } while (r.nextCursor() != null && hits.size() < CAP);
        return new ResultExport(first.query(), r.total(), List.copyOf(hits), baseUrl);
    }

    Body body() {
        return new Body(query, total, CAP, total > hits.size(), hits);
    }

    String csv() {
        StringBuilder out = new StringBuilder();
        row(out, COLUMNS);
        for (DocumentHit h : hits) {
            Passage best = h.passages().isEmpty() ? null : h.passages().get(0);
            row(out, h.id(), h.symbol(), h.title(), h.forum() == null ? null : String.join(" > ", h.forum()), h.date(),
                    h.type(), h.language(), h.source(), baseUrl + "/doc/" + h.id(),
                    best == null ? null : best.paragraph(), best == null ? null : plainText(best.html()));
        }
        return out.toString();
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i] == null ? "" : cells[i];
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            if (c.matches("(?s).*[\",\\r\\n].*")) {
                c = "\"" + c.replace("\"", "\"\"") + "\"";
            }
            out.append(i == 0 ? "" : ",").append(c);
        }
        out.append("\r\n");
    }

    /** A passage's escaped HTML back to the text it came from. */
    static String plainText(String html) {
        String text = TAG.matcher(html).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String decoded = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        return m.appendTail(out).toString();
    }
}
