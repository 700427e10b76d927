package org.travaux.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.travaux.understand.ParagraphNumber.Style;

/**
 * Nests the numbers of a document's paragraphs ("(a)" after paragraph 15 is "15 (a)", "(i)" under it "15 (a) (i)") and
 * gives every paragraph an id that is unique in the document and the same each time the same text is read.
 *
 * <p>Ids: a numbered paragraph's full number ("35", "15 (a)", "10.1"); a numbered heading's label ("II", "II.A",
 * "panel-IV", "article-5"); an annex "annex" or "annex-II", and everything numbered inside it takes that prefix
 * ("annex.17", "annex-II.3 (b)"), because annexes restart their numbering; a footnote "fn" + its marker ("fn12");
 * anything unnumbered "p" + its 1-based position ("p7"). An id met a second time gets "~2", "~3" … appended.
 */
final class ParagraphNumbers {

    /** One paragraph as the numbering sees it: its number (or null), whether it is a heading, its footnote marker. */
    record Entry(ParagraphNumber number, boolean heading, String footnote) {
    }

    /**
     * What the numbering gives one paragraph.
     *
     * @param path    the full number, "15 (a) (i)", or null when unnumbered
     * @param id      the unique id
     * @param depth   0 unnumbered or heading, 1 a paragraph, 2 a sub-paragraph "(a)", 3 "(i)", 4 "(1)"
     * @param inAnnex the paragraph stands inside an annex
     */
    record Assigned(String path, String id, int depth, boolean inAnnex) {
    }

    private final List<Entry> entries;
    private final Set<String> used = new HashSet<>();
    private String arabic;
    private String letter;
    private String roman;
    private String romanHeading;
    private String capitalHeading;
    private String annex;
    private int annexes;

    private ParagraphNumbers(List<Entry> entries) {
        this.entries = entries;
    }

    static List<Assigned> assign(List<Entry> entries) {
        ParagraphNumbers numbers = new ParagraphNumbers(entries);
        List<Assigned> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            out.add(numbers.next(i));
        }
        return out;
    }

    private Assigned next(int i) {
        Entry e = entries.get(i);
        ParagraphNumber n = e.number();
        if (e.footnote() != null) {
            return new Assigned(null, unique("fn" + e.footnote()), 0, false);
        }
        if (n == null || n.style() == Style.ANNEX && !e.heading() || n.style() == Style.SECTION && !e.heading()) {
            return new Assigned(null, unique("p" + (i + 1)), 0, annex != null);
        }
        if (e.heading()) {
            String id = heading(n);
            if (id != null) {
                return new Assigned(null, unique(id), 0, annex != null);
            }
        }
        String path = switch (n.style()) {
            case ARABIC, DECIMAL, ROMAN, CAPITAL -> {
                arabic = n.label();
                letter = null;
                roman = null;
                yield n.label();
            }
            case PAREN, DOTTED, HALF_PAREN -> paren(n, i);
            default -> join(arabic, letter == null ? null : "(" + letter + ")", roman == null ? null : "(" + roman + ")",
                    "(" + n.label() + ")");
        };
        int depth = n.style() == Style.PAREN_ARABIC ? 4 : !n.lettered() ? 1 : roman != null ? 3 : 2;
        return new Assigned(path, unique(prefix() + path), depth, annex != null);
    }

    /** The id of a numbered heading, or null when the heading's number is a paragraph number ("2. Activities"). */
    private String heading(ParagraphNumber n) {
        Style style = n.style();
        if (style == Style.ROMAN && n.label().length() == 1 && capitalHeading != null
                && n.label().charAt(0) == capitalHeading.charAt(0) + 1) {
            style = Style.CAPITAL;  // "H. …" then "I. …": a letter, not roman one
        }
        String id;
        switch (style) {
            case ANNEX -> {
                annexes++;
                annex = n.label() != null ? "annex-" + n.label() : annexes > 1 ? "annex-" + annexes : "annex";
                romanHeading = null;
                capitalHeading = null;
                id = annex;
            }
            case ROMAN -> {
                romanHeading = n.label();
                capitalHeading = null;
                id = prefix() + n.label();
            }
            case CAPITAL -> {
                capitalHeading = n.label();
                id = prefix() + (romanHeading == null ? "" : romanHeading + ".") + n.label();
            }
            case SECTION -> id = prefix() + n.word().toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + n.label();
            default -> {
                return null;
            }
        }
        arabic = null;
        letter = null;
        roman = null;
        return id;
    }

    /** "(a)" or "(i)": a letter or a roman number, decided by the numbers before and after it. */
    private String paren(ParagraphNumber n, int i) {
        if (n.parent() != null) {
            arabic = n.parent();
            letter = null;
            roman = null;
        }
        String label = n.label();
        if (isLetter(label, i)) {
            letter = label;
            roman = null;
            return join(arabic, "(" + label + ")");
        }
        roman = label;
        return join(arabic, letter == null ? null : "(" + letter + ")", "(" + label + ")");
    }

    private boolean isLetter(String label, int i) {
        boolean letterNext = letter != null && successor(letter).equals(label);
        if (letterNext && label.length() == 2) {
            return true;  // "(hh)" then "(ii)"
        }
        if (!ParagraphNumber.isRoman(label) || label.length() == 1 && "ivx".indexOf(label.charAt(0)) < 0) {
            return true;
        }
        if (label.length() > 1) {
            return false;
        }
        boolean romanNext = roman != null
                && ParagraphNumber.romanValue(label) == ParagraphNumber.romanValue(roman) + 1;
        String after = nextParen(i);
        if (letterNext && romanNext) {
            return successor(label).equals(after);  // "(u) … (iv)" then "(v)": "(w)" next makes it a letter
        }
        if (letterNext) {
            return !(label.equals("i") && "ii".equals(after));  // "(h)" then "(i)": roman only if "(ii)" follows
        }
        return !romanNext && !label.equals("i");
    }

    /** The next "(x)" label before the next paragraph number or heading, or null. */
    private String nextParen(int i) {
        for (int j = i + 1; j < entries.size(); j++) {
            Entry e = entries.get(j);
            if (e.heading() || e.footnote() != null) {
                return null;
            }
            if (e.number() != null) {
                return e.number().lettered() && e.number().parent() == null ? e.number().label() : null;
            }
        }
        return null;
    }

    /** "a" → "b", "z" → "aa", "aa" → "bb". */
    private static String successor(String letter) {
        char c = letter.charAt(0);
        if (c == 'z') {
            return "aa";
        }
        return String.valueOf((char) (c + 1)).repeat(letter.length());
    }

    private String prefix() {
        return annex == null ? "" : annex + ".";
    }

    private static String join(String... parts) {
        StringJoiner j = new StringJoiner(" ");
        for (String p : parts) {
            if (p != null) {
                j.add(p);
            }
        }
        return j.toString();
    }

    private String unique(String id) {
        String candidate = id;
        for (int k = 2; !used.add(candidate); k++) {
            candidate = id + "~" + k;
        }
        return candidate;
    }
}
