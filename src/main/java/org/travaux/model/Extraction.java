package org.travaux.model;

import java.util.Objects;

/** What extracting one file gave: its text, or the outcome that explains why there is none. */
public sealed interface Extraction {

    /** Text was extracted. {@code note} says what the reader should know (e.g. truncation), or is empty. */
    record Success(ExtractedText text, String note) implements Extraction {
        public Success {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(note, "note");
        }
    }

    /** No text: {@code outcome} is never INDEXED, UNCHANGED or DUPLICATE, {@code reason} is for humans. */
    record Failure(Outcome outcome, String reason, String mediaType) implements Extraction {
        public Failure {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
            if (outcome == Outcome.INDEXED || outcome == Outcome.UNCHANGED || outcome == Outcome.DUPLICATE) {
                throw new IllegalArgumentException("an extraction cannot fail with outcome " + outcome);
            }
        }
    }
}
