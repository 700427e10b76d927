package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's title as a documentalist gives it: the heading after a resolution's number, the "Letter dated …"
 * of a letter, the subject of a report with its subtitle ("… : report of the Secretary-General"), else the first line
 * below the header that reads like a title. Never a running head, a page number, a symbol or "United Nations".
 */
public final class TitleReader {
    /** Longer than this is a paragraph, not a title. */
    private static final int LONGEST = 300;

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
    private static final Pattern LETTER = Pattern.compile("^(?:Identical\\s+)?(?:[Ll]etters?|LETTERS?|Note verbale)\\s+"
            + "(?:dated|DATED)\\b|^(?:Carta|Cartas idénticas) de fecha\\b|^Lettres? (?:identiques )?datées?\\b");
    /** An NGO's written statement is known by who submitted it, whatever agenda item its header names. */
    private static final Pattern STATEMENT = Pattern.compile("^Statement submitted by\\b");
    /** "Report of the Secretary-General", "Note by the Secretariat": who issues the document, below its subject. */
    private static final Pattern SUBTITLE = Pattern.compile("^(?:(?:Annual |Progress |Final |Interim )?[Rr]eport|Note)"
            + " (?:of|by) the [\\p{Lu}][^.]{0,200}$"
            + "|^(?:Rapport|Note) (?:du|de la) [\\p{Lu}]|^(?:Informe|Nota) (?:del|de la) [\\p{Lu}]"
            + "|^(?:Progress|Annual) report$|^(?:Working|Non-|Position|Background|Discussion|Conference room) ?paper "
            + "(?:submitted|prepared|presented) by\\b");
    /** "EVALUATION BRIEF EVALUATION OF …": a label of the kind of document printed before its subject. */
    private static final Pattern KIND_PREFIX = Pattern.compile(
            "^(EVALUATION BRIEF|Evaluation Brief|RÉSUMÉ D[’']ÉVALUATION|POLICY ?BRIEF)[:\\s]+(\\S.{5,})$");
    private static final Pattern KIND_LABEL = Pattern.compile(
            "^(?:EVALUATION BRIEF|Evaluation [Bb]rief|RÉSUMÉ D[’']ÉVALUATION|POLICY ?BRIEF)$");
    /** Body starts: numbered sections, a summary or contents, "The General Assembly,". */
    private static final Pattern BODY = Pattern.compile("^(?:[IVX]+\\.|\\d+\\.|[A-H]\\.)\\s+\\S|^(?:Summary|Contents|"
            + "Introduction|Résumé|Resumen|Table des matières|Índice|Abstract|Preface|Foreword)(?:$|:?\\s+\\p{Lu})|"
            + "^(?:The|Le|La|El) "
            + "[\\p{L} ,'-]{3,120}(?:Assembly|Council|Conference|Commission|Board|Committee)\\s*[,:]?$");
    /** Headings every document has; "I ntroduction" is how one seed's extraction spells it. */
    private static final Pattern GENERIC = Pattern.compile("(?i)(?:[IVX\\d]+\\.)?(?:introduction|summary|contents|"
            + "abstract|preface|foreword|résumé|resumen|annex|annexe|anexo|tableofcontents)");
    /** An organisation's name: every word capitalised but connectors, and an organisational noun. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "^(?:(?:[\\p{Lu}(][\\p{L}().’'-]*,?|and|for|of|the|on|in|to|with|regard|de|la|du|des|et|y|del)\\s*)+$");
    private static final Pattern ORGANISATION_NOUN = Pattern.compile("(?i)\\b(?:Commission|Council|Assembly|Committee|"
            + "Centre|Center|Organi[sz]ation|Division|Department|Programme|Fund|Office|Secretariat|Bank|Union|"
            + "Board|Agency|Institute|University|Party|Parties|Group|Forum|Conference|Meeting)\\b");
    private static final Pattern CONNECTOR_END = Pattern.compile(
            "(?i)(?:\\b(?:of|the|to|and|for|from|in|on|by|with|a|an|at|addressed|dated|concerning|de|du|des|la|le|"
                    + "les|et|y|del|al|en|sur|pour|por|para)|[,:;–—-])$");
    /** A line that starts in lower case continues the line before; "On behalf of …" starts a sentence. */
    private static final Pattern CONNECTOR_START = Pattern.compile("^\\p{Ll}");
    /** Where a letter's title has named its addressee: "addressed to", "dirigida a … por", "adressée à". */
    private static final Pattern ADDRESSED = Pattern.compile("\\baddressed\\s+to\\b|"
            + "\\bdirigida\\s+a\\b.*\\bpor\\b.*\\b(?:Naciones Unidas|Secretari[oa] General)\\b|"
            + "\\badress[ée]es?\\s+(?:à|au)\\b");
    /** Whom UN letters are addressed to; what follows them in the same block is the letter's text. */
    private static final Pattern ADDRESSEE = Pattern.compile("\\baddressed to (?:(?:\\s*(?:the|and|,)\\s*)*"
            + "(?:Secretary-General"
            + "|President of the (?:Security Council|General Assembly|Economic and Social Council|Human Rights Council)|"
            + "(?:Chair|Chairman|Chairperson|President) of the [^,]{3,120}?(?:Committee|Council|Commission|Group|Board)"
            + "(?: established pursuant to resolutions? [\\d ()and,]+\\))?|(?:United Nations )?High Commissioner for "
            + "(?:Human Rights|Refugees)))+");
    private static final Pattern HONOUR = Pattern.compile("\\s(?:I|We) have the honour\\b"
            + "|\\s(?:J'ai|Tengo) l?'?(?:honneur|el honor)|(?<=ante las Naciones Unidas)\\s");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*");
    private static final Pattern BUDGET_PART = Pattern.compile("^((?:Part [IVX]+|Section \\d+[A-Z]?))\\s*(.*)$");
    private static final Pattern SUMMARY_SENTENCE = Pattern.compile("(?i)^This (?:document|report|paper|study) "
            + "(?:summarizes|summarises|presents|describes|reviews|examines|analyses|analyzes) "
            + "(?:the )?(.{10,250}?)\\.$");

