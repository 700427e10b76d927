package org.travaux.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors — requests it rejects before any route runs (a malformed request line, a bad percent-escape,
 * a URI over the size limit) — answered like every other API error: {@code {"error", "detail"}} as JSON, no HTML,
 * no stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return body(status, reason);
    }

    private static ByteBuffer body(int code, String message) {
        String error = ApiError.nameOf(code);
        String detail = code >= 500 ? "the server could not answer; see its log"
                : message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        return ByteBuffer.wrap(Json.write(new ApiError(error, detail)).getBytes(StandardCharsets.UTF_8));
    }
}
