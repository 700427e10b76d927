package org.travaux.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.travaux.model.BlockKind;
import org.travaux.model.TextBlock;

/**
 * Removes what page layout adds to a document's text (running heads and footers, page numbers, symbol and job-number
 * lines, bar codes, link targets, "Please recycle") and sets footnotes apart, with their markers taken out of the text.
 */
final class PageNoise {
    /** Lines at the top and at the bottom of a page where running heads, footers and page numbers stand. */
    private static final int EDGE = 4;

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private PageNoise() {
    }

    /** The text without its layout noise, and the footnotes set apart, one block each, in reading order. */
    public record Result(List<TextBlock> body, List<TextBlock> footnotes) {
        public Result {
            body = List.copyOf(body);
            footnotes = List.copyOf(footnotes);
        }
    }

    /**
     * With pages (PDF), furniture is found line by line at the edges of each page, footnotes below the rule at its
     * foot; without pages, a block that is furniture or a footnote as a whole is set aside.
     */
    public static Result strip(List<TextBlock> blocks) {
        boolean paged = blocks.stream().anyMatch(b -> b.page() > 0);
        return paged ? stripPaged(blocks) : stripUnpaged(blocks);
    }

    /** Without pages each block is a paragraph: drop the ones that are furniture, set footnotes apart. */
    private static Result stripUnpaged(List<TextBlock> blocks) {
        List<TextBlock> body = new ArrayList<>();
        List<TextBlock> notes = new ArrayList<>();
        for (TextBlock b : blocks) {
            String t = b.text().strip();
            boolean furniture = b.kind() == BlockKind.TABLE_CELL ? PageFurniture.isPrinting(t) : PageFurniture.isFurniture(t);
            if (furniture) {
                continue;  // a number alone in a table cell is data, not a page number
            }
            boolean note = Footnotes.isUnpagedNote(t);
            (b.kind() == BlockKind.PARAGRAPH && note ? notes : body).add(b);
        }
        return new Result(body, notes);
    }

    private static Result stripPaged(List<TextBlock> blocks) {
        List<PageLine> lines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (String l : blocks.get(i).text().split("\n")) {
                if (!l.isBlank()) {
                    lines.add(new PageLine(i, blocks.get(i).page(), l.strip()));
                }
            }
        }
        Map<Integer, List<PageLine>> pages = lines.stream()
                .collect(Collectors.groupingBy(l -> l.page, LinkedHashMap::new, Collectors.toList()));
        pages.values().forEach(PageNoise::dropLinksAndFurniture);
        dropRunningLines(pages);
        List<TextBlock> notes = new ArrayList<>();
        for (List<PageLine> page : pages.values()) {
            notes.addAll(Footnotes.onPage(page, notes));
        }
        return new Result(rebuild(blocks, lines), notes);
    }

    /** Link targets that PDF extraction appends to a page, and edge lines that are page furniture. */
    private static void dropLinksAndFurniture(List<PageLine> page) {
        for (int i = page.size() - 1; i >= 0 && PageFurniture.isUrl(page.get(i).text); i--) {
            page.get(i).role = 'x';
        }
        List<PageLine> kept = page.stream().filter(l -> l.role == 'b').toList();
        for (int i = 0; i < kept.size(); i++) {
            PageLine l = kept.get(i);
            boolean edge = i < EDGE || i >= kept.size() - EDGE;
            if (PageFurniture.isUnLink(l.text) || PageFurniture.isPrinting(l.text)
                    || edge && (PageFurniture.isFurniture(l.text) || PageFurniture.isSymbolLine(l.text))) {
                l.role = 'x';
            }
        }
    }

    /** A short line standing at the edge of many pages is a running head or footer, whatever its page number. */
    private static void dropRunningLines(Map<Integer, List<PageLine>> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (List<PageLine> page : pages.values()) {
            for (PageLine l : edges(page)) {
                seen.computeIfAbsent(key(l.text), k -> new java.util.HashSet<>()).add(l.page);
            }
        }
        int least = Math.max(2, (int) Math.ceil(pages.size() * 0.25));
        for (List<PageLine> page : pages.values()) {
            for (PageLine l : edges(page)) {
                if (l.text.length() <= 120 && seen.get(key(l.text)).size() >= least
                        && !Footnotes.SEPARATOR.matcher(l.text).matches()) {
                    l.role = 'x';
                }
            }
        }
    }

    private static List<PageLine> edges(List<PageLine> page) {
        List<PageLine> kept = page.stream().filter(l -> l.role == 'b').toList();
        if (kept.size() <= 2 * EDGE) {
            return kept;
        }
        List<PageLine> out = new ArrayList<>(kept.subList(0, EDGE));
        out.addAll(kept.subList(kept.size() - EDGE, kept.size()));
        return out;
    }

    private static String key(String line) {
        return WHITE_SPACE.matcher(DIGIT.matcher(line).replaceAll("#")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static List<TextBlock> rebuild(List<TextBlock> blocks, List<PageLine> lines) {
        Map<Integer, List<String>> kept = lines.stream().filter(l -> l.role == 'b')
                .collect(Collectors.groupingBy(l -> l.block, LinkedHashMap::new,
                        Collectors.mapping(l -> l.text, Collectors.toList())));
        List<TextBlock> out = new ArrayList<>();
        kept.forEach((i, text) -> {
            TextBlock b = blocks.get(i);
            out.add(new TextBlock(b.kind(), String.join("\n", text), b.page(), b.level()));
        });
        return out;
    }
}
