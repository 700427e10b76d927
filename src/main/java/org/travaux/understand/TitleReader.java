package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's title as a documentalist gives it: the heading after a resolution's number, the "Letter dated …"
 * of a letter, the subject of a report with its subtitle ("… : report of the Secretary-General"), else the first line
 * below the header that reads like a title. Never a running head, a page number, a symbol or "United Nations".
 */
final class TitleReader {
    /** Longer than this is a paragraph, not a title. */
    static final int LONGEST = 300;

    /**
     * A title read from the text.
     *
     * @param main      the subject ("Transforming our world: the 2030 Agenda for Sustainable Development")
     * @param subtitle  who issued it ("Report of the Secretary-General"), or null
     * @param paragraph index of the paragraph where the title starts
     */
    public record Title(String main, String subtitle, int paragraph) {
        /** "International migration and development: report of the Secretary-General", the catalogue form. */
        public String text() {
            String t = subtitle == null || subtitle.equals(main) ? main
                    : main + ": " + Character.toLowerCase(subtitle.charAt(0)) + subtitle.substring(1);
            return t.length() <= LONGEST ? t : t.substring(0, LONGEST - 1) + "…";
        }
    }

    /** "73/195. Global Compact …", "2024/12. …", "216 (III). …", "PRST OS/12/1. …", "5/3. …". */
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(?:PRST\\s+)?((?:[A-Z]{1,3}/|S-\\d+/|ES-\\d+/)?\\d+/\\d+|"
                    + "\\d+\\s*\\([IVXLC]+\\))(?:\\s*[A-Z])?\\.\\s+(\\S.*)$");
    private static final Pattern SC_RESOLUTION =
            Pattern.compile("^(?i:resolution)\\s+(\\d+\\s*\\(\\d{4}\\))(?:\\s.*)?$");
    /** "EVALUATION BRIEF EVALUATION OF …": a label of the kind of document printed before its subject. */
    private static final Pattern KIND_PREFIX = Pattern.compile(
            "^(EVALUATION BRIEF|Evaluation Brief|RÉSUMÉ D[’']ÉVALUATION|POLICY ?BRIEF)[:\\s]+(\\S.{5,})$");
    private static final Pattern BUDGET_PART = Pattern.compile("^((?:Part [IVX]+|Section \\d+[A-Z]?))\\s*(.*)$");
    private static final Pattern SUMMARY_SENTENCE = Pattern.compile("(?i)^This (?:document|report|paper|study) "
            + "(?:summarizes|summarises|presents|describes|reviews|examines|analyses|analyzes) "
            + "(?:the )?(.{10,250}?)\\.$");

