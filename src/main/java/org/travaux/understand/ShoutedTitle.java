package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Titles printed in capitals, as old headers and briefs print them, and the case the body writes their words in. */
final class ShoutedTitle {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*");

    private ShoutedTitle() {
    }

    /** Mostly capitals: old headers and briefs print titles so, broken over lines at any word. */
    static boolean isShouting(CharSequence s) {
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 8 && s.chars().filter(Character::isUpperCase).count() * 10 >= letters * 8;
    }

    /**
     * An all-capitals title ("REPORT OF THE POPULATION DIVISION OF ECLAC AND CELADE …") in the case the body writes
     * it: the longest runs of its words found in the body keep the body's case ("Declaration on the Granting of
     * Independence to Colonial Countries and Peoples"); a word found alone stays in capitals only if the body writes it
     * so (an acronym), else goes to lower case.
     */
    static String inBodyCase(String title, List<String> ps) {
        if (!isShouting(title)) {
            return title;
        }
        StringBuilder b = new StringBuilder(" ");
        ps.stream().limit(80).filter(p -> !isShouting(p)).forEach(p -> b.append(p.replaceAll("\\s+", " ")).append(" | "));
        String body = b.toString();
        String lower = body.toLowerCase(Locale.ROOT);
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(title);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        StringBuilder out = new StringBuilder(title.toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.size(); ) {
            int len = Math.min(12, words.size() - i);
            for (; len >= 1; len--) {
                String phrase = title.substring(words.get(i)[0], words.get(i + len - 1)[1]).toLowerCase(Locale.ROOT);
                int at = indexOfWords(lower, phrase);
                String found = at < 0 ? null : body.substring(at, at + phrase.length());
                if (found != null && (len > 1 || found.equals(found.toUpperCase(Locale.ROOT)) && found.length() > 1)) {
                    out.replace(words.get(i)[0], words.get(i + len - 1)[1], found);
                    break;
                }
            }
            i += Math.max(1, len);
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    private static int indexOfWords(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean endsWord = end >= text.length() || !Character.isLetter(text.charAt(end));
            if (!Character.isLetter(text.charAt(at - 1)) && endsWord) {
                return at;
            }
        }
        return -1;
    }
}
