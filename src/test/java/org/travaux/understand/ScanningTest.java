package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link Scanning} and the hand-written readers that replaced slow regexes must give exactly what the
 * regexes give: each is held against the plain regex on thousands of generated texts made of the words, numbers,
 * punctuation and odd characters (no-break spaces, dotless i, long s, Kelvin sign, surrogates, line separators) that
 * the patterns care about.
 */
class ScanningTest {
    private static final int TEXTS = 4000;
    private static final String[] PIECES = {
            "Distr.", "Distr.: General", "DISTR", "distr", "General", "GENERAL", "Limited", "Original:", "Orig.",
            "ORIGINAL", "Подлинный текст", "English", "only", "ONLY", "seulement", "únicamente", "Únicamente",
            "Spanish", "français", "meeting", "MEETING", "meetıng", "plenary", "regular", "60th", "2320th",
            "forty-fifth", "séance plénière", "seance pleniere", "sesión plenaria", "sesion plenaria", "Report date",
            "report date:", "date du rapport", "fecha del informe", "final", "Agenda item", "Agenda items",
            "AGENDA ITEMS", "Item", "Items", "items", "Points", "Temas", "Provisional", "session", "Session", "SESSION",
            "ſession", "Fifty-eighth session", "adopted by the", "Resolution", "Decision", "Declaration", "Text",
            "At its", "at the", "held on", "On", "in connection with", "Letter dated", "Letters dated", "Identical",
            "7 March 2006", "March 7, 2006", "19 December 2018", "2006-03-07", "31 June 2006", "7 de marzo de 2006",
            "7 mars 2006", "7 марта 2006", "December", "2025", "1994", "13", "5", "21 (e)", "(a)", "(ii)", "and", "et",
            "y", "of", "the", "to", "for", "concerning", "addressed", "migra-\ntion", "non-\ngovernmental",
            "troop-\nand", "(CELADE)-\nPopulation", "http://x.org/\nA", "Secretary -General", "migrants.2", "Rights;3",
            "development1,", "Agenda”5", "^a", "¹", "²³", "⁴", "word⁵", "years).4", "12.", "1.", "I.", "A.", "Summary",
            "Contents", "The General Assembly,", "Note by the Secretariat", "Report of the", ". . . . . 12", "....",
            "…", "**", "*", "_", "’", "'", "-", "–", "—", ",", ";", ":", ".", "(", ")", "/", "\u00A0", "\u2007",
            "\u202F", "\u2009", "\u2011", "\u00AD", "\u200B", "\u200D", "\u0001", "\u2028", "\u0085", "\r\n", "\r",
            "\n", "\n\n", "\t", "  ", "ı", "İ", "ſ", "\u212A", "𝐀", "𝐚𝐛", "\uD835", "\uDC00", "ß", "Ǆ", "ǅ", "µ", "ª",
            "Ⅷ", "٣", "²", "中文", "Ж", "ж", "Convention on the Rights of the Child", "2030 Agenda",
            "the 2030 Agenda for Sustainable Development", "GLOBAL COMPACT", "Universal Declaration of Human Rights",
            "operatio", "ns", "inc", "luding", "per", "cent",
            // whole matches of the header patterns, for the noise around them to shift and break
            "Resolution adopted by the General Assembly on 25 September 2015", "adopted at the 5th session, 3 May 2001",
            "At its 12th meeting, held on 3 May 2001", "On 7 March 2006, at", "On 7 March 2006, in connection with",
            "Final report date: 19 April 2023", "Date du rapport final : 1 juin 2025",
            "fecha del informe: 2 de mayo de 2020", "Letters dated 26 June 2013", "Identical letters dated 5 May 2020",
            "60th plenary meeting, 19 December 2018", "forty-fifth meeting, 11 October 2021",
            "Twenty-first plenary meeting, 5 May 2005", "2nd\tregular\nmeeting 7 March 2006", "séance plénière, le 3 mars 2005",
            "sesión plenaria, el 3 de marzo de 2005", "Distr.: General 7 March 2006", "Agenda items 14 and 119",
            "Item 21 (e) of the preliminary list", "items 19 (a) and (c)",
            "(Fifty-fifth session, 16-18 October 2001, agenda item 13)", "English only", "Spanish only",
            "Original: Spanish", "Orig.: français", "Подлинный текст: русский"};

    private static List<String> texts(long seed) {
        return texts(seed, PIECES);
    }

