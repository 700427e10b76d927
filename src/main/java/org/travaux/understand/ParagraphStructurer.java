package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.travaux.model.BlockKind;
import org.travaux.model.Paragraph;
import org.travaux.model.TextBlock;
import org.travaux.understand.ParagraphNumber.Style;

/**
 * Turns the blocks an extractor found into the paragraphs of a document: page furniture removed, lines rejoined into
 * paragraphs, numbers read and nested, headings found and their path kept, stable ids, clause kinds and flags.
 *
 * <p>Deterministic: the same blocks always give the same paragraphs, ids included. Footnotes are kept, after the
 * body, under the section "Footnotes" with ids "fn1", "fn2" …; their markers are taken out of the body text.
 * Language is left null and themes and references empty, for later steps to fill.
 */
public final class ParagraphStructurer {
    static final String FOOTNOTES = "Footnotes";
    private static final int MAX_SECTION = 200;
    /** A bulleted item is a sub-paragraph of the clause before it. */
    private static final Pattern BOLD = Pattern.compile("\\*\\*[^*]+\\*\\*");
    private static final Pattern BULLET = Pattern.compile("[•▪◦·‣●○■□–—-]\\s");

    private final ClauseClassifier clauses;

    public ParagraphStructurer() {
        this(ClauseClassifier.standard());
    }

    public ParagraphStructurer(ClauseClassifier clauses) {
        this.clauses = clauses;
    }

    /** A paragraph on its way: its text, where it starts, and what the numbering and headings say about it. */
    private static final class Draft {
        final StringBuilder raw;
        final int page;
        BlockKind kind;
        final int level;
        String text;
        ParagraphNumber number;
        int sectionLevel;
        String footnote;

        Draft(String raw, int page, BlockKind kind, int level) {
            this.raw = new StringBuilder(raw);
            this.page = page;
            this.kind = kind;
            this.level = level;
        }
    }

    /** The paragraphs of a document, in reading order, from the blocks its extractor found. */
    public List<Paragraph> structure(List<TextBlock> blocks) {
        PageNoise.Result clean = PageNoise.strip(blocks);
        List<Draft> drafts = new Lines(clean.body()).join();
        for (TextBlock note : clean.footnotes()) {
            Draft d = new Draft(note.text(), note.page(), BlockKind.PARAGRAPH, 0);
            d.footnote = PageNoise.marker(note);
            drafts.add(d);
        }
        Map<String, Integer> vocabulary = TextCleaner.vocabulary(drafts.stream().map(d -> d.raw.toString()).toList());
        for (Draft d : drafts) {
            String raw = d.raw.toString().strip();
            if (BOLD.matcher(raw).matches()) {
                d.kind = BlockKind.HEADING;  // a whole paragraph in bold, as text conversions mark headings
                d.sectionLevel = 3;
            }
            d.text = TextCleaner.clean(raw, vocabulary);
        }
        drafts.removeIf(d -> d.text.isEmpty());
        for (int i = 0; i < drafts.size(); i++) {
            readNumber(drafts, i);
        }
        return paragraphs(drafts);
    }

    /** Reads a draft's number and whether it is a heading, and at which level it opens a section. */
    private static void readNumber(List<Draft> drafts, int i) {
        Draft d = drafts.get(i);
        if (d.footnote != null || d.kind == BlockKind.TABLE_CELL) {
            return;
        }
        int given = d.kind != BlockKind.HEADING ? 0 : d.sectionLevel > 0 ? d.sectionLevel : d.level + 1;
        String next = i + 1 < drafts.size() ? drafts.get(i + 1).text : null;
        ParagraphNumbers.Reading r = ParagraphNumbers.read(d.text, given, next);
        d.number = r.number();
        d.sectionLevel = r.sectionLevel();
        if (r.sectionLevel() > 0) {
            d.kind = BlockKind.HEADING;
        }
    }

