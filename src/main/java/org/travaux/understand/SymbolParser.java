package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.model.DocumentSymbol;

/**
 * Recognises, validates and normalises UN document symbols however they are typed, named or printed.
 *
 * <p>Stateless: every method is a static pure function. Canonical form: series and body letters in upper case
 * ({@code A/RES/73/195}, {@code E/CN.9/2006/5}); the standard abbreviations in their printed case ({@code Add.},
 * {@code Rev.}, {@code Corr.}, {@code Amend.}, {@code Misc.}, {@code Res.}, {@code Dec.}, {@code Agenda}); one space
 * before a parenthesised year, roman session, section, part or volume ({@code S/RES/2782 (2025)},
 * {@code A/RES/217 (III)}, {@code A/81/6 (Sect. 10)}, {@code A/73/12 (Part II)}) and before the part letter of a
 * resolution ({@code A/RES/48/218 B}); the parts of a joint symbol joined by a hyphen ({@code A/79/992-S/2025/503}).
 * A symbol must open with a series known to {@code forums.tsv} and contain a digit, so dates (12/2005), fractions,
 * "and/or" and country codes (AFG_55_2000) are rejected.
 */
public final class SymbolParser {
    // The regexes of String.replaceAll and String.matches, compiled once: symbols are parsed for every mention.
    private static final Pattern ANY_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\s]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SLASH_SPACES = Pattern.compile("\\s*/\\s*");
    private static final Pattern DOT_SPACE = Pattern.compile("\\.\\s+(?=\\d)");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern ENDS_WITH_DOT_OR_HYPHEN = Pattern.compile(".*[.\\-]$");
    private static final Pattern AFTER_NUMBER = Pattern.compile("(?s).*\\d(?: ?[A-H])?\\s*");
    private static final Pattern PART_LETTERS = Pattern.compile(" ?[A-H](?:-[A-H])?");
    private static final Pattern URLISH = Pattern.compile("://|^www\\.|@|/$|^/");
    /** A joint symbol's parts: a hyphen followed by another series and a slash ("…/992-S/2025/503"). */
    private static final Pattern JOINT = Pattern.compile("\\s*-\\s*(?=[A-Z]+[A-Z0-9.()]*\\s*/)");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\(\\s*(\\d{4}|[IVXLC]+|SECT\\.?\\s*(\\d+[A-Z]?)"
            + "|PART\\s*([IVX]+|\\d+)|VOL\\.?\\s*([IVX]+|\\d+))\\s*\\)");
    /** Resolutions in parts: "A/RES/48/218 B", "A/RES/61/267B", "A/RES/71/101 A-B". */
    private static final Pattern PART_LETTER =
            Pattern.compile("^([AE]/RES/(?:[A-Z]+-)?\\d+/\\d+)\\s?([A-H](?:-[A-H])?)$");
    private static final Pattern FIRST_SEGMENT = Pattern.compile("([A-Z]+)(?:[.(][A-Z0-9.()]*)?");
    private static final Pattern SEGMENT = Pattern.compile(
            "[A-Z0-9][A-Z0-9.()\\-]*(?: [A-H](?:-[A-H])?)?(?: \\([A-Za-z0-9. ]+\\))?(?: [A-H](?:-[A-H])?)?");
    private static final Pattern ABBREVIATION = Pattern.compile("^(ADD|REV|CORR|AMEND|MISC|RES|DEC|SUMMARY)\\.(.*)$");

    private SymbolParser() {
    }

    /** The canonical symbol of a typed or printed symbol, or empty when the text is not one. */
    public static Optional<DocumentSymbol> parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 200) {
            return Optional.empty();
        }
        String s = DASHES.matcher(ANY_SPACES.matcher(typed).replaceAll(" ")).replaceAll("-").replace("*", "").strip();
        s = trimPunctuation(s);
        if (s.isEmpty() || URLISH.matcher(s).find()) {
            return Optional.empty();
        }
        s = s.toUpperCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (String part : JOINT.split(s)) {
            Optional<String> canonical = canonicalPart(part);
            if (canonical.isEmpty()) {
                return Optional.empty();
            }
            parts.add(canonical.get());
        }
        return Optional.of(new DocumentSymbol(String.join("-", parts)));
    }

    /** The folded form for exact lookup: upper case, no white space ({@code S/RES/2782(2025)}); as index.SymbolKeys. */
    public static String key(DocumentSymbol symbol) {
        return WHITE_SPACE.matcher(symbol.canonical().toUpperCase(Locale.ROOT)).replaceAll("");
    }

    /** The symbols a joint symbol is made of, in order ({@code A/79/992-S/2025/503} → both); one for the others. */
    public static List<String> components(DocumentSymbol symbol) {
        return List.of(JOINT.split(symbol.canonical()));
    }

    /**
     * Whether two symbols name the same document: the same key, or one is a part of the other's joint symbol (a file
     * named {@code A_79_716.en.pdf} whose header prints {@code A/79/716-S/2025/18} agrees with it).
     */
    public static boolean sameDocument(DocumentSymbol a, DocumentSymbol b) {
        List<String> partsA = components(a).stream().map(c -> key(new DocumentSymbol(c))).toList();
        List<String> partsB = components(b).stream().map(c -> key(new DocumentSymbol(c))).toList();
        return key(a).equals(key(b)) || partsA.containsAll(partsB) || partsB.containsAll(partsA);
    }

    /**
     * The symbol a corpus file is named after, '/' written '_': {@code A_RES_73_195.html},
     * {@code E_CN.9_2025_6.en.pdf}, {@code A_79_992, S_2025_503.en.pdf}, {@code A_81_6 (SECT. 10).docx},
     * {@code S_RES_2196..2015..en.txt} (the parallel corpus writes brackets and spaces as dots). Empty for names
     * that are not symbols ({@code AFG_55_2000.txt}, {@code ***.en.pdf}, the seeds).
     */
    public static Optional<DocumentSymbol> fromFileName(String fileName) {
        return SymbolFileNames.symbol(fileName);
    }

    /** The language code of a file name's language suffix ({@code .en.pdf} → "en"), for the six UN languages. */
    public static Optional<String> languageFromFileName(String fileName) {
        return SymbolFileNames.language(fileName);
    }

    /**
     * The document's own symbol as printed in its header ("E/CN.9/2006/5", "United Nations A/79/972 …",
     * "A/79/716-S/2025/18", "Distr. GENERAL A/48/653"), never a symbol cited in the body, a footnote or a
     * bracket ("[without reference to a Main Committee (A/73/L.66)]", "* A/68/50."). Empty when the header has none.
     */
    public static Optional<DocumentSymbol> fromHeader(List<String> firstParagraphs) {
        return SymbolHeader.symbol(firstParagraphs);
    }

    private static Optional<String> canonicalPart(String raw) {
        String s = DOT_SPACE.matcher(SLASH_SPACES.matcher(raw.strip()).replaceAll("/")).replaceAll(".");
        s = qualifiers(s);
        if (s == null) {
            return Optional.empty();
        }
        Matcher part = PART_LETTER.matcher(s);
        if (part.matches()) {
            s = part.group(1) + " " + part.group(2);
        }
        String[] segments = s.split("/", -1);
        if (segments.length < 2 || segments.length > 12 || !HAS_DIGIT.matcher(s).matches()) {
            return Optional.empty();
        }
        Matcher first = FIRST_SEGMENT.matcher(segments[0]);
        if (!first.matches() || !series().contains(first.group(1))) {
            return Optional.empty();
        }
        for (int i = 1; i < segments.length; i++) {
            String seg = segments[i];
            if (seg.length() > 40 || !SEGMENT.matcher(seg).matches() || ENDS_WITH_DOT_OR_HYPHEN.matcher(seg).matches()
                    || unbalanced(seg)) {
                return Optional.empty();
            }
            segments[i] = abbreviation(seg);
        }
        return Optional.of(String.join("/", segments));
    }

    /** "(2025)", "(III)", "(SECT. 10)", "(PART II)" → " (2025)", " (III)", " (Sect. 10)", " (Part II)". */
    private static String qualifiers(String s) {
        Matcher m = QUALIFIER.matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String before = s.substring(0, m.start());
            boolean numbered = m.group(2) != null || m.group(3) != null || m.group(4) != null;
            // A year or roman session qualifies a number ("2782 (2025)", "217 (III)", "2480 B (XXIII)"); after letters
            // it is part of the body's name: "ICCD/COP(8)/…", "A/CONF.224/PC(III)/1".
            if (!numbered && !AFTER_NUMBER.matcher(before).matches()) {
                continue;
            }
            String after = s.substring(m.end());
            if (!(after.isEmpty() || after.startsWith("/") || PART_LETTERS.matcher(after).matches())) {
                continue;
            }
            String q = m.group(2) != null ? "Sect. " + m.group(2)
                    : m.group(3) != null ? "Part " + m.group(3)
                    : m.group(4) != null ? "Vol. " + m.group(4) : m.group(1);
            out.append(s, last, m.start()).append(" (").append(q).append(')');
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    private static String abbreviation(String segment) {
        if (segment.equals("AGENDA")) {
            return "Agenda";
        }
        Matcher m = ABBREVIATION.matcher(segment);
        if (!m.matches()) {
            return segment;
        }
        String word = m.group(1);
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) + "." + m.group(2);
    }

    private static boolean unbalanced(String segment) {
        int depth = 0;
        for (char c : segment.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return true;
            }
        }
        return depth != 0;
    }

    /** Trailing sentence punctuation and an unmatched closing bracket are not part of a symbol. */
    static String trimPunctuation(String s) {
        String out = s;
        while (!out.isEmpty()) {
            char c = out.charAt(out.length() - 1);
            boolean strayBracket = c == ')' && out.chars().filter(ch -> ch == '(').count()
                    < out.chars().filter(ch -> ch == ')').count();
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '-' || strayBracket) {
                out = out.substring(0, out.length() - 1).stripTrailing();
            } else {
                break;
            }
        }
        if (out.startsWith("(") && out.endsWith(")") && out.indexOf(')') == out.length() - 1) {
            out = out.substring(1, out.length() - 1);
        }
        return out;
    }

    private static Set<String> series() {
        return Forums.standard().series();
    }
}
