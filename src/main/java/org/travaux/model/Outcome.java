package org.travaux.model;

/** The one outcome every file of an ingest run ends with; the set is fixed so reports stay comparable. */
public enum Outcome {
    INDEXED("indexed"),
    UNCHANGED("unchanged"),
    DUPLICATE("duplicate"),
    EMPTY("empty"),
    ENCRYPTED("encrypted"),
    UNSUPPORTED("unsupported type"),
    CORRUPT("corrupt"),
    TIMEOUT("timeout"),
    TOO_LARGE("too large"),
    FAILED("failed");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The human label used in reports and summaries ("too large"). */
    public String label() {
        return label;
    }

    /** The stable machine value used in JSON and the index ("too_large"). */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@link #value()} back; names the bad value when it is not one of ours. */
    public static Outcome fromValue(String value) {
        for (Outcome o : values()) {
            if (o.value().equals(value)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + value + "'");
    }
}
