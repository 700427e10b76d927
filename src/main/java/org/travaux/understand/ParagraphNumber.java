package org.travaux.understand;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The number printed at the start of a paragraph ("35.", "1.\tDecides", "(a)", "(iv)", "18 (a)", "10.1", "II.", "A.",
 * "Annex I", "Panel IV."), read from the paragraph's text.
 *
 * @param style  how the number is written, which says where it nests
 * @param label  the number without its punctuation: "35", "a", "iv", "II", "A", "I" for "Annex I" (null for "Annex"),
 *               "IV" for "Panel IV"
 * @param parent the parent's number printed with a sub-paragraph ("18" in "18 (a)"), else null
 * @param word   the word before a section or annex number ("Panel", "Annex"), else null
 * @param end    where the paragraph's own text starts, after the number and the space that follows it
 */
public record ParagraphNumber(Style style, String label, String parent, String word, int end) {

    /**
     * How a number is written. {@code PAREN} is "(a)" or "(i)", {@code DOTTED} "a." or "iv.", {@code HALF_PAREN} "a)":
     * letter or roman is decided by the numbers around it, and all three nest alike.
     */
    public enum Style { ARABIC, DECIMAL, PAREN, DOTTED, HALF_PAREN, PAREN_ARABIC, ROMAN, CAPITAL, ANNEX, SECTION }

    private static final Pattern ARABIC = Pattern.compile("(\\d{1,3})\\.(?=\\s|$)\\s*");
    /** "10.1 The programme": budget sections; a capital must follow so that "1.5 million people" is not a number. */
    private static final Pattern DECIMAL = Pattern.compile(
            "(\\d{1,2}\\.(?:\\d{1,3}|[a-z])(?:\\.\\d{1,3}){0,2})\\.?\\s+(?=[\\p{Lu}“\"(])");
    /** "b. improve compliance", "ix. A Joint Commission": lettered items of Security Council annexes. */
    private static final Pattern DOTTED = Pattern.compile("([a-z]|[ivx]{2,5})\\.\\s+(?=[\\p{L}“\"(])");
    private static final Pattern HALF_PAREN = Pattern.compile("([a-z]{1,2}|[ivx]{1,5})\\)\\s+(?=\\S)");
    private static final Pattern PARENT_PAREN = Pattern.compile("(\\d{1,3})\\s?\\(([a-z]{1,2}|[ivxl]{1,6})\\)(?=\\s|$)\\s*");
    private static final Pattern PAREN = Pattern.compile("\\(([a-z]{1,2}|[ivxl]{1,6})\\)(?=\\s|$)\\s*");
    private static final Pattern PAREN_ARABIC = Pattern.compile("\\((\\d{1,2})\\)(?=\\s|$)\\s*");
    private static final Pattern ROMAN = Pattern.compile("([IVXL]{1,6})(?:\\.(?=\\s|$)\\s*|$)");
    private static final Pattern CAPITAL = Pattern.compile("([A-Z])\\.\\s+(?=[\\p{Lu}“\"])");
    /** Arabic texts number their chapters in words: "أولا - مقدمة" is chapter I, "ثانيا - التوصيات" chapter II. */
    private static final List<String> ARABIC_ORDINALS = List.of("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا",
            "سابعا", "ثامنا", "تاسعا", "عاشرا");
    private static final Pattern ARABIC_ORDINAL = Pattern.compile("(" + String.join("|", ARABIC_ORDINALS)
            + ")\u064B?\\s*[-–—:]\\s*(?=\\p{L})");
    private static final String[] ROMANS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final Pattern ANNEX = Pattern.compile("(" + alternatives("annex") + ")"
            + "(?:\\s+([IVXL]{1,6}|\\d{1,2}|[A-Z])(?![\\p{L}\\d]))?(?![\\p{L}\\d])[.:]?\\s*");
    private static final Pattern SECTION = Pattern.compile("(" + alternatives("section") + ")"
            + "\\s+([IVXL]{1,6}|\\d{1,3}|[A-Z])(?:[.:]\\s*|\\s*[–—-]\\s*|\\t\\s*|$)");
    private static final Pattern ROMAN_VALUE = Pattern.compile("(?i)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");