    private List<Paragraph> paragraphs(List<Draft> drafts) {
        List<ParagraphNumbers.Entry> entries = drafts.stream()
                .map(d -> new ParagraphNumbers.Entry(d.number, d.kind == BlockKind.HEADING, d.footnote)).toList();
        List<ParagraphNumbers.Assigned> numbers = ParagraphNumbers.assign(entries);
        List<ClauseClassifier.Input> inputs = new ArrayList<>(drafts.size());
        boolean article = false;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            boolean heading = d.kind == BlockKind.HEADING;
            if (heading) {
                article = d.number != null && d.number.style() == Style.SECTION;  // "Article 5", "Rule 12"
            }
            String body = d.number == null ? d.text : d.text.substring(Math.min(d.number.end(), d.text.length()));
            int depth = d.footnote != null ? 0 : BULLET.matcher(body).lookingAt() ? 2 : numbers.get(i).depth();
            inputs.add(new ClauseClassifier.Input(body.strip(), depth, heading || d.footnote != null,
                    d.footnote == null && (numbers.get(i).inAnnex() || article)));
        }
        List<ClauseClassifier.Clause> kinds = clauses.classify(inputs);
        List<Paragraph> out = new ArrayList<>(drafts.size());
        Sections sections = new Sections();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            ClauseClassifier.Clause c = kinds.get(i);
            List<String> section = d.footnote != null ? List.of(FOOTNOTES) : sections.path();
            if (d.kind == BlockKind.HEADING && d.footnote == null) {
                sections.enter(d.text, d.sectionLevel);
            }
            String number = d.number == null || d.footnote != null ? null : d.number.printed();
            out.add(new Paragraph(numbers.get(i).id(), i, number, section, d.kind, d.text, d.page, c.kind(), c.verb(),
                    c.commitment(), c.recommendation(), null, List.of(), List.of()));
        }
        return out;
    }

    /** The path of open headings: a heading of level n closes every open heading of level n or deeper. */
    private static final class Sections {
        private final List<String> titles = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();

        List<String> path() {
            return List.copyOf(titles);
        }

        void enter(String heading, int level) {
            if (!titles.isEmpty() && ParagraphNumbers.isContents(titles.get(titles.size() - 1))) {
                levels.remove(levels.size() - 1);  // the table of contents ends where the first heading after it starts
                titles.remove(titles.size() - 1);
            }
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                titles.remove(titles.size() - 1);
            }
            levels.add(level);
            titles.add(heading.length() > MAX_SECTION ? heading.substring(0, MAX_SECTION) + "…" : heading);
        }
    }

    /**
     * Rejoins lines into paragraphs. PDF extraction gives a block per line (or per run of lines, cut at page breaks),
     * so a paragraph starts where a line is numbered, where the line before it is short, or where a new clause opens
     * after a comma; it goes on where a line starts in lower case or a page break cuts a sentence. Blocks from other
     * formats are paragraphs already, but a number alone ("1.") joins the text that follows it, and lines inside a
     * block that start with a number ("1. …\n2. …") are split.
     */
    private final class Lines {
        private static final Set<String> JOINING = Set.copyOf(PageNoise.words("joining"));
        private static final Pattern LIST_END = Pattern.compile("[;,] (and|or|et|ou|y|o)$");
        private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,3}\\.|\\(\\w{1,4}\\)|\\d{1,3} \\(\\w{1,4}\\)");
        private final List<TextBlock> blocks;
        private final boolean paged;
        private final boolean lineMode;
        private final double shortLine;
        private final List<Draft> out = new ArrayList<>();
        private Draft current;
        private boolean titled;  // the current paragraph opens with "Annex" or "Panel IV.": a title that may wrap
        private String previous;

        Lines(List<TextBlock> blocks) {
            this.blocks = blocks;
            this.paged = blocks.stream().anyMatch(b -> b.page() > 0);
            long single = blocks.stream().filter(b -> b.text().strip().indexOf('\n') < 0).count();
            this.lineMode = paged && single >= 0.8 * blocks.size();
            int[] widths = blocks.stream().flatMap(b -> b.text().lines()).mapToInt(l -> l.strip().length())
                    .filter(n -> n >= 25).sorted().toArray();
            this.shortLine = widths.length == 0 ? 60 : 0.75 * widths[(int) (widths.length * 0.8)];
        }

        List<Draft> join() {
            for (TextBlock b : blocks) {
                if (b.kind() == BlockKind.HEADING || b.kind() == BlockKind.TABLE_CELL) {
                    out.add(new Draft(b.text(), b.page(), b.kind(), b.level()));
                    current = null;  // nothing joins a heading or a table cell
                    continue;
                }
                boolean first = true;
                for (String line : b.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                    boolean start = current == null || !lone(current) && (lineMode || !first
                            ? breaksBefore(line, !first && !lineMode) : !continues(line));
                    if (start) {
                        current = new Draft(line, b.page(), b.kind(), b.level());
                        titled = ParagraphNumber.parse(line)
                                .filter(n -> n.style() == Style.ANNEX || n.style() == Style.SECTION).isPresent();
                        out.add(current);
                    } else {
                        current.raw.append('\n').append(line);
                    }
                    previous = line;
                    first = false;
                }
            }
            return out;
        }

        /** Between two lines of running text. */
        private boolean breaksBefore(String line, boolean insideBlock) {
            if (ParagraphNumbers.isContentsLine(previous)) {
                return true;
            }
            if (numbered(line)) {
                return breakAllowed() && !inline(line);
            }
            if (Character.isLowerCase(line.charAt(0)) || JOINING.contains(lastWord(previous)) || previous.endsWith("-")) {
                return false;  // "addressed to the" / "President of …", "Secretary-" / "General"
            }
            if (insideBlock && !TextCleaner.endsWithAny(previous, ".;:!?") && titled) {
                return false;  // "Annex to the letter dated … from the Permanent\nRepresentative of Mexico …"
            }
            if (paged && previous.length() < shortLine) {
                return true;
            }
            return TextCleaner.endsWithAny(previous, ",;") && clauses.opensClause(line);
        }

        /** Across a block boundary, outside line mode: does this block go on with the paragraph before it? */
        private boolean continues(String line) {
            if (numbered(line) || previous == null) {
                return false;
            }
            boolean open = !TextCleaner.endsSentence(previous);
            if (Character.isLowerCase(line.charAt(0))) {
                return open;
            }
            if (ClauseClassifier.isFormula(line) || LIST_END.matcher(previous).find()) {
                return false;  // "…; and" ends an item of a list; "The Security Council," opens a resolution
            }
            if (open && JOINING.contains(lastWord(previous))) {
                return true;
            }
            // a page break, or a note set between, cut the sentence: "… from Latin America and the" / "Caribbean …"
            return paged && open && previous.length() >= shortLine && !clauses.opensClause(line);
        }

        private static String lastWord(String line) {
            return line.substring(line.lastIndexOf(' ') + 1);
        }

        private boolean numbered(String line) {
            return ParagraphNumber.parse(line).filter(n -> n.style() != Style.ANNEX && n.style() != Style.SECTION)
                    .isPresent();
        }

        /** A number may open a paragraph after the end of a sentence, a clause, a heading or a short line. */
        private boolean breakAllowed() {
            return TextCleaner.endsWithAny(previous, ".;:!?,)\"”’*") || previous.length() < (paged ? shortLine : 80);
        }

        /** "… by 1994; (b) those that …": a lettered item inside a sentence that already listed "(a)". */
        private boolean inline(String line) {
            Optional<ParagraphNumber> n = ParagraphNumber.parse(line);
            if (n.isEmpty() || !n.get().lettered() || n.get().label().length() != 1
                    || n.get().label().equals("a")) {
                return false;
            }
            String before = "(" + (char) (n.get().label().charAt(0) - 1) + ")";
            int at = current.raw.indexOf(before);
            return at > 0;
        }

        /** "1." alone on its line, as text conversions leave numbers: it belongs to the next line. */
        private boolean lone(Draft d) {
            return d.raw.length() <= 12 && LONE_NUMBER.matcher(d.raw).matches();
        }
    }
}
