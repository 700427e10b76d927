package org.travaux.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.travaux.model.DocumentIds;

/** HTML pages served under readable paths ({@code /doc/{id}}, {@code /timeline}) from the static UI folder. */
final class PageHandlers {
    private final Path webDir;

    PageHandlers(Path webDir) {
        this.webDir = webDir;
    }

    /** {@code /doc/{id}}: the reader page; its script fetches {@code /api/documents/{id}}. */
    void reader(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Path page = webDir.resolve("reader.html");
        if (!DocumentIds.isValid(id) || !Files.isRegularFile(page)) {
            throw new NotFoundResponse("no document with id " + id);
        }
        ctx.contentType("text/html; charset=utf-8").result(Files.readString(page));
    }

    /** {@code /timeline?symbol=…}: the follow-up timeline page; its script fetches {@code /api/timeline}. */
    void timeline(Context ctx) throws IOException {
        Path page = webDir.resolve("timeline.html");
        if (!Files.isRegularFile(page)) {
            throw new NotFoundResponse("the timeline page is not installed in " + webDir);
        }
        ctx.contentType("text/html; charset=utf-8").result(Files.readString(page));
    }
}
