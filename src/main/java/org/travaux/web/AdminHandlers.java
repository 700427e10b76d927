package org.travaux.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.travaux.ingest.Uploads;
import org.travaux.model.DocumentIds;
import org.travaux.search.InvalidQueryException;

/** {@code POST /api/documents} (multipart field {@code file}) and {@code DELETE /api/documents/{id}}. */
final class AdminHandlers {
    private final AdminAccess access;

    AdminHandlers(AdminAccess access) {
        this.access = access;
    }

    /** The answer to an upload: what became of the file, and where to read the document when it was indexed. */
    record UploadResult(String id, String outcome, String reason, String mediaType, int paragraphs, String url) {
    }

    /** The answer to a removal. */
    record Removed(String id, boolean removed) {
    }

    void upload(Context ctx) throws IOException {
        authorize(ctx);
        Uploads uploads = access.uploads();
        long declared = ctx.contentLength();
        if (declared > uploads.maxBytes() + 64 * 1024) {
            throw new PayloadTooLarge(uploads.maxBytes(), declared);
        }
        if (ctx.contentType() == null || !ctx.contentType().startsWith("multipart/form-data")) {
            throw new InvalidQueryException("send the file as multipart/form-data in a field named 'file'");
        }
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (IllegalStateException e) {
            throw new PayloadTooLarge(uploads.maxBytes(), declared);
        }
        if (file == null) {
            throw new InvalidQueryException("no field named 'file' in the upload");
        }
        Uploads.Added added;
        try (InputStream in = file.content()) {
            added = uploads.add(file.filename(), in);
        } catch (Uploads.TooLarge e) {
            throw new PayloadTooLarge(uploads.maxBytes(), file.size());
        }
        UploadResult result = new UploadResult(added.id(), added.outcome().value(), added.reason(), added.mediaType(),
                added.paragraphs(), added.indexed() ? "/doc/" + added.id() : null);
        ctx.status(added.indexed() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).json(result);
    }

    void remove(Context ctx) throws IOException {
        authorize(ctx);
        String id = ctx.pathParam("id");
        if (!DocumentIds.isValid(id)) {
            throw new InvalidQueryException("'" + id + "' is not a document id");
        }
        try {
            if (!access.uploads().remove(id)) {
                throw new NotFoundResponse("no document with id " + id);
            }
        } catch (Uploads.NotRemovable e) {
            ctx.status(HttpStatus.CONFLICT).json(new ApiError("conflict", e.getMessage()));
            return;
        }
        ctx.json(new Removed(id, true));
    }

    private void authorize(Context ctx) {
        if (!access.open()) {
            throw new ForbiddenResponse("the admin API is disabled: start the server with TRAVAUX_ADMIN_TOKEN set");
        }
        if (!access.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("send the admin token as 'Authorization: Bearer <token>'");
        }
    }

    /** 413 with the limit named. */
    static final class PayloadTooLarge extends io.javalin.http.HttpResponseException {
        private static final long serialVersionUID = 1L;

        PayloadTooLarge(long limit, long declared) {
            super(HttpStatus.CONTENT_TOO_LARGE.getCode(), "the upload (" + declared + " bytes) is larger than the limit of "
                    + limit + " bytes");
        }
    }
}
