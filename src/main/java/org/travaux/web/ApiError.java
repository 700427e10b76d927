package org.travaux.web;

/** The body of every error response: a short error kind and a detail that says what to change. */
public record ApiError(String error, String detail) {
}