    /**
     * Where a header printed as one block ("… Agenda item 20 (a) Social and human rights questions … Note by the
     * Secretariat 1. The present note …") is cut back into its lines: after an agenda item list, before a subtitle, a
     * letter's title, a summary, a first numbered paragraph or the opening of a resolution.
     */
    private static final Pattern AGENDA_CUT = Pattern.compile("\\b(?:Agenda items?|Items?) \\d[\\d ,()a-z]{0,80}?\\**"
            + "(?: of the (?:provisional agenda|preliminary list))?\\** (?=\\p{Lu})");
    private static final Pattern CUT = Pattern.compile("\\n"
            + "| (?=(?:(?:Annual |Progress )?Report|Note) (?:of|by) the \\p{Lu})"
            + "| (?=(?:Identical )?[Ll]etters? dated \\d)| (?=Note verbale dated)| (?=Draft (?:resolution|decision) )"
            + "| (?=Summary \\p{Lu})| (?=(?:I|1)\\. \\p{Lu})"
            + "| (?=The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council),)"
            + "| (?=Chair[’']s summary)| (?=Statement submitted by)| (?=Rapporteur:)| (?=(?:Addendum|Corrigendum)\\b)"
            + "| \\*+ (?=\\p{Lu})| (?=This (?:evaluation brief|brief|document|report|note) )"
            + "| (?=Cette (?:note|évaluation) )| (?=Evaluation title/year:)| (?=In (?:preambular|operative) paragraph)");

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
                p = AGENDA_CUT.matcher(p).replaceAll(m -> m.group().stripTrailing() + "\n");
                p = CUT.matcher(p).replaceAll("\n");
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
            t = headerTitle(ps);
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
            if (KIND_LABEL.matcher(ps.get(i)).matches()) {
                // "EVALUATION BRIEF" alone on the line above the subject says what kind of document it is.
                t = new Title(t.main(), ps.get(i), t.paragraph());
            }
        }
        return new Title(unshout(t.main(), ps), t.subtitle() == null ? null : unshout(t.subtitle(), ps), t.paragraph());
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

    /** The header's units, and whether they end where the body starts (a summary, a first numbered heading). */
    private record Header(List<Unit> units, boolean endsAtBody) {
    }

    /** A header line, or several joined where a line was broken; {@code text} is null for a header fact. */
    private record Unit(int start, String text) {
        boolean is(Pattern p) {
            return text != null && p.matcher(text).find();
        }
    }

    /** The title among the header's units: a letter's, else the subject above a subtitle, else the first title-like. */
    private static Title headerTitle(List<String> ps) {
        Header header = units(ps);
        List<Unit> units = header.units();
        for (Unit u : units) {
            if (u.is(LETTER)) {
                return new Title(letterTitle(u.text()), null, u.start());
            }
            if (u.is(STATEMENT) && u.text().length() <= LONGEST) {
                return new Title(u.text(), null, u.start());
            }
        }
        for (int s = 0; s < units.size(); s++) {
            if (!units.get(s).is(SUBTITLE)) {
                continue;
            }
            // Of several "Report of …" in a row, the last is the document's; the others name agenda items.
            while (s + 1 < units.size() && units.get(s + 1).is(SUBTITLE)) {
                s++;
            }
            Unit subtitle = units.get(s);
            for (int u = s - 1; u >= 0 && units.get(u).text() != null; u--) {
                if (isTitle(units.get(u).text()) && !units.get(u).is(SUBTITLE)) {
                    return new Title(units.get(u).text(), subtitle.text(), units.get(u).start());
                }
            }
            return new Title(subtitle.text(), null, subtitle.start());
        }
        int afterAgenda = -1;
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).text() == null && !AgendaReader.parse(ps.get(units.get(u).start())).isEmpty()) {
                afterAgenda = u + 1;
            }
        }
        if (afterAgenda >= 0 && header.endsAtBody()) {
            // Below an agenda item come its name, then the document's own title, then the summary: take the last.
            for (int u = units.size() - 1; u >= afterAgenda; u--) {
                if (units.get(u).text() != null && isTitle(units.get(u).text())) {
                    return new Title(units.get(u).text(), null, units.get(u).start());
                }
            }
        }
        for (Unit u : units) {
            if (u.text() != null && isTitle(u.text())) {
                return new Title(u.text(), null, u.start());
            }
        }
        return null;
    }

    private static Header units(List<String> ps) {
        int n = Math.min(DateReader.HEADER + 10, ps.size());
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < n) {
            String p = ps.get(i);
            if (p.isEmpty() || HeaderReader.isHeaderLine(p)) {
                units.add(new Unit(i++, null));
                continue;
            }
            if (BODY.matcher(p).find() || GENERIC.matcher(p.replace(" ", "")).matches()) {
                return new Header(units, true);
            }
            int start = i;
            StringBuilder unit = new StringBuilder(p);
            boolean letter = LETTER.matcher(p).find();
            String lastLine = p;
            i++;
            // A line ending in "of the" goes on whatever follows ("Security Council" alone is otherwise a header line).
            // A letter's title goes on at least until its addressee; capitals go on while the line before was full.
            while (i < n && !ps.get(i).isEmpty() && !BODY.matcher(ps.get(i)).find()
                    && (CONNECTOR_END.matcher(unit).find()
                    || letter && !ADDRESSED.matcher(unit).find()
                    || CONNECTOR_START.matcher(ps.get(i)).find() && !HeaderReader.isHeaderLine(ps.get(i))
                    || shouting(unit) && shouting(ps.get(i)) && lastLine.length() >= 45
                    && !HeaderReader.isHeaderLine(ps.get(i)))
                    && unit.length() + ps.get(i).length() < 600) {
                lastLine = ps.get(i++);
                unit.append(' ').append(lastLine);
            }
            units.add(new Unit(start, unit.toString()));
        }
        return new Header(units, false);
    }

    /** A letter's title ends with its addressee; the body that may follow in the same block is cut off. */
    private static String letterTitle(String unit) {
        Matcher to = ADDRESSEE.matcher(unit);
        if (to.find() && to.end() < unit.length()
                && !CONNECTOR_START.matcher(unit.substring(to.end()).strip()).find()) {
            return unit.substring(0, to.end()).strip();
        }
        Matcher body = HONOUR.matcher(unit);
        return body.find() ? unit.substring(0, body.start()).strip() : unit;
    }

    /** Mostly capitals: old headers and briefs print titles so, broken over lines at any word. */
    private static boolean shouting(CharSequence s) {
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 8 && s.chars().filter(Character::isUpperCase).count() * 10 >= letters * 8;
    }

    private static boolean isTitle(String unit) {
        boolean organisation = ORGANISATION.matcher(unit).matches() && ORGANISATION_NOUN.matcher(unit).find()
                && !SUBTITLE.matcher(unit).find() && !unit.matches("(?i)(?:report|rapport|informe)\\b.*");
        return unit.length() >= 6 && unit.length() <= LONGEST && !unit.endsWith(".") && !organisation
                && !KIND_LABEL.matcher(unit).matches()
                && unit.chars().anyMatch(Character::isLetter) && !unit.matches("(?i)(?:annex|annexe|anexo)\\b.*")
                && !GENERIC.matcher(unit.replace(" ", "")).matches() && !CONNECTOR_END.matcher(unit).find();
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
            while (i + 1 < ps.size() && CONNECTOR_START.matcher(ps.get(i + 1)).find()) {
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
            String first = ps.get(i).split("(?<=\\.)\\s+(?=\\p{Lu})", 2)[0];
            Matcher m = SUMMARY_SENTENCE.matcher(first);
            if (m.matches()) {
                String s = m.group(1);
                return new Title(Character.toUpperCase(s.charAt(0)) + s.substring(1), null, i);
            }
        }
        return null;
    }

    /**
     * An all-capitals title ("REPORT OF THE POPULATION DIVISION OF ECLAC AND CELADE …") in the case the body writes
     * it: the longest runs of its words found in the body keep the body's case ("Declaration on the Granting of
     * Independence to Colonial Countries and Peoples"); a word found alone stays in capitals only if the body writes it
     * so (an acronym), else goes to lower case.
     */
    private static String unshout(String title, List<String> ps) {
        if (!shouting(title)) {
            return title;
        }
        StringBuilder b = new StringBuilder(" ");
        ps.stream().limit(80).filter(p -> !shouting(p)).forEach(p -> b.append(p.replaceAll("\\s+", " ")).append(" | "));
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

    /** Markdown emphasis, footnote stars and stray spaces are not part of a title. */
    private static String clean(String p) {
        return p.replace("**", "").replaceAll("(?<=\\S)\\*+(?=\\s|$|,)", "").replaceAll("\\s+", " ").strip();
    }
}
