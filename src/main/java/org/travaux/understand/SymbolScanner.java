package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.model.DocumentSymbol;

/** Finds the symbols written out in a text ("(A/73/L.66)", "S/RES/2782 (2025)", "A/79/716-S/2025/18"). */
final class SymbolScanner {
    /** A symbol found at [start, end) of a text. */
    record Found(int start, int end, DocumentSymbol symbol) {
    }

    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9.()\\-]*";
    private static final String QUALIFIER = "(?:\\s?\\((?:\\d{4}|[IVXLC]+|[Ss][Ee][Cc][Tt]\\.?\\s?\\d+[A-Za-z]?"
            + "|[Pp][Aa][Rr][Tt]\\s[IVX\\d]+|[Vv][Oo][Ll]\\.\\s?[IVX\\d]+)\\))";
    private static final String ONE = "[A-Z][A-Za-z]*(?:[.(][A-Za-z0-9.()]*)?(?:/" + SEGMENT + ")+" + QUALIFIER + "?";
    /** Not inside a word, a path or a URL ("www.un.org/A/RES/…"); joint parts may be spaced ("A/79/716 - S/…"). */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.\\-])" + ONE + "(?:\\s?[-\\u2013\\u2014]\\s?" + ONE + ")*");

    /** {@link #CANDIDATE} tried only where a symbol can start: at a capital letter. */
    static final Scanning.Scan CANDIDATE_SCAN = Scanning.Scan.at(CANDIDATE, Scanning.where(c -> c >= 'A' && c <= 'Z'));

    private SymbolScanner() {
    }

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (text.indexOf('/') < 0) {
            return out;  // every symbol has a slash: most paragraphs have none, and the pattern is slow to fail
        }
        Matcher m = CANDIDATE_SCAN.matcher(text);
        for (int from = 0; CANDIDATE_SCAN.find(m, text, from); from = m.end()) {
            String candidate = SymbolParser.trimPunctuation(m.group());
            Optional<DocumentSymbol> symbol = SymbolParser.parse(candidate);
            if (symbol.isPresent()) {
                out.add(new Found(m.start(), m.start() + candidate.length(), symbol.get()));
            }
        }
        return out;
    }
}
