package org.travaux.web;

/** The body of every error response: a short error kind and a detail that says what to change. */
public record ApiError(String error, String detail) {

    /** The error kind of an HTTP status. */
    static String nameOf(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 409 -> "conflict";
            case 413 -> "too large";
            case 422 -> "not a document";
            default -> status >= 500 ? "internal error" : "error";
        };
    }
}
