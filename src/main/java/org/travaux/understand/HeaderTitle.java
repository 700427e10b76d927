package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.understand.TitleReader.Title;

/**
 * The title among the lines of a document's header: a letter's "Letter dated … addressed to …", else the subject above
 * a subtitle ("… Report of the Secretary-General"), else the last title-like line below an agenda item, else the first
 * title-like line. Lines broken inside a title are joined back into one unit first.
 */
final class HeaderTitle {
    static final Pattern LETTER = Pattern.compile("^(?:Identical\\s+)?(?:[Ll]etters?|LETTERS?|Note verbale)\\s+"
            + "(?:dated|DATED)\\b|^(?:Carta|Cartas idénticas) de fecha\\b|^Lettres? (?:identiques )?datées?\\b");
    /** An NGO's written statement is known by who submitted it, whatever agenda item its header names. */
    static final Pattern STATEMENT = Pattern.compile("^Statement submitted by\\b");
    /** "Report of the Secretary-General", "Note by the Secretariat": who issues the document, below its subject. */
    static final Pattern SUBTITLE = Pattern.compile("^(?:(?:Annual |Progress |Final |Interim )?[Rr]eport|Note)"
            + " (?:of|by) the [\\p{Lu}][^.]{0,200}$"
            + "|^(?:Rapport|Note) (?:du|de la) [\\p{Lu}]|^(?:Informe|Nota) (?:del|de la) [\\p{Lu}]"
            + "|^(?:Progress|Annual) report$|^(?:Working|Non-|Position|Background|Discussion|Conference room) ?paper "
            + "(?:submitted|prepared|presented) by\\b");
    static final Pattern KIND_LABEL = Pattern.compile(
            "^(?:EVALUATION BRIEF|Evaluation [Bb]rief|RÉSUMÉ D[’']ÉVALUATION|POLICY ?BRIEF)$");
    /** Body starts: numbered sections, a summary or contents, "The General Assembly,". */
    static final Pattern BODY = Pattern.compile("^(?:[IVX]+\\.|\\d+\\.|[A-H]\\.)\\s+\\S|^(?:Summary|Contents|"
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
    static final Pattern CONNECTOR_END = Pattern.compile(
            "(?i)(?:\\b(?:of|the|to|and|for|from|in|on|by|with|a|an|at|addressed|dated|concerning|de|du|des|la|le|"
                    + "les|et|y|del|al|en|sur|pour|por|para)|[,:;–—-])$");
    /** A line that starts in lower case continues the line before; "On behalf of …" starts a sentence. */
    static final Pattern CONNECTOR_START = Pattern.compile("^\\p{Ll}");
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

    private static final Pattern REPORT = Pattern.compile("(?i)(?:report|rapport|informe)\\b.*");
    private static final Pattern ANNEX = Pattern.compile("(?i)(?:annex|annexe|anexo)\\b.*");

    private HeaderTitle() {
    }

    /**
     * {@code CONNECTOR_END.matcher(s).find()}, tried on the last characters only: the pattern ends with {@code $} and
     * its longest word is ten letters, so no match starts earlier (the look-behind of {@code \b} still sees the text).
     */
    static boolean endsWithConnector(CharSequence s) {
        Matcher m = Scanning.matcher(CONNECTOR_END, s);
        m.region(Math.max(0, s.length() - 16), s.length());
        return m.find();
    }

    /** The header's units, and whether they end where the body starts (a summary, a first numbered heading). */
    private record Header(List<Unit> units, boolean endsAtBody) {
    }

    /** A header line, or several joined where a line was broken; {@code text} is null for a header fact. */
    private record Unit(int start, String text) {
        /** Whether the text opens with {@code p}, one of the patterns here anchored at the start by {@code ^}. */
        boolean is(Pattern p) {
            return text != null && p.matcher(text).lookingAt();
        }
    }

    /** The title among the header's units: a letter's, else the subject above a subtitle, else the first title-like. */
    static Title read(List<String> ps) {
        Header header = units(ps);
        List<Unit> units = header.units();
        for (Unit u : units) {
            if (u.is(LETTER)) {
                return new Title(letterTitle(u.text()), null, u.start());
            }
            if (u.is(STATEMENT) && u.text().length() <= TitleReader.LONGEST) {
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
            if (BODY.matcher(p).lookingAt() || GENERIC.matcher(p.replace(" ", "")).matches()) {
                return new Header(units, true);
            }
            int start = i;
            StringBuilder unit = new StringBuilder(p);
            boolean letter = LETTER.matcher(p).lookingAt();
            String lastLine = p;
            i++;
            // A line ending in "of the" goes on whatever follows ("Security Council" alone is otherwise a header line).
            // A letter's title goes on at least until its addressee; capitals go on while the line before was full.
            while (i < n && !ps.get(i).isEmpty() && !BODY.matcher(ps.get(i)).lookingAt()
                    && (endsWithConnector(unit)
                    || letter && !ADDRESSED.matcher(unit).find()
                    || CONNECTOR_START.matcher(ps.get(i)).lookingAt() && !HeaderReader.isHeaderLine(ps.get(i))
                    || ShoutedTitle.isShouting(unit) && ShoutedTitle.isShouting(ps.get(i)) && lastLine.length() >= 45
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
                && !CONNECTOR_START.matcher(unit.substring(to.end()).strip()).lookingAt()) {
            return unit.substring(0, to.end()).strip();
        }
        Matcher body = HONOUR.matcher(unit);
        return body.find() ? unit.substring(0, body.start()).strip() : unit;
    }

    private static boolean isTitle(String unit) {
        boolean organisation = ORGANISATION.matcher(unit).matches() && ORGANISATION_NOUN.matcher(unit).find()
                && !SUBTITLE.matcher(unit).lookingAt() && !REPORT.matcher(unit).matches();
        return unit.length() >= 6 && unit.length() <= TitleReader.LONGEST && !unit.endsWith(".") && !organisation
                && !KIND_LABEL.matcher(unit).matches()
                && unit.chars().anyMatch(Character::isLetter) && !ANNEX.matcher(unit).matches()
                && !GENERIC.matcher(unit.replace(" ", "")).matches() && !endsWithConnector(unit);
    }
}