    /** The number that opens {@code text}, if any. */
    public static Optional<ParagraphNumber> parse(String text) {
        String t = text.stripLeading();
        int lead = text.length() - t.length();
        Matcher m;
        if ((m = ARABIC.matcher(t)).lookingAt()) {
            return found(Style.ARABIC, m.group(1), null, null, lead + m.end());
        }
        if ((m = PARENT_PAREN.matcher(t)).lookingAt()) {
            return found(Style.PAREN, m.group(2), m.group(1), null, lead + m.end());
        }
        if ((m = DECIMAL.matcher(t)).lookingAt()) {
            return found(Style.DECIMAL, m.group(1), null, null, lead + m.end());
        }
        if ((m = PAREN.matcher(t)).lookingAt()) {
            return found(Style.PAREN, m.group(1), null, null, lead + m.end());
        }
        if ((m = DOTTED.matcher(t)).lookingAt()) {
            return found(Style.DOTTED, m.group(1), null, null, lead + m.end());
        }
        if ((m = HALF_PAREN.matcher(t)).lookingAt()) {
            return found(Style.HALF_PAREN, m.group(1), null, null, lead + m.end());
        }
        if ((m = PAREN_ARABIC.matcher(t)).lookingAt()) {
            return found(Style.PAREN_ARABIC, m.group(1), null, null, lead + m.end());
        }
        if ((m = ROMAN.matcher(t)).lookingAt() && isRoman(m.group(1))) {
            return found(Style.ROMAN, m.group(1), null, null, lead + m.end());
        }
        if ((m = CAPITAL.matcher(t)).lookingAt()) {
            return found(Style.CAPITAL, m.group(1), null, null, lead + m.end());
        }
        if (!t.isEmpty() && t.charAt(0) >= '\u0600' && (m = ARABIC_ORDINAL.matcher(t)).lookingAt()) {
            return found(Style.ROMAN, ROMANS[ARABIC_ORDINALS.indexOf(m.group(1))], null, null, lead + m.end());
        }
        if ((m = ANNEX.matcher(t)).lookingAt()) {
            return found(Style.ANNEX, m.group(2), null, m.group(1), lead + m.end());
        }
        if ((m = SECTION.matcher(t)).lookingAt()) {
            return found(Style.SECTION, m.group(2), null, m.group(1), lead + m.end());
        }
        return Optional.empty();
    }

    /** The number as printed, without its punctuation: "35", "(a)", "18 (a)", "II", "Annex I", "Panel IV". */
    public String printed() {
        return switch (style) {
            case PAREN -> parent == null ? "(" + label + ")" : parent + " (" + label + ")";
            case DOTTED -> label + ".";
            case HALF_PAREN -> label + ")";
            case PAREN_ARABIC -> "(" + label + ")";
            case ANNEX, SECTION -> label == null ? word : word + " " + label;
            default -> label;
        };
    }

    /** Roman numbers that are also letters ("(i)", "(v)", "(x)") need the numbers around them to be read. */
    public boolean ambiguous() {
        return lettered() && label.length() == 1 && "ivx".contains(label);
    }

    /** "(a)", "a." and "a)" are the same level of a list, whichever way they are printed. */
    public boolean lettered() {
        return style == Style.PAREN || style == Style.DOTTED || style == Style.HALF_PAREN;
    }

    /** A numeral made of roman digits in a valid order ("iv", "XII"; not "IIII", "VX"). */
    static boolean isRoman(String s) {
        return !s.isEmpty() && ROMAN_VALUE.matcher(s).matches();
    }

    /** The value of a roman numeral, which must be valid. */
    static int romanValue(String s) {
        String r = s.toLowerCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = digit(r.charAt(i));
            total += i + 1 < r.length() && v < digit(r.charAt(i + 1)) ? -v : v;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            case 'l' -> 50;
            case 'c' -> 100;
            case 'd' -> 500;
            default -> 1000;
        };
    }

    private static Optional<ParagraphNumber> found(Style style, String label, String parent, String word, int end) {
        return Optional.of(new ParagraphNumber(style, label, parent, word, end));
    }

    /** The words of a role in layout-words.tsv as a regex alternation, longest first so "Round table" beats "Round". */
    private static String alternatives(String role) {
        List<String> words = LayoutWords.of(role);
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
