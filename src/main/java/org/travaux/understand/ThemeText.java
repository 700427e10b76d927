package org.travaux.understand;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A paragraph prepared for theme matching: folded to one spelling per word, cut into word tokens, with the
 * scripts it uses. Vocabulary terms go through the same {@link #fold} so both sides always agree.
 */
final class ThemeText {
    /** The folded text; every offset below points into it. */
    final String text;
    /** The words (runs of letters, or of digits) and where each starts and ends. */
    final String[] tokens;
    final int[] starts;
    final int[] ends;
    /** joins[i]: token i may go on with a phrase ending at token i - 1 (spaces, dashes, apostrophes, commas between). */
    final boolean[] joins;
    final boolean latin;
    final boolean cyrillic;
    final boolean arabic;
    final boolean han;

    private ThemeText(String text) {
        this.text = text;
        int n = text.length();
        int[] s = new int[16];
        int[] e = new int[16];
        boolean[] j = new boolean[16];
        int count = 0;
        boolean la = false;
        boolean cy = false;
        boolean ar = false;
        boolean hn = false;
        int i = 0;
        int prevEnd = -1;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c < 128) {
                la |= c >= 'a' && c <= 'z';
            } else if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                la |= script == Character.UnicodeScript.LATIN;
                cy |= script == Character.UnicodeScript.CYRILLIC;
                ar |= script == Character.UnicodeScript.ARABIC;
                hn |= script == Character.UnicodeScript.HAN;
            }
        }
        while (i < n) {
            char c = text.charAt(i);
            int kind = kind(c);
            if (kind == 0) {
                i++;
                continue;
            }
            int start = i;
            // letters, digits and ideographs make separate tokens: a footnote number glued to a word ("migrants2")
            // or an acronym glued to Chinese ("UNHCR难民署") must not hide the word
            while (i < n && kind(text.charAt(i)) == kind) {
                i++;
            }
            if (count == s.length) {
                s = Arrays.copyOf(s, count * 2);
                e = Arrays.copyOf(e, count * 2);
                j = Arrays.copyOf(j, count * 2);
            }
            s[count] = start;
            e[count] = i;
            j[count] = prevEnd >= 0 && joinable(text, prevEnd, start);
            prevEnd = i;
            count++;
        }
        this.tokens = new String[count];
        for (int t = 0; t < count; t++) {
            tokens[t] = text.substring(s[t], e[t]);
        }
        this.starts = Arrays.copyOf(s, count);
        this.ends = Arrays.copyOf(e, count);
        this.joins = Arrays.copyOf(j, count);
        this.latin = la;
        this.cyrillic = cy;
        this.arabic = ar;
        this.han = hn;
    }

    static ThemeText of(String raw) {
        return new ThemeText(fold(raw));
    }

    /** The vocabulary languages whose script occurs in the text, in vocabulary language order. */
    Set<String> scriptLanguages() {
        Set<String> out = new LinkedHashSet<>();
        if (latin) {
            out.addAll(Set.of("en", "fr", "es"));
        }
        if (cyrillic) {
            out.add("ru");
        }
        if (arabic) {
            out.add("ar");
        }
        if (han) {
            out.add("zh");
        }
        return out;
    }

    /**
     * Lower case without accents or Arabic vowel marks, compatibility forms unfolded (full-width digits, ligatures),
     * Arabic letter variants merged as search engines do (alef forms, alef maqsura, ta marbuta, tatweel), Arabic-Indic
     * digits as ASCII, typographic apostrophes as ASCII. Accents go because UN texts and hand-typed terms disagree on
     * them (É/E in capitals, ё/е) far more often than accents tell two words apart.
     */
    static String fold(String raw) {
        // most paragraphs are plain ASCII, which decomposition leaves unchanged
        String d = raw.chars().allMatch(c -> c < 128) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640' || c == '\u00AD' || c == '\u200B') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u3000') {
                // one space for any run, so a substring term written with one space finds text laid out with several
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4' -> b.append('\'');
                case '\u0153' -> b.append("oe");
                case '\u00E6' -> b.append("ae");
                case '\u0152' -> b.append("oe");
                case '\u00C6' -> b.append("ae");
                case '\u0649' -> b.append('\u064A');
                case '\u0629' -> b.append('\u0647');
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        b.append((char) ('0' + c - '\u0660'));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        b.append((char) ('0' + c - '\u06F0'));
                    } else {
                        b.append(Character.toLowerCase(c));
                    }
                }
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** 1 letter, 2 digit, 3 ideograph, 0 anything else. */
    private static int kind(char c) {
        if (Character.isLetter(c)) {
            return Character.isIdeographic(c) ? 3 : 1;
        }
        return Character.isDigit(c) ? 2 : 0;
    }

    private static boolean joinable(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            boolean ok = Character.isWhitespace(c) || Character.getType(c) == Character.DASH_PUNCTUATION
                    || c == '\'' || c == ',' || c == '/' || c == '\u00A0';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
