package org.travaux.understand;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.travaux.model.DocumentSymbol;

/**
 * Finds a document's own symbol in its header (see {@link SymbolParser#fromHeader}). ODS headers print the symbol
 * alone on a line, or beside the masthead ("United Nations", the organ, "Distr.: General"); a symbol anywhere else
 * in the first paragraphs is a citation: in a title, in brackets, in a footnote ("* A/68/50." is the agenda).
 */
final class SymbolHeader {
    /** Header paragraphs are short; the first long one is body text, where only citations live. */
    private static final int BODY_LENGTH = 300;
    private static final int MAX_PARAGRAPHS = 25;
    /** The masthead words that may stand before the symbol on the same line. */
    private static final Pattern MASTHEAD = Pattern.compile("(?i)\\b(?:united\\s+nations|nations\\s+unies|naciones"
            + "\\s+unidas|general\\s+assembly|security\\s+council|economic\\s+and\\s+social\\s+council|distr\\.?\\s*:?"
            + "|general|generale|limited|restricted|unrestricted)\\b|(?-i:\\b[A-Z]{1,3}\\b)|[\\s*:.]");
    /** What may follow the symbol: nothing, or the rest of the masthead. */
    private static final Pattern AFTER = Pattern.compile("(?i)^(?:united\\s+nations|nations\\s+unies|naciones"
            + "\\s+unidas|distr|general\\s+assembly|security\\s+council|economic\\s+and\\s+social\\s+council"
            + "|\\d{1,2}\\s+\\p{L}+\\s+\\d{4})");
    /** Footnotes: "* A/68/50.", "** …", "1 See …", "¹ …". */
    private static final Pattern FOOTNOTE =
            Pattern.compile("^(?:\\*|\\d{1,2}\\s|[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079])");

    private SymbolHeader() {
    }

    static Optional<DocumentSymbol> symbol(List<String> paragraphs) {
        int limit = Math.min(paragraphs.size(), MAX_PARAGRAPHS);
        for (int i = 0; i < limit; i++) {
            String raw = paragraphs.get(i).replace('\u00A0', ' ').strip();
            if (raw.isEmpty() || FOOTNOTE.matcher(raw).find()) {
                continue;
            }
            String p = clean(raw);
            if (p.length() > BODY_LENGTH) {
                break;
            }
            for (SymbolScanner.Found f : SymbolScanner.find(p)) {
                String before = p.substring(0, f.start());
                String after = p.substring(f.end()).strip();
                boolean mastheadBefore = MASTHEAD.matcher(before).replaceAll("").isEmpty();
                boolean mastheadAfter = after.isEmpty() || AFTER.matcher(after).find() || p.contains("Distr");
                if (mastheadBefore && mastheadAfter) {
                    return Optional.of(jointWithNext(f, before, after, paragraphs, i + 1, limit));
                }
            }
        }
        return Optional.empty();
    }

    /** Old layouts print the two symbols of a joint document on two lines: "A/52/826" then "S/1998/222". */
    private static DocumentSymbol jointWithNext(SymbolScanner.Found found, String before, String after,
                                                List<String> paragraphs, int next, int limit) {
        if (!before.isBlank() || !after.isEmpty() || found.symbol().canonical().contains("-")) {
            return found.symbol();
        }
        for (int j = next; j < limit; j++) {
            String p = clean(paragraphs.get(j));
            if (p.isEmpty()) {
                continue;
            }
            List<SymbolScanner.Found> onNext = SymbolScanner.find(p);
            boolean alone = onNext.size() == 1 && onNext.get(0).start() == 0
                    && p.substring(onNext.get(0).end()).isBlank();
            String first = SymbolParser.components(found.symbol()).get(0);
            if (alone && !series(first).equals(series(onNext.get(0).symbol().canonical()))) {
                return SymbolParser.parse(found.symbol().canonical() + "-" + onNext.get(0).symbol().canonical())
                        .orElse(found.symbol());
            }
            return found.symbol();
        }
        return found.symbol();
    }

    private static String series(String canonical) {
        return canonical.substring(0, canonical.indexOf('/'));
    }

    private static String clean(String paragraph) {
        // "A/79/843*-S/2025/201*", "DP/2025/1*": the asterisk marks a reissue, not part of the symbol.
        return paragraph.replace('\u00A0', ' ').replace("*", "").strip();
    }
}
