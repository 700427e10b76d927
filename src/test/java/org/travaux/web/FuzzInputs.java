package org.travaux.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** The hostile and random inputs of {@link QueryFuzzIT}: fixed lists plus generators driven by a seeded random. */
final class FuzzInputs {
    private FuzzInputs() {
    }

    /** Queries worth trying one by one: syntax errors, limits, fields, scripts, control characters. */
    static List<String> hostileQueries() {
        List<String> q = new ArrayList<>(List.of(
                // quotes and brackets
                "\"unbalanced", "unbalanced\"", "\"", "\"\"", "\"\"\"", "\" \"", "(a OR b", "a OR b)", "((((", "))))",
                ")(", "()", "(())", "( )", "[", "]", "{", "}", "[a TO", "{a TO b]", "[a TO b}", "[TO]", "[ TO ]",
                "a:(b", "(\"a)\"", "\"(\"", "alpha (bravo", "alpha) (bravo",
                // wildcards, fuzzy, boosts, escapes, regex
                "*a*", "a*", "*", "**", "*:*", "*:a", "a:*", "?", "??", "a?", "?a", "a*b?c", "al*", "a* OR b* OR c*",
                "~", "a~", "a~2", "a~10", "a~0.5", "a~-1", "\"a b\"~", "\"a b\"~5", "\"a b\"~99999999999", "\"a b\"~-3",
                "^", "a^", "a^2", "a^-1", "a^0", "a^1e40", "a^99999999999999999999", "a^NaN", "a^Infinity",
                "\"alpha\"^1e38 bravo^1e38", "\\", "a\\", "\\\\", "\\a", "\\\"", "a\\ b", "\\u0041", "\\(",
                "/regex/", "/.*/", "/a/", "a/b", "//", "/", "/[a-z]+/", "/(a|b)*c/",
                // fields, known and unknown
                "foo:", "foo:bar", ":", "::", ":a", "a:", "a:b:c", "text:", "text:alpha", "title:", "title:alpha",
                "headings:part", "text_en:alpha", "text_zz:alpha", "id:x", "kind:document", "$facets:x",
                "symbol:", "symbol:A/RES/73/195", "symbol:\"A/RES/73/195\"", "symbol:*", "symbol:a*", "symbol:(a OR b)",
                "symbol:S/RES/2782 (2025)", "symbol:[A TO Z]", "A/RES/73/195", "a/res/73/195", "resolution 73/195",
                "73/195", "S/RES/2782 (2025)", "S/RES/2782(2025)", "resolution 2782 (2025)", "A/RES/73/195 OR bravo",
                "date:[2005 TO]", "date:[2005 TO 2010]", "date:[2010 TO 2005]", "date:[* TO *]", "date:[abc TO def]",
                "date:2013", "date:>2010", "date:[2005 TO 2010", "date:", "date:2013-05-01", "year:abc", "year:2013",
                "year:-1", "year:99999999999", "year:2013.5", "year:1e3", "year:[2000 TO 2010}", "year:>=2010",
                "year:[2010 TO *]", "year:*", "year:20*", "year:2013~", "year:\"2013\"", "year:(2013 OR 2014)",
                "forum:\"General Assembly\"", "forum:", "forum:*", "theme:migration", "type:Resolution", "lang:fr",
                "lang:", "lang:xx", "clause:operative", "clause:nope", "country:peru", "country:\"Côte d'Ivoire\"",
                "title:\"unclosed", "title:(alpha", "-title:alpha", "+symbol:x -symbol:y",
                // operators alone and misplaced
                "AND", "OR", "NOT", "AND OR NOT", "a AND", "OR a", "NOT a", "a NOT", "-a", "--a", "+a", "++a", "-",
                "+", "!", "!a", "&&", "||", "a && b", "a || b", "a -", "-\"\"", "- -", "+-a", "a OR OR b", "a AND AND b",
                "alpha -alpha", "-alpha -bravo", "NOT alpha", "(-alpha)", "alpha AND (bravo OR NOT charlie)",
                // whitespace and control characters
                " ", "\t", "\n", "\r\n", "\u0000", "\u0000a\u0000", "alpha\u0000bravo", "\u0001\u0002\u0003",
                "\u0007\u0008\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200f", "\u202e alpha", "\u2028",
                "\ufeff", "\ufffd", "\uffff", "\ufdd0",
                // other scripts and emoji
                "\ud83c\udf0d", "🏳️‍🌈", "👨‍👩‍👧‍👦", "alpha 🌍", "\ud800", "\udc00", "a\ud800b", "مهاجرين",
                "الهجرة والتنمية", "\"الجمعية العامة\"", "تحيط~", "移民", "移民与发展", "\"大会注意到\"", "移*",
                "миграция", "МИГРАЦИЯ", "миграц*", "Migración", "ＩＯＭ", "Ελλάδα", "עברית", "हिन्दी", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
                "e\u0301", "İstanbul", "ß", "ﬁ",
                // markup and injection-looking text
                "<script>alert(1)</script>", "<mark>", "</mark>alpha", "&amp;", "&lt;", "%", "%25", "%00", "%zz",
                "' OR 1=1 --", "${jndi:ldap://x}", "{{7*7}}", "../../etc/passwd", "a&b=c", "a#b", "a;b", "a+b",
                // limits
                "a".repeat(999), "a".repeat(1000), "a".repeat(1001), "a ".repeat(499), "alpha* ".repeat(120),
                "a~ ".repeat(300), "(".repeat(16) + "alpha" + ")".repeat(16), "(".repeat(17) + "alpha" + ")".repeat(17),
                "(".repeat(300), ")".repeat(300), "\"".repeat(999), "\\".repeat(999), "*".repeat(999),
                "[".repeat(400) + "a TO b" + "]".repeat(400), "a OR ".repeat(5000) + "a",
                "(".repeat(10_000) + "a" + ")".repeat(10_000), "a^2 ".repeat(249), "\"a\"~2 ".repeat(142),
                "-a ".repeat(333), "title:a ".repeat(124), "symbol:A/RES/1/1 ".repeat(58)));
        // as many ORs and ANDs as fit under the length limit: the clause limit, not the length limit, decides
        q.add(ors(249, i -> "w" + i));
        q.add(ors(165, i -> "w" + i + "*"));
        q.add(String.join(" AND ", words(199)));
        q.add(String.join(" ", words(330)));
        return q;
    }

