package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
final class ParagraphStructurer {
    static final String FOOTNOTES = "Footnotes";
    private static final int MAX_SECTION = 200;
    private static final Pattern BOLD = Pattern.compile("\\*\\*[^*]+\\*\\*");
    /** A bulleted item is a sub-paragraph of the clause before it. */
    private static final Pattern BULLET = Pattern.compile("[•▪◦·‣●○■□–—-]\\s");

    private final ClauseClassifier clauses;

    public ParagraphStructurer() {
        this(ClauseClassifier.standard());
    }

    public ParagraphStructurer(ClauseClassifier clauses) {
        this.clauses = clauses;
    }

    /** The paragraphs of a document, in reading order, from the blocks its extractor found. */
    public List<Paragraph> structure(List<TextBlock> blocks) {
        PageNoise.Result clean = PageNoise.strip(blocks);
        List<ParagraphDraft> drafts = new LineJoiner(clauses, clean.body()).join();
        for (TextBlock note : clean.footnotes()) {
            ParagraphDraft d = new ParagraphDraft(note.text(), note.page(), BlockKind.PARAGRAPH, 0);
            d.footnote = Footnotes.marker(note);
            drafts.add(d);
        }
        Map<String, Integer> vocabulary = BrokenWords.vocabulary(drafts.stream().map(d -> d.raw.toString()).toList());
        for (ParagraphDraft d : drafts) {
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
    private static void readNumber(List<ParagraphDraft> drafts, int i) {
        ParagraphDraft d = drafts.get(i);
        if (d.footnote != null || d.kind == BlockKind.TABLE_CELL) {
            return;
        }
        int given = d.kind != BlockKind.HEADING ? 0 : d.sectionLevel > 0 ? d.sectionLevel : d.level + 1;
        String next = i + 1 < drafts.size() ? drafts.get(i + 1).text : null;
        HeadingLevels.Reading r = HeadingLevels.read(d.text, given, next);
        d.number = r.number();
        d.sectionLevel = r.sectionLevel();
        if (r.sectionLevel() > 0) {
            d.kind = BlockKind.HEADING;
        }
    }

    private List<Paragraph> paragraphs(List<ParagraphDraft> drafts) {
        List<ParagraphNumbers.Entry> entries = drafts.stream()
                .map(d -> new ParagraphNumbers.Entry(d.number, d.kind == BlockKind.HEADING, d.footnote)).toList();
        List<ParagraphNumbers.Assigned> numbers = ParagraphNumbers.assign(entries);
        List<ClauseClassifier.Input> inputs = new ArrayList<>(drafts.size());
        boolean article = false;
        for (int i = 0; i < drafts.size(); i++) {
            ParagraphDraft d = drafts.get(i);
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
            ParagraphDraft d = drafts.get(i);
            ClauseClassifier.Clause c = kinds.get(i);
            List<String> section;
            if (d.footnote != null) {
                section = List.of(FOOTNOTES);
            } else if (d.kind == BlockKind.HEADING) {
                // a heading sits under the headings above its level, not under the sibling it closes ("II" after "I")
                sections.enter(d.text, d.sectionLevel);
                List<String> path = sections.path();
                section = path.subList(0, path.size() - 1);
            } else {
                section = sections.path();
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
            if (!titles.isEmpty() && HeadingLevels.isContents(titles.get(titles.size() - 1))) {
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
}