    /**
     * Where a header printed as one block ("… Agenda item 20 (a) Social and human rights questions … Note by the
     * Secretariat 1. The present note …") is cut back into its lines: after an agenda item list, before a subtitle, a
     * letter's title, a summary, a first numbered paragraph or the opening of a resolution.
     */
    static final Pattern AGENDA_CUT = Pattern.compile("\\b(?:Agenda items?|Items?) \\d[\\d ,()a-z]{0,80}?\\**"
            + "(?: of the (?:provisional agenda|preliminary list))?\\** (?=\\p{Lu})");
    static final Pattern CUT = Pattern.compile("\\n"
            // One space, then what must follow it: the look-aheads are tried only at spaces, in the order written, and
            // only where the next character opens one of them.
            + "| (?=[APRNILlDS1TC*E])(?:(?=(?:(?:Annual |Progress )?Report|Note) (?:of|by) the \\p{Lu})"
            + "|(?=(?:Identical )?[Ll]etters? dated \\d)|(?=Note verbale dated)|(?=Draft (?:resolution|decision) )"
            + "|(?=Summary \\p{Lu})|(?=(?:I|1)\\. \\p{Lu})"
            + "|(?=The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council),)"
            + "|(?=Chair[’']s summary)|(?=Statement submitted by)|(?=Rapporteur:)|(?=(?:Addendum|Corrigendum)\\b)"
            + "|\\*+ (?=\\p{Lu})|(?=This (?:evaluation brief|brief|document|report|note) )"
            + "|(?=Cette (?:note|évaluation) )|(?=Evaluation title/year:)|(?=In (?:preambular|operative) paragraph))");
    /** {@link #CUT} tried only at a line break or at a space before a character that opens one of its look-aheads. */
    static final Scanning.Scan CUT_SCAN = Scanning.Scan.at(CUT, (text, i) -> text.charAt(i) == '\n'
            || text.charAt(i) == ' ' && i + 1 < text.length() && "APRNILlDS1TC*E".indexOf(text.charAt(i + 1)) >= 0);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=\\p{Lu})");
    /** Markdown emphasis and footnote stars, taken out of a title. */
    private static final Pattern STARS = Pattern.compile("(?<=\\S)\\*+(?=\\s|$|,)");
    /** {@link #AGENDA_CUT} tried only where "Agenda" or "Item" can start. */
    static final Scanning.Scan AGENDA_CUT_SCAN = Scanning.Scan.at(AGENDA_CUT,
            Scanning.where(c -> c == 'A' || c == 'I'));

    private TitleReader() {
    }

    /** The title read from the paragraphs, or null when none looks like one (speeches, fragments). */
    public static Title read(List<String> paragraphs, String symbol) {
        List<String> ps = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        List<String> plain = DateReader.plain(paragraphs);
        for (int i = 0; i < plain.size(); i++) {
            String p = clean(plain.get(i));
            if (i < DateReader.HEADER && p.length() > 60) {
                p = cutAfterAgenda(p);
                p = CUT_SCAN.replaceAll(p, "\n");
            }
            for (String piece : p.split("\n")) {
                ps.add(piece);
                origin.add(i);
            }
        }
        Title t = readPieces(ps, symbol);
        return t == null ? null : new Title(t.main(), t.subtitle(), origin.get(t.paragraph()));
    }

    private static Title readPieces(List<String> ps, String symbol) {
        Title t = resolutionHeading(ps, symbol);
        if (t == null) {
            t = HeaderTitle.read(ps);
        }
        if (t == null) {
            t = summarySentence(ps);
        }
        if (t == null) {
            return null;
        }
        if (t.main().startsWith("Proposed programme budget")) {
            t = new Title(budgetTitle(ps, t), t.subtitle(), t.paragraph());
        }
        Matcher kind = KIND_PREFIX.matcher(t.main());
        if (t.subtitle() == null && kind.matches()) {
            t = new Title(kind.group(2), kind.group(1), t.paragraph());
        }
        for (int i = 0; i < t.paragraph() && t.subtitle() == null; i++) {
            if (HeaderTitle.KIND_LABEL.matcher(ps.get(i)).matches()) {
                // "EVALUATION BRIEF" alone on the line above the subject says what kind of document it is.
                t = new Title(t.main(), ps.get(i), t.paragraph());
            }
        }
        return new Title(ShoutedTitle.inBodyCase(t.main(), ps),
                t.subtitle() == null ? null : ShoutedTitle.inBodyCase(t.subtitle(), ps), t.paragraph());
    }

    private static Title resolutionHeading(List<String> ps, String symbol) {
        String wanted = symbol == null ? null : symbol.replaceAll("^.*?/(?:RES/|DEC/)?(?=\\d)", "")
                .replaceAll("\\s+", "");
        Title first = null;
        for (int i = 0; i < ps.size(); i++) {
            Matcher m = NUMBERED_HEADING.matcher(ps.get(i));
            if (m.matches()) {
                Title t = new Title(m.group(2), null, i);
                // A file may hold several resolutions (A/RES/217 (III)); the symbol says which is this one.
                if (wanted == null || m.group(1).replaceAll("\\s+", "").replaceFirst("^[A-Z]+/", "").equals(wanted)) {
                    return t;
                }
                if (first == null && i < DateReader.HEADER) {
                    first = t;
                }
            }
            if (i < DateReader.HEADER) {
                Matcher sc = SC_RESOLUTION.matcher(ps.get(i));
                if (sc.matches() && first == null) {
                    first = new Title("Resolution " + sc.group(1), null, i);
                }
            }
        }
        return first;
    }

    /**
     * A budget fascicle is known by its part and section: "Proposed programme budget for 2027. Part IV, International
     * cooperation for development. Section 10, Least developed countries, …", as the UN's catalogue writes it.
     */
    private static String budgetTitle(List<String> ps, Title t) {
        StringBuilder out = new StringBuilder(t.main());
        for (int i = t.paragraph() + 1; i < Math.min(ps.size(), t.paragraph() + 20); i++) {
            Matcher m = BUDGET_PART.matcher(ps.get(i));
            if (!m.matches()) {
                continue;
            }
            String name = m.group(2).isEmpty() && i + 1 < ps.size() ? ps.get(++i) : m.group(2);
            while (i + 1 < ps.size() && HeaderTitle.CONNECTOR_START.matcher(ps.get(i + 1)).lookingAt()) {
                name = name + " " + ps.get(++i);
            }
            out.append(". ").append(m.group(1)).append(", ").append(name);
            if (m.group(1).startsWith("Section")) {
                break;
            }
        }
        return out.toString();
    }

    /** "This document summarizes the trends and patterns of migration …" names the subject of an untitled study. */
    private static Title summarySentence(List<String> ps) {
        for (int i = 0; i < Math.min(6, ps.size()); i++) {
            String first = SENTENCE_END.split(ps.get(i), 2)[0];
            Matcher m = SUMMARY_SENTENCE.matcher(first);
            if (m.matches()) {
                String s = m.group(1);
                return new Title(Character.toUpperCase(s.charAt(0)) + s.substring(1), null, i);
            }
        }
        return null;
    }

    /** A line break after each agenda item list ({@link #AGENDA_CUT}). */
    private static String cutAfterAgenda(String p) {
        Matcher m = AGENDA_CUT_SCAN.matcher(p);
        StringBuilder out = null;
        int last = 0;
        while (AGENDA_CUT_SCAN.find(m, p, last)) {
            out = out == null ? new StringBuilder(p.length() + 8) : out;
            out.append(p, last, m.start()).append(m.group().stripTrailing()).append('\n');
            last = m.end();
        }
        return out == null ? p : out.append(p, last, p.length()).toString();
    }

    /** Markdown emphasis, footnote stars and stray spaces are not part of a title. */
    private static String clean(String p) {
        String s = p.replace("**", "");
        if (s.indexOf('*') >= 0) {
            s = STARS.matcher(s).replaceAll("");
        }
        return Scanning.collapse(s, Scanning::isSpace).strip();
    }
}