    /** The one query over 100 KB, sent separately: it also exceeds the server's request line. */
    static String huge(Random random) {
        StringBuilder s = new StringBuilder(100_000);
        while (s.length() < 100_000) {
            s.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
        }
        return s.toString();
    }

    private static String ors(int n, java.util.function.IntFunction<String> term) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            terms.add(term.apply(i));
        }
        return String.join(" OR ", terms);
    }

    private static List<String> words(int n) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(Integer.toString(i, 36));
        }
        return w;
    }

    private static final String[] TOKENS = {
            // words that exist in the index, in several scripts
            "alpha", "bravo", "charlie", "delta", "echo", "kilo", "zulu", "Synthetic", "resolution", "Assembly",
            "migrants", "remittances", "移民", "报告", "مهاجرين", "بالتقرير", "миграции", "доклад", "rapport", "informe",
            "73/195", "A/RES/73/195", "S/RES/2782", "(2025)", "2013",
            // syntax
            "\"", "\"", "(", ")", "[", "]", "{", "}", "~", "~2", "~0.5", "^", "^3", "^0.1", "*", "?", "\\", "/", ":",
            "-", "+", "!", "&&", "||", "AND", "OR", "NOT", "TO", "*:*", "\\\"", "\\(", "/a.*/",
            // fields
            "title:", "symbol:", "forum:", "theme:", "type:", "lang:", "clause:", "country:", "year:", "date:",
            "foo:", "text:", "text_en:", "id:", "kind:", "headings:",
            // values and odd characters
            "[2005 TO 2010]", "[2010 TO 2005]", "[* TO 2005]", "{2000 TO *}", "-1", "99999999999", "1e9", "NaN",
            "\u0000", "\u202e", "\u200b", "\ud83c\udf0d", "\ud800", "\t", "\n", "%", "&", "=", "#", "<b>", "'",
            "é", "ＩＯＭ", "İ"};

    /** A random query made of index words, syntax, fields and odd characters, sometimes glued without spaces. */
    static String randomQuery(Random random) {
        int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 10);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextInt(3) != 0) {
                s.append(' ');
            }
            s.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return s.toString();
    }

    /** Random values for the other parameters of /api/search, valid and not. */
    static final String[] SIZES = {"-1", "0", "1", "10", "100", "101", "abc", "", " 5 ", "1e2", "99999999999",
            "0x10", "+5", "٣", "-0", "2147483648", "\u0000"};
    static final String[] SORTS = {"relevance", "date", "-date", "xyz", "", "DATE", "relevance ", "--date", "\u0000"};
    static final String[] DATES = {"2020-13-45", "2020-02-30", "2020-1-1", "20200101", "0000", "9999-12-31",
            "+999999999-12-31", "-999999999-01-01", "-0001", "2020-", "abc", "2020 ", "2013", "2013-05", "2013-05-01",
            "1999-12-31", "2025-12-31T00:00", "\u0000", "２０１３", "2020-00", "2019-02-29"};
    static final String[] FILTER_NAMES = {"f.forum", "f.year", "f.theme", "f.type", "f.lang", "f.clause", "f.country",
            "f.x", "f.", "f.FORUM", "f.forum.x", "f", "f.year[]", "f.\u0000"};
    static final String[] FILTER_VALUES = {"General Assembly", "General Assembly|Third Committee", "Security Council",
            "Economic and Social Council|Commission on Population and Development", "Nope|Nada", "|", "||", "a||b",
            "General Assembly|", "|General Assembly", "2013", "2025", "abc", "-1", "migration", "remittances",
            "resolution", "Resolution", "en", "ar", "zh", "operative", "preambular", "narrative", "Operative", "Peru",
            "Côte d'Ivoire", "", " ", "\u0000", "\u001f", "\u001e", "\ud83c\udf0d", "x".repeat(3000)};

    /** A cursor-shaped value: valid ones, garbage, and well-formed ones that encode nonsense. */
    static String randomCursor(Random random) {
        String[] plain = {"o0", "o10", "o9990", "o10000", "o10001", "o-1", "o", "x5", "o5 ", "o99999999999999",
                "o1e3", "o٣", "o+5", "o\u0000", ""};
        return switch (random.nextInt(3)) {
            case 0 -> b64(plain[random.nextInt(plain.length)]);
            case 1 -> new String[] {"!!", "====", "%", "o5", "bzU=", "b", "bw", "AAAA", "\u0000", "////",
                    "x".repeat(5000), "🌍"}[random.nextInt(12)];
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(12)];
                random.nextBytes(bytes);
                yield Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            }
        };
    }

    static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
