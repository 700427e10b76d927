package org.travaux.model;

/** What a block of extracted text was in the source's structure. */
public enum BlockKind {
    HEADING, PARAGRAPH, LIST_ITEM, TABLE_CELL;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static BlockKind fromValue(String value) {
        for (BlockKind k : values()) {
            if (k.value().equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown block kind '" + value + "'");
    }
}
