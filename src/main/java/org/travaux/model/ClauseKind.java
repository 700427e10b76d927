package org.travaux.model;

/** The role of a paragraph in a resolution-style text; everything else is narrative. */
public enum ClauseKind {
    PREAMBULAR, OPERATIVE, NARRATIVE;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ClauseKind fromValue(String value) {
        for (ClauseKind k : values()) {
            if (k.value().equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown clause kind '" + value + "'");
    }
}
