package org.travaux.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lookup keys of a document symbol, so a symbol is found however it is typed: {@code A/RES/73/195},
 * {@code a/res/73/195}, {@code resolution 73/195} and {@code 73/195} all meet the key of A/RES/73/195, and
 * {@code S/RES/2782 (2025)}, {@code S/RES/2782(2025)} and {@code resolution 2782 (2025)} meet S/RES/2782 (2025).
 * Keys are upper case without spaces; the index holds all keys of a symbol, a query looks up one.
 */
public final class SymbolKeys {
    /** "…/RES/73/195", "…/RES/2782 (2025)", "…/RES/217 (III)", "…/DEC/2005/213": the number a text cites. */
    private static final Pattern NUMBERED = Pattern.compile("/(RES|DEC)/(.+)$");
    private static final Pattern WORDS = Pattern.compile("^(RESOLUTION|RESOLUTIONS|RES\\.?|DECISION|DECISIONS|DEC\\.?)");

    private SymbolKeys() {
    }

    /** The folded form of a symbol as typed or printed. */
    public static String of(String symbol) {
        return symbol.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** Every key under which a canonical symbol is found. */
    public static Set<String> keysOf(String canonical) {
        Set<String> keys = new LinkedHashSet<>();
        String full = of(canonical);
        keys.add(full);
        Matcher m = NUMBERED.matcher(full);
        if (m.find()) {
            keys.add(m.group(2));                 // 73/195, 2782(2025), 2005/213
        }
        return keys;
    }

    /**
     * The key a query looks up, when the whole query reads as a symbol or a cited resolution ("resolution 73/195");
     * empty when it does not look like one (it must contain a '/' or a parenthesised year with digits).
     */
    public static List<String> queryKeys(String query) {
        String folded = of(query.strip()).replace("\"", "");
        folded = WORDS.matcher(folded).replaceFirst("");
        if (folded.isEmpty() || !folded.matches(".*\\d.*") || !(folded.contains("/") || folded.matches("\\d+\\(\\d{4}\\)"))) {
            return List.of();
        }
        if (!folded.matches("[A-Z0-9/.()\\-]+")) {
            return List.of();
        }
        return List.of(folded);
    }
}
