package org.travaux.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.travaux.model.BlockKind;
import org.travaux.model.TextBlock;

/**
 * Removes what page layout adds to a document's text (running heads and footers, page numbers, symbol and job-number
 * lines, bar codes, link targets, "Please recycle") and sets footnotes apart, with their markers taken out of the text.
 */
public final class PageNoise {
    /** Lines at the top and at the bottom of a page where running heads, footers and page numbers stand. */
    private static final int EDGE = 4;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—]?\\s*\\d{1,3}\\s*[-–—]?|\\d{1,3}\\s*/\\s*\\d{1,3}|(page|página|pág\\.|p\\.)\\s*\\d{1,3}(\\s*(of|de|/)\\s*\\d{1,3})?");
    /** "24-01234 (E) 150124", "2/16 25-00976", "25-00976 3/16": the job number of a UN document, with its page. */
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "(\\d{1,3}/\\d{1,3}\\s+)?\\d{2}-\\d{5}(\\s*\\([A-Z]\\))?(\\s+\\d{6}){0,2}(\\s+\\d{1,3}/\\d{1,3})?(\\s+\\*\\d{6,9}\\*)?");
    private static final Pattern BAR_CODE = Pattern.compile("\\*\\d{6,9}\\*");
    /** A document symbol alone on a line ("E/CN.9/2025/6", "S/RES/2782 (2025)", "A/81/6 (Sect. 10)"). */
    private static final Pattern SYMBOL_LINE = Pattern.compile(
            "[A-Z][A-Za-z]{0,7}(\\.\\d{1,3})?(/[A-Za-z0-9.\\-]+){1,6}(\\s*\\((\\d{4}|Sect\\.\\s*\\d+\\w?|Part\\s+[IVX]+)\\))?");
    private static final Pattern URL_LINE = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern UN_LINK = Pattern.compile("https?://(undocs\\.org|docs\\.un\\.org|documents\\.un\\.org)/\\S*");
    private static final Pattern SEPARATOR = Pattern.compile("[_\\-–—]{5,}");
    /** The first line of a footnote: its marker, then its text. */
    static final Pattern FOOTNOTE_START = Pattern.compile("(\\d{1,3}|\\*{1,3}|[a-z]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\\^\\w{1,3})/?\\s+(\\S.*)");
    /** A footnote where the format has no pages: a paragraph opening with "*", "¹" or "^a" and a space. */
    private static final Pattern UNPAGED_FOOTNOTE = Pattern.compile("(\\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\\^\\w{1,3})\\s+\\S.*",
            Pattern.DOTALL);
    /** A footnote that opens with "*" or a superscript number stands on its own line wherever the page puts it. */
    private static final Pattern MARKED_NOTE = Pattern.compile("(\\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\\s+[^*\\s].*");
    private static final Set<String> NOISE = words("noise").stream().map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final List<String> NOISE_STARTS = words("noise-start");
    /** "30 See Official Records …": a numbered footnote among paragraphs, known by how its text opens. */
    private static final Pattern NUMBERED_NOTE = Pattern.compile("\\d{1,3}/?\\s+(?:" + words("footnote-start").stream()
            .distinct().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b.*", Pattern.DOTALL);

    private PageNoise() {
    }

    /** The text without its layout noise, and the footnotes set apart, one block each, in reading order. */
    public record Result(List<TextBlock> body, List<TextBlock> footnotes) {
        public Result {
            body = List.copyOf(body);
            footnotes = List.copyOf(footnotes);
        }
    }

    /** A footnote's marker ("12", "*", "a"), read from its first line, or "" when it has none. */
    public static String marker(TextBlock footnote) {
        Matcher m = FOOTNOTE_START.matcher(footnote.text().strip().lines().findFirst().orElse(""));
        return m.matches() ? m.group(1).replace("^", "") : "";
    }

    /** A line of a block on a page; {@code role} says whether it stays, goes, or belongs to a footnote. */
    private static final class Line {
        final int block;
        final int page;
        String text;
        char role = 'b';  // b: body, x: removed, f: footnote

        Line(int block, int page, String text) {
            this.block = block;
            this.page = page;
            this.text = text;
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
            boolean furniture = b.kind() == BlockKind.TABLE_CELL ? isPrinting(t) : isFurniture(t);
            if (furniture) {
                continue;  // a number alone in a table cell is data, not a page number
            }
            boolean note = UNPAGED_FOOTNOTE.matcher(t).matches() || NUMBERED_NOTE.matcher(t).matches();
            (b.kind() == BlockKind.PARAGRAPH && note ? notes : body).add(b);
        }
        return new Result(body, notes);
    }

    private static Result stripPaged(List<TextBlock> blocks) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (String l : blocks.get(i).text().split("\n")) {
                if (!l.isBlank()) {
                    lines.add(new Line(i, blocks.get(i).page(), l.strip()));
                }
            }
        }
        Map<Integer, List<Line>> pages = lines.stream()
                .collect(Collectors.groupingBy(l -> l.page, LinkedHashMap::new, Collectors.toList()));
        pages.values().forEach(PageNoise::dropLinksAndFurniture);
        dropRunningLines(pages);
        List<TextBlock> notes = new ArrayList<>();
        for (List<Line> page : pages.values()) {
            notes.addAll(footnotes(page, notes));
        }
        return new Result(rebuild(blocks, lines), notes);
    }

    /** Link targets that PDF extraction appends to a page, and edge lines that are page furniture. */
    private static void dropLinksAndFurniture(List<Line> page) {
        for (int i = page.size() - 1; i >= 0 && URL_LINE.matcher(page.get(i).text).matches(); i--) {
            page.get(i).role = 'x';
        }
        List<Line> kept = page.stream().filter(l -> l.role == 'b').toList();
        for (int i = 0; i < kept.size(); i++) {
            Line l = kept.get(i);
            boolean edge = i < EDGE || i >= kept.size() - EDGE;
            if (UN_LINK.matcher(l.text).matches() || isPrinting(l.text)
                    || edge && (isFurniture(l.text) || SYMBOL_LINE.matcher(l.text).matches())) {
                l.role = 'x';
            }
        }
    }

    private static boolean isFurniture(String t) {
        return PAGE_NUMBER.matcher(t).matches() || isPrinting(t);
    }

    /** What the printing office adds, wherever it stands: job number, bar code, "Please recycle". */
    private static boolean isPrinting(String t) {
        return JOB_NUMBER.matcher(t).matches() || BAR_CODE.matcher(t).matches()
                || NOISE.contains(t.toLowerCase(Locale.ROOT)) || NOISE_STARTS.stream().anyMatch(t::startsWith);
    }

    /** A short line standing at the edge of many pages is a running head or footer, whatever its page number. */
    private static void dropRunningLines(Map<Integer, List<Line>> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (List<Line> page : pages.values()) {
            for (Line l : edges(page)) {
                seen.computeIfAbsent(key(l.text), k -> new java.util.HashSet<>()).add(l.page);
            }
        }
        int least = Math.max(2, (int) Math.ceil(pages.size() * 0.25));
        for (List<Line> page : pages.values()) {
            for (Line l : edges(page)) {
                if (l.text.length() <= 120 && seen.get(key(l.text)).size() >= least
                        && !SEPARATOR.matcher(l.text).matches()) {
                    l.role = 'x';
                }
            }
        }
    }

    private static List<Line> edges(List<Line> page) {
        List<Line> kept = page.stream().filter(l -> l.role == 'b').toList();
        if (kept.size() <= 2 * EDGE) {
            return kept;
        }
        List<Line> out = new ArrayList<>(kept.subList(0, EDGE));
        out.addAll(kept.subList(kept.size() - EDGE, kept.size()));
        return out;
    }

    private static String key(String line) {
        return line.replaceAll("\\d", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Footnotes stand below a rule at the foot of the page (or, on a first page without a rule, open with "*").
     * Each becomes one block; a page whose notes start without a marker continues the previous page's last note.
     */
    private static List<TextBlock> footnotes(List<Line> page, List<TextBlock> earlier) {
        List<Line> body = page.stream().filter(l -> l.role == 'b').toList();
        int from = -1;
        for (int i = 0; i < body.size(); i++) {
            if (SEPARATOR.matcher(body.get(i).text).matches()) {
                body.get(i).role = 'x';
                from = i + 1;
                break;
            }
        }
        if (from < 0) {
            return markedNotes(body);
        }
        List<TextBlock> notes = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        StringBuilder note = null;
        for (Line l : body.subList(from, body.size())) {
            l.role = 'f';
            Matcher m = FOOTNOTE_START.matcher(l.text);
            String marker = m.matches() ? m.group(1) : null;
            if (marker != null && (markers.isEmpty() || follows(markers.get(markers.size() - 1), marker))) {
                flush(note, l.page, notes);
                markers.add(marker);
                note = new StringBuilder(l.text);
            } else if (note != null) {
                note.append('\n').append(l.text);
            } else if (!earlier.isEmpty()) {  // a note carried over from the previous page
                TextBlock last = earlier.remove(earlier.size() - 1);
                note = new StringBuilder(last.text()).append('\n').append(l.text);
            } else {
                note = new StringBuilder(l.text);
            }
        }
        flush(note, page.get(0).page, notes);
        removeMarkers(body.subList(0, from), markers);
        return notes;
    }

    /**
     * Without a rule, only notes that open with "*" or a superscript ("* E/CN.9/2025/1.", "¹ Government …") are
     * footnotes; each takes the rest of its block with it (a note's lines share a block where blocks are paragraphs)
     * and the lines after it that start in lower case (where each line is a block).
     */
    private static List<TextBlock> markedNotes(List<Line> body) {
        List<TextBlock> notes = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Line l = body.get(i);
            if (!MARKED_NOTE.matcher(l.text).matches()) {
                continue;
            }
            StringBuilder note = new StringBuilder(l.text);
            l.role = 'f';
            while (i + 1 < body.size() && (body.get(i + 1).block == l.block
                    || Character.isLowerCase(body.get(i + 1).text.charAt(0)))) {
                body.get(++i).role = 'f';
                note.append('\n').append(body.get(i).text);
            }
            notes.add(new TextBlock(BlockKind.PARAGRAPH, note.toString(), l.page, 0));
        }
        removeMarkers(body, notes.stream().map(PageNoise::marker).toList());
        return notes;
    }

    /** Each marker of the page's notes comes out of the page's text once (see {@link TextCleaner#removeMarker}). */
    private static void removeMarkers(List<Line> lines, List<String> markers) {
        List<Line> text = lines.stream().filter(l -> l.role == 'b').toList();
        List<String> texts = new ArrayList<>(text.stream().map(l -> l.text).toList());
        markers.forEach(m -> TextCleaner.removeMarker(texts, m));
        for (int i = 0; i < text.size(); i++) {
            text.get(i).text = texts.get(i);
        }
    }

    /** Footnote markers run in sequence: "3" follows "2", "b" follows "a"; asterisks may repeat. */
    private static boolean follows(String previous, String marker) {
        if (previous.matches("\\d+") && marker.matches("\\d+")) {
            return Integer.parseInt(marker) == Integer.parseInt(previous) + 1;
        }
        if (previous.length() == 1 && marker.length() == 1 && Character.isLetter(previous.charAt(0))) {
            return marker.charAt(0) == previous.charAt(0) + 1;
        }
        return marker.startsWith("*") || marker.startsWith("^") || marker.matches("[¹²³⁴⁵⁶⁷⁸⁹⁰]+");
    }

    private static void flush(StringBuilder note, int page, List<TextBlock> notes) {
        if (note != null) {
            notes.add(new TextBlock(BlockKind.PARAGRAPH, note.toString(), page, 0));
        }
    }

    private static List<TextBlock> rebuild(List<TextBlock> blocks, List<Line> lines) {
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

    /** The words of one role in {@code layout-words.tsv}. */
    static List<String> words(String role) {
        return Layout.ROWS.stream().filter(r -> r.length > 1 && r[0].equals(role)).map(r -> r[1].strip())
                .toList();
    }

    private static final class Layout {
        static final List<String[]> ROWS = table("layout-words.tsv");
    }

    /** One of this package's editable data files: tab-separated, '#' opens a comment line, blank lines ignored. */
    static List<String[]> table(String name) {
        return DataTables.read(name);
    }
}
