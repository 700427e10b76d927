package org.travaux.index;

import java.util.Locale;

/**
 * The folded form of a document symbol used for exact lookup: upper case, no spaces, so
 * {@code a/res/73/195}, {@code A/RES/73/195} and {@code S/RES/2782(2025)} vs {@code S/RES/2782 (2025)} meet.
 */
public final class SymbolKeys {
    private SymbolKeys() {
    }

    public static String of(String symbol) {
        return symbol.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
