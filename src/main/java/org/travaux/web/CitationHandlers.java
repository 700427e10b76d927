package org.travaux.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import org.travaux.model.CitationType;
import org.travaux.model.DocumentIds;
import org.travaux.search.CitationGraph;
import org.travaux.search.CitedSymbol;
import org.travaux.search.InvalidQueryException;

/** The citation graph over HTTP: a document's citations, a symbol's follow-up timeline, the most cited, the feed. */
final class CitationHandlers {
    private static final int DEFAULT_PAGE = 20;
    private static final int FEED_ENTRIES = 50;
    private final CitationGraph graph;

    CitationHandlers(CitationGraph graph) {
        this.graph = graph;
    }

    /** {@code GET /api/documents/{id}/citations?direction=in|out&type=…&cursor=…&size=…}. */
    void citations(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw new InvalidQueryException("'" + id + "' is not a document id");
        }
        CitationGraph.Direction direction = CitationGraph.Direction.parse(ctx.queryParam("direction"));
        CitationType type = CitationGraph.type(ctx.queryParam("type"));
        int size = ApiHandlers.intParam(ctx, "size", DEFAULT_PAGE);
        String cursor = ctx.queryParam("cursor");
        if (direction == CitationGraph.Direction.IN) {
            ctx.json(graph.incoming(id, type, cursor, size).orElseThrow(() -> missing(id)));
        } else {
            ctx.json(graph.outgoing(id, type, cursor, size).orElseThrow(() -> missing(id)));
        }
    }

    private static NotFoundResponse missing(String id) {
        return new NotFoundResponse("no document with id " + id);
    }

    /** {@code GET /api/timeline?symbol=…&lang=…}. */
    void timeline(Context ctx) throws IOException {
        ctx.json(graph.timeline(ctx.queryParam("symbol"), language(ctx)));
    }

    /** {@code GET /api/citations/most-cited?size=…}: {@code {"symbols": [...]}}. */
    void mostCited(Context ctx) throws IOException {
        ctx.json(new MostCited(graph.mostCited(ApiHandlers.intParam(ctx, "size", DEFAULT_PAGE))));
    }

    /** The body of {@code GET /api/citations/most-cited}. */
    record MostCited(List<CitedSymbol> symbols) {
    }

    /** {@code GET /feeds/cites.atom?symbol=…}: the newest documents citing a symbol, as Atom 1.0. */
    void feed(Context ctx) throws IOException {
        String typed = ctx.queryParam("symbol");
        CitationGraph.CitingDocuments citing = graph.citingDocuments(typed == null ? "" : typed, FEED_ENTRIES);
        String base = DownloadHandlers.baseUrl(ctx);
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.of(citing, base));
    }

    /** The preferred language of versions: two or three letters, or English. */
    private static String language(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null || lang.isBlank()) {
            return "en";
        }
        if (!lang.strip().matches("[a-zA-Z]{2,3}")) {
            throw new InvalidQueryException("lang must be a language code such as en or fr, was '" + lang + "'");
        }
        return lang.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
