package org.travaux.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.travaux.search.InvalidQueryException;
import org.travaux.search.SearchRequest;

/** Reads {@code GET /api/search} parameters into a {@link SearchRequest}; a bad value is a 400 that names it. */
final class SearchParams {
    private static final String FILTER_PREFIX = "f.";

    private SearchParams() {
    }

    static SearchRequest from(Context ctx) {
        String q = ctx.queryParam("q");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (p.getKey().startsWith(FILTER_PREFIX)) {
                List<String> values = p.getValue().stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
                filters.put(p.getKey().substring(FILTER_PREFIX.length()), values);
            }
        }
        return new SearchRequest(q == null ? "" : q, ApiHandlers.intParam(ctx, "size", 10), ctx.queryParam("cursor"),
                SearchRequest.Sort.parse(ctx.queryParam("sort")), filters, date(ctx, "from", false),
                date(ctx, "to", true), facets(ctx.queryParam("facets")),
                ApiHandlers.intParam(ctx, "passages", SearchRequest.DEFAULT_PASSAGES));
    }

    /** {@code facets=forum,year} counts those; {@code facets=none} (or empty) none; absent, all of them. */
    static List<String> facets(String param) {
        if (param == null) {
            return null;
        }
        String p = param.strip();
        if (p.isEmpty() || p.equals("none")) {
            return List.of();
        }
        return java.util.Arrays.stream(p.split(",")).map(String::strip).filter(d -> !d.isEmpty()).toList();
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; a "to" date covers its whole year or month. */
    static LocalDate date(Context ctx, String name, boolean endOfPeriod) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        try {
            if (s.matches("\\d{4}")) {
                int year = Integer.parseInt(s);
                return endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(s);
                return endOfPeriod ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidQueryException(name + " must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + v + "'", e);
        }
    }
}