    private static List<String> texts(long seed, String[] pieces) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < TEXTS; t++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                int gap = random.nextInt(10);
                b.append(gap < 6 ? " " : gap < 7 ? "" : gap < 8 ? "\n" : gap < 9 ? ", " : "\u00A0");
            }
            out.add(b.substring(0, random.nextInt(b.length() + 1)));
        }
        return out;
    }

    /** Start, end and groups of every match, as {@code Matcher.find} gives them one after the other. */
    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<String> byScan(Scanning.Scan scan, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = scan.matcher(text);
        for (int from = 0; scan.find(m, text, from); from = m.end()) {
            out.add(describe(m));
        }
        return out;
    }

    private static String describe(MatchResult m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }

    @Test
    void everyScanFindsWhatFindFinds() {
        List<Scanning.Scan> scans = List.of(DateReader.DISTRIBUTION_SCAN, DateReader.ADOPTION_SCAN,
                DateReader.REPORT_DATE_SCAN, DateReader.LETTER_SCAN, DateReader.CLOSING_MEETING_SCAN,
                HeaderReader.DISTRIBUTION_SCAN, HeaderReader.ORIGINAL_SCAN, HeaderReader.ONLY_SCAN,
                AgendaReader.HEADER_ITEMS_SCAN, AgendaReader.SESSION_ITEMS_SCAN, TextCleaner.GLUED_MARKER_SCAN,
                BrokenWords.BROKEN_WORD_SCAN, TitleReader.AGENDA_CUT_SCAN);
        int[] matches = new int[scans.size()];
        for (String text : texts(1)) {
            for (int i = 0; i < scans.size(); i++) {
                Scanning.Scan scan = scans.get(i);
                List<String> expected = byFind(scan.pattern(), text);
                assertThat(byScan(scan, text)).as("scan %d in %s", i, text).isEqualTo(expected);
                assertThat(scan.replaceAll(text, "#")).isEqualTo(scan.pattern().matcher(text).replaceAll("#"));
                matches[i] += expected.size();
            }
        }
        for (int i = 0; i < scans.size(); i++) {
            String pattern = scans.get(i).pattern().pattern();
            assertThat(matches[i]).as("matches of %s… in the generated texts", pattern.substring(0, Math.min(60,
                    pattern.length()))).isGreaterThan(20);
        }
    }

    @Test
    void handWrittenReadersGiveWhatTheRegexesGave() {
        Pattern lineBreaks = Pattern.compile("\\s*\\n\\s*");
        Pattern spaces = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
        Pattern whiteSpace = Pattern.compile("\\s+");
        Pattern token = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*");
        Pattern phraseWord = Pattern.compile("[\\p{L}\\p{N}']+");
        Pattern lowerWord = Pattern.compile("\\p{Ll}+");
        Pattern splitTail = Pattern.compile("(\\p{Ll}+)[^\\p{L}\\p{N}]*");
        Pattern control = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200D]]");
        for (String text : texts(2)) {
            assertThat(TextCleaner.joinLines(text)).isEqualTo(lineBreaks.matcher(text).replaceAll(" "));
            assertThat(TextCleaner.singleSpaces(text)).isEqualTo(spaces.matcher(text).replaceAll(" "));
            assertThat(Scanning.collapse(text, Scanning::isSpace)).isEqualTo(whiteSpace.matcher(text).replaceAll(" "));
            assertThat(tokens(text)).isEqualTo(all(token, text, Function.identity()));
            assertThat(PhraseFlag.words(text)).isEqualTo(all(phraseWord,
                    text.toLowerCase(java.util.Locale.ROOT).replace('’', '\''), Function.identity()));
            assertThat(DateReader.plain(text)).isEqualTo(text.replace('\u00A0', ' ').replace('\u2007', ' ')
                    .replace('\u202F', ' ').replace('\u2009', ' ').replace('\u2011', '-').replace("\u00AD", ""));
            for (String word : text.split(" ")) {
                assertThat(BrokenWords.isLowerWord(word)).as(word).isEqualTo(lowerWord.matcher(word).matches());
                Matcher tail = splitTail.matcher(word);
                assertThat(BrokenWords.splitTail(word)).as(word).isEqualTo(tail.matches() ? tail.group(1) : null);
            }
            assertThat(Scanning.beforeLineBreak(text, '-')).isEqualTo(Pattern.compile("-[ \\t]*\\n").matcher(text).find());
            assertThat(TextCleaner.hasControl(text)).isEqualTo(control.matcher(text).find());
        }
    }

    @Test
    void shortcutsOfHeaderAndTitlePatternsGiveWhatTheRegexesGave() {
        // CUT as it was written before the look-aheads were put behind one space and a guard
        Pattern cut = Pattern.compile("\\n"
                + "| (?=(?:(?:Annual |Progress )?Report|Note) (?:of|by) the \\p{Lu})"
                + "| (?=(?:Identical )?[Ll]etters? dated \\d)| (?=Note verbale dated)| (?=Draft (?:resolution|decision) )"
                + "| (?=Summary \\p{Lu})| (?=(?:I|1)\\. \\p{Lu})"
                + "| (?=The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council),)"
                + "| (?=Chair[’']s summary)| (?=Statement submitted by)| (?=Rapporteur:)| (?=(?:Addendum|Corrigendum)\\b)"
                + "| \\*+ (?=\\p{Lu})| (?=This (?:evaluation brief|brief|document|report|note) )"
                + "| (?=Cette (?:note|évaluation) )| (?=Evaluation title/year:)| (?=In (?:preambular|operative) paragraph)");
        List<String> texts = new ArrayList<>(texts(3));
        texts.addAll(List.of("Note by the Secretariat Report of the Secretary-General 1. The", "a ** Summary Of",
                "x Letters dated 5 May", "y *** Zeta", "Addendum Corrigendumx In operative paragraph"));
        for (String text : texts) {
            assertThat(TitleReader.CUT.matcher(text).replaceAll("\n")).isEqualTo(cut.matcher(text).replaceAll("\n"));
            for (Pattern anchored : List.of(HeaderTitle.LETTER, HeaderTitle.STATEMENT, HeaderTitle.SUBTITLE,
                    HeaderTitle.BODY, HeaderTitle.CONNECTOR_START)) {
                assertThat(anchored.matcher(text).lookingAt()).isEqualTo(anchored.matcher(text).find());
            }
            assertThat(HeaderTitle.endsWithConnector(text)).as(text)
                    .isEqualTo(HeaderTitle.CONNECTOR_END.matcher(text).find());
            assertThat(HeadingLevels.isContentsLine(text)).isEqualTo(HeadingLevels.CONTENTS_LINE.matcher(text).matches());
        }
    }

    @Test
    void forumPhrasesAreFoundWhereTheyStart() {
        List<ForumText.PhraseRule> rules = Forums.standard().inText().textRules();
        List<String> pieces = new ArrayList<>(List.of(PIECES));
        DataTables.read("forums.tsv").stream().filter(r -> r[0].strip().equals("text")).map(r -> r[1].strip())
                .forEach(p -> {
                    pieces.add(p);
                    pieces.add(p.toUpperCase(java.util.Locale.ROOT));
                    pieces.add(p.toLowerCase(java.util.Locale.ROOT).replace(' ', '\n'));
                });
        int matches = 0;
        for (String text : texts(5, pieces.toArray(String[]::new))) {
            for (ForumText.PhraseRule rule : rules) {
                List<String> expected = byFind(rule.pattern(), text);
                assertThat(byScan(rule.scan(), text)).as("%s in %s", rule.pattern(), text).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void instrumentsAreFoundAsTheWholeAlternationFindsThem() {
        InstrumentNames names = new InstrumentNames(DataTables.read("instruments.tsv"));
        Pattern all = names.all();
        for (String text : texts(4)) {
            String t = text.replace('\u00A0', ' ').replace('’', '\'');
            assertThat(names.find(t).stream().map(ScanningTest::describe).toList()).as(t)
                    .isEqualTo(byFind(all, t));
        }
    }

    @Test
    void characterClassesAreThoseOfTheRegexEngine() {
        Pattern space = Pattern.compile("\\s");
        Pattern letterOrNumber = Pattern.compile("[\\p{L}\\p{N}]");
        Pattern lower = Pattern.compile("\\p{Ll}");
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 7) {
            String s = new String(Character.toChars(cp));
            assertThat(Scanning.isSpace(cp)).as("U+%04X", cp).isEqualTo(space.matcher(s).matches());
            assertThat(Scanning.isLetterOrNumber(cp)).as("U+%04X", cp).isEqualTo(letterOrNumber.matcher(s).matches());
            assertThat(Scanning.isLowercaseLetter(cp)).as("U+%04X", cp).isEqualTo(lower.matcher(s).matches());
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (int i = BrokenWords.nextToken(text, 0); i < text.length(); ) {
            int end = BrokenWords.tokenEnd(text, i);
            out.add(text.substring(i, end));
            i = BrokenWords.nextToken(text, end);
        }
        return out;
    }

    private static List<String> all(Pattern p, String text, Function<String, String> f) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(f.apply(m.group()));
        }
        return out;
    }
}
