package org.travaux.model;

import java.util.Objects;

/**
 * Something an operative paragraph asks to be done later — a report, a review, a meeting, a study — and when it is
 * due where the paragraph says so. The follow-up timeline sets these beside the documents that answered them.
 *
 * @param kind    {@code report}, {@code review}, {@code meeting} or {@code study}
 * @param due     the due phrase as printed ("at its seventy-fifth session", "by the end of February 2016"), or null
 * @param session the session it is due at (75), or null when not stated as a numbered session
 * @param year    the year it is due in (2016, or the year of "its 2025 session"), or null
 */
public record FollowUpRequest(String kind, String due, Integer session, Integer year) {
    public FollowUpRequest {
        Objects.requireNonNull(kind, "kind");
        if (kind.isBlank()) {
            throw new IllegalArgumentException("a follow-up request needs a kind");
        }
    }
}
