package org.travaux.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.travaux.model.DocumentIds;
import org.travaux.search.CitationFormats;
import org.travaux.search.CitationFormats.Format;
import org.travaux.search.DocumentView;
import org.travaux.search.InvalidQueryException;
import org.travaux.search.OriginalFile;
import org.travaux.search.DocumentReader;
import org.travaux.search.ParagraphView;
import org.travaux.search.SearchService;

/** Downloads: the original file, a citation in a reference-manager format, the result list as CSV or JSON. */
final class DownloadHandlers {
    /** CSL-JSON leaves out what is unknown rather than writing nulls. */
    private static final com.fasterxml.jackson.databind.ObjectWriter CSL_WRITER = Json.mapper().copy()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .writerWithDefaultPrettyPrinter();
    private final SearchService search;
    private final DocumentReader documents;

    DownloadHandlers(SearchService search, DocumentReader documents) {
        this.search = search;
        this.documents = documents;
    }

    /** {@code GET /api/documents/{id}/original}: the file as ingested, always as an attachment, never rendered. */
    void original(Context ctx) throws IOException {
        String id = validId(ctx);
        OriginalFile file = documents.original(id)
                .orElseThrow(() -> new NotFoundResponse("the original file of " + id + " is no longer where it was read"));
        attachment(ctx, file.fileName(), file.mediaType());
        ctx.header("Content-Length", Long.toString(Files.size(file.path())));
        InputStream in = Files.newInputStream(file.path());
        ctx.result(in);
    }

    /** {@code GET /api/documents/{id}/citation?format=un|bibtex|ris|csl-json&paragraph=…}. */
    void citation(Context ctx) throws IOException {
        String id = validId(ctx);
        Format format = Format.parse(ctx.queryParam("format"));
        DocumentView d = documents.read(id).orElseThrow(() -> new NotFoundResponse("no document with id " + id));
        String paragraphId = ctx.queryParam("paragraph");
        ParagraphView p = paragraphId == null || paragraphId.isBlank() ? null : d.paragraphs().stream()
                .filter(x -> x.id().equals(paragraphId)).findFirst()
                .orElseThrow(() -> new NotFoundResponse("document " + id + " has no paragraph '" + paragraphId + "'"));
        String url = baseUrl(ctx) + "/doc/" + id + (p == null ? "" : "#para-" + Urls.fragment(p.id()));
        String body = switch (format) {
            case UN -> (p == null ? d.citation() : p.citation()) + "\n";
            case BIBTEX -> CitationFormats.bibtex(d, p, url);
            case RIS -> CitationFormats.ris(d, p, url);
            case CSL_JSON -> cslJson(CitationFormats.csl(d, p, url));
        };
        String name = CitationFormats.key(d) + (p == null ? "" : "-para-" + p.id().replaceAll("[^A-Za-z0-9]+", "_"));
        attachment(ctx, name + "." + format.extension, format.mediaType + "; charset=utf-8");
        ctx.result(body);
    }

    /** {@code GET /api/export?format=csv|json&…}: the first {@value ResultExport#CAP} hits of a search. */
    void export(Context ctx) throws IOException {
        String format = ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format");
        if (!format.equals("csv") && !format.equals("json")) {
            throw new InvalidQueryException("format must be csv or json, was '" + format + "'");
        }
        ResultExport export = ResultExport.run(search, SearchParams.from(ctx), baseUrl(ctx));
        ctx.header("X-Export-Cap", Integer.toString(ResultExport.CAP));
        ctx.header("X-Export-Total", Long.toString(export.total()));
        if (format.equals("csv")) {
            attachment(ctx, "travaux-results.csv", "text/csv; charset=utf-8");
            ctx.result(export.csv());
        } else {
            attachment(ctx, "travaux-results.json", "application/json");
            ctx.result(Json.mapper().writeValueAsString(export.body()));
        }
    }

    private static String cslJson(CitationFormats.CslItem item) throws JsonProcessingException {
        return CSL_WRITER.writeValueAsString(List.of(item)) + "\n";
    }

    private static String validId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw new InvalidQueryException("'" + id + "' is not a document id");
        }
        return id;
    }

    /** The file name is ours (slugs and extensions), but quotes and controls are dropped all the same. */
    private static void attachment(Context ctx, String fileName, String contentType) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]+", "_");
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + safe + "\"");
    }

    /** Scheme and host the request came in on, for links inside exported citations. */
    static String baseUrl(Context ctx) {
        String host = ctx.host();
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            host = "localhost";
        }
        return ctx.scheme() + "://" + host;
    }
}
