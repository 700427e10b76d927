package org.travaux.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import org.travaux.model.DocumentIds;
import org.travaux.search.DocumentReader;
import org.travaux.search.InvalidQueryException;
import org.travaux.search.SearchService;

/** Handlers of the JSON API: read the request, call search, write the record. */
final class ApiHandlers {
    private final SearchService search;
    private final DocumentReader documents;

    ApiHandlers(SearchService search, DocumentReader documents) {
        this.search = search;
        this.documents = documents;
    }

    void search(Context ctx) throws IOException {
        ctx.json(search.search(SearchParams.from(ctx)));
    }

    void document(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw new InvalidQueryException("'" + id + "' is not a document id");
        }
        ctx.json(documents.read(id).orElseThrow(() -> new NotFoundResponse("no document with id " + id)));
    }

    /** Matches inside one document, in reading order: {@code {"id", "query", "matches": [...]}}. */
    void searchWithin(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw new InvalidQueryException("'" + id + "' is not a document id");
        }
        if (documents.read(id).isEmpty()) {
            throw new NotFoundResponse("no document with id " + id);
        }
        String q = ctx.queryParam("q");
        ctx.json(new InDocumentResult(id, q == null ? "" : q, search.searchWithin(id, q == null ? "" : q)));
    }

    /** The body of {@code GET /api/documents/{id}/search}. */
    record InDocumentResult(String id, String query, java.util.List<org.travaux.search.InDocumentMatch> matches) {
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(OpenApi.document());
    }

    void status(Context ctx) throws IOException {
        ctx.json(documents.summary());
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a whole number, was '" + v + "'", e);
        }
    }
}
