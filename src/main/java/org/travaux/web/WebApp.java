package org.travaux.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.travaux.search.CitationGraph;
import org.travaux.search.DocumentReader;
import org.travaux.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web application: every route, the static UI, error mapping and security headers, wired in one place. */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    /** Scripts, styles and data only from this origin; no frames; no inline script (document text is untrusted). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private WebApp() {
    }

    /** The application with the admin API closed (it answers 403). */
    public static Javalin create(WebSettings settings, SearchService search, DocumentReader documents) {
        return create(settings, search, documents, AdminAccess.closed());
    }

    /** The application with the citation graph of the index the document reader reads. */
    public static Javalin create(WebSettings settings, SearchService search, DocumentReader documents,
                                 AdminAccess admin) {
        return create(settings, search, documents, CitationGraph.over(documents), admin);
    }

    public static Javalin create(WebSettings settings, SearchService search, DocumentReader documents,
                                 CitationGraph graph, AdminAccess admin) {
        AdminHandlers adminApi = new AdminHandlers(admin);
        ApiHandlers api = new ApiHandlers(search, documents);
        CitationHandlers citations = new CitationHandlers(graph);
        DownloadHandlers downloads = new DownloadHandlers(search, documents);
        PageHandlers pages = new PageHandlers(settings.webDir());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            if (admin.uploads() != null) {
                config.jetty.multipartConfig.maxFileSize(admin.uploads().maxBytes(), SizeUnit.BYTES);
                config.jetty.multipartConfig.maxTotalRequestSize(admin.uploads().maxBytes() + 64 * 1024, SizeUnit.BYTES);
                config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            }
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = settings.webDir().toAbsolutePath().toString();
                files.location = Location.EXTERNAL;
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
            });
            // The reader is one static page for every document; it reads the id from its own URL.
            config.routes.get("/doc/{id}", ctx -> pages.reader(ctx));
            config.routes.get("/timeline", ctx -> pages.timeline(ctx));
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/documents/{id}", api::document);
            config.routes.get("/api/documents/{id}/search", api::searchWithin);
            config.routes.get("/api/documents/{id}/original", downloads::original);
            config.routes.get("/api/documents/{id}/citation", downloads::citation);
            config.routes.get("/api/export", downloads::export);
            config.routes.get("/api/documents/{id}/citations", citations::citations);
            config.routes.get("/api/timeline", citations::timeline);
            config.routes.get("/api/citations/most-cited", citations::mostCited);
            config.routes.get("/feeds/cites.atom", citations::feed);
            config.routes.post("/api/documents", adminApi::upload);
            config.routes.delete("/api/documents/{id}", adminApi::remove);
            config.routes.get("/api/openapi.json", api::openApi);
            config.routes.get("/api/status", api::status);

            config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(400).json(new ApiError("bad request", e.getMessage())));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ctx.status(e.getStatus()).json(new ApiError(ApiError.nameOf(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(new ApiError("internal error", "the server could not answer; see its log"));
            });
        });
    }
}
