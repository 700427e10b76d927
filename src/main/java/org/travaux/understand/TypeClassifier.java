package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a document's type (resolution, report, letter, chair's summary, statement …) from its symbol, its first
 * lines and its file name, by the ordered rules of types.tsv.
 */
public final class TypeClassifier {
    /** The type and what it was read from: "symbol", "text" or "filename". */
    public record Typed(String type, String source) {
    }

    private record Rule(String where, Pattern pattern, String type, boolean strong) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        for (String[] row : Sidecars.resourceTable("types.tsv")) {
            if (row.length < 3) {
                throw new IllegalStateException("types.tsv: a rule needs where, pattern and type: " + String.join("|"
                        + "", row));
            }
            boolean strong = row.length > 3 && row[3].strip().equals("strong");
            RULES.add(new Rule(row[0].strip(), Pattern.compile(row[1]), row[2].strip(), strong));
        }
    }

    private static final Pattern ANNEX = Pattern.compile("^(?:Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO)\\b");

    private TypeClassifier() {
    }

    /**
     * The type of a document, or null.
     *
     * @param symbol      canonical symbol, or null
     * @param fileName    the file's name, or null
     * @param titleLines  the title and subtitle as {@link TitleReader} read them (may be empty): asked first, because
     *                    a header also names agenda items ("Report of the Human Rights Council") that are not the type
     * @param headerLines the first paragraphs, asked when the title says nothing
     */
    public static Typed classify(String symbol, String fileName, List<String> titleLines, List<String> headerLines) {
        Typed t = bySymbol(symbol, true);
        if (t == null) {
            t = byFileName(fileName, true);
        }
        if (t == null) {
            t = byText(titleLines);
        }
        if (t == null) {
            t = byText(headerLines);
        }
        if (t == null) {
            t = bySymbol(symbol, false);
        }
        return t != null ? t : byFileName(fileName, false);
    }

    /** The type of the text annexed to a document (a letter transmitting a chair's summary), or null. */
    public static String annexType(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (ANNEX.matcher(DateReader.plain(paragraphs.get(i)).replace("*", "").strip()).find()) {
                Typed t = byText(paragraphs.subList(i + 1, Math.min(i + 6, paragraphs.size())));
                if (t != null) {
                    return t.type();
                }
            }
        }
        return null;
    }

    private static Typed byFileName(String fileName, boolean strong) {
        if (fileName == null) {
            return null;
        }
        for (Rule r : RULES) {
            if (r.where().equals("filename") && r.strong() == strong && r.pattern().matcher(fileName).find()) {
                return new Typed(r.type(), "filename");
            }
        }
        return null;
    }

    private static Typed bySymbol(String symbol, boolean strong) {
        if (symbol == null) {
            return null;
        }
        for (Rule r : RULES) {
            if (r.where().equals("symbol") && r.strong() == strong && r.pattern().matcher(symbol).find()) {
                return new Typed(r.type(), "symbol");
            }
        }
        return null;
    }

    /** Rules in file order, each over all lines: a letter's header that also names a "Report of …" is a letter. */
    private static Typed byText(List<String> lines) {
        List<String> cleaned = new ArrayList<>(lines.size());
        for (String line : lines) {
            cleaned.add(line == null ? null : DateReader.plain(line).replace("**", "").strip());
        }
        for (Rule r : RULES) {
            if (!r.where().equals("text")) {
                continue;
            }
            for (String line : cleaned) {
                if (line != null && r.pattern().matcher(line).find()) {
                    return new Typed(r.type(), "text");
                }
            }
        }
        return null;
    }
}
