package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.travaux.model.BlockKind;
import org.travaux.model.TextBlock;
import org.travaux.understand.ParagraphNumber.Style;

/**
 * Rejoins lines into paragraphs. PDF extraction gives a block per line (or per run of lines, cut at page breaks),
 * so a paragraph starts where a line is numbered, where the line before it is short, or where a new clause opens
 * after a comma; it goes on where a line starts in lower case or a page break cuts a sentence. Blocks from other
 * formats are paragraphs already, but a number alone ("1.") joins the text that follows it, and lines inside a
 * block that start with a number ("1. …\n2. …") are split.
 */
final class LineJoiner {
    private static final Set<String> JOINING = Set.copyOf(LayoutWords.of("joining"));
    private static final Pattern LIST_END = Pattern.compile("[;,] (and|or|et|ou|y|o)$");
    private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,3}\\.|\\(\\w{1,4}\\)|\\d{1,3} \\(\\w{1,4}\\)");
    private final ClauseClassifier clauses;
    private final List<TextBlock> blocks;
    private final boolean paged;
    private final boolean lineMode;
    private final double shortLine;
    private final List<ParagraphDraft> out = new ArrayList<>();
    private ParagraphDraft current;
    private boolean titled;  // the current paragraph opens with "Annex" or "Panel IV.": a title that may wrap
    private String previous;

    LineJoiner(ClauseClassifier clauses, List<TextBlock> blocks) {
        this.clauses = clauses;
        this.blocks = blocks;
        this.paged = blocks.stream().anyMatch(b -> b.page() > 0);
        long single = blocks.stream().filter(b -> b.text().strip().indexOf('\n') < 0).count();
        this.lineMode = paged && single >= 0.8 * blocks.size();
        int[] widths = blocks.stream().flatMap(b -> b.text().lines()).mapToInt(l -> l.strip().length())
                .filter(n -> n >= 25).sorted().toArray();
        this.shortLine = widths.length == 0 ? 60 : 0.75 * widths[(int) (widths.length * 0.8)];
    }

    List<ParagraphDraft> join() {
        for (TextBlock b : blocks) {
            if (b.kind() == BlockKind.HEADING || b.kind() == BlockKind.TABLE_CELL) {
                out.add(new ParagraphDraft(b.text(), b.page(), b.kind(), b.level()));
                current = null;  // nothing joins a heading or a table cell
                continue;
            }
            boolean first = true;
            for (String line : b.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                boolean start = current == null || !lone(current) && (lineMode || !first
                        ? breaksBefore(line, !first && !lineMode) : !continues(line));
                if (start) {
                    current = new ParagraphDraft(line, b.page(), b.kind(), b.level());
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
        if (HeadingLevels.isContentsLine(previous)) {
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
    private boolean lone(ParagraphDraft d) {
        return d.raw.length() <= 12 && LONE_NUMBER.matcher(d.raw).matches();
    }
}
