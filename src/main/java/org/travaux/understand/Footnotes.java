package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.travaux.model.BlockKind;
import org.travaux.model.TextBlock;

/**
 * Footnotes set apart from a document's text, one block each, with their markers taken out of the text: below the
 * rule at the foot of a page, opening with "*" or a superscript where a page has no rule, and, where the format has no
 * pages, paragraphs that open with a marker.
 */
final class Footnotes {
    /** The rule a page draws above its footnotes. */
    static final Pattern SEPARATOR = Pattern.compile("[_\\-–—]{5,}");
    /** The first line of a footnote: its marker, then its text. */
    private static final Pattern FOOTNOTE_START = Pattern.compile("(\\d{1,3}|\\*{1,3}|[a-z]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\\^\\w{1,3})/?\\s+(\\S.*)");
    /** A footnote where the format has no pages: a paragraph opening with "*", "¹" or "^a" and a space. */
    private static final Pattern UNPAGED_FOOTNOTE = Pattern.compile("(\\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\\^\\w{1,3})\\s+\\S.*",
            Pattern.DOTALL);
    /** A footnote that opens with "*" or a superscript number stands on its own line wherever the page puts it. */
    private static final Pattern MARKED_NOTE = Pattern.compile("(\\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\\s+[^*\\s].*");
    /** "30 See Official Records …": a numbered footnote among paragraphs, known by how its text opens. */
    private static final Pattern NUMBERED_NOTE = Pattern.compile("\\d{1,3}/?\\s+(?:"
            + LayoutWords.of("footnote-start").stream().distinct().map(Pattern::quote).collect(Collectors.joining("|"))
            + ")\\b.*", Pattern.DOTALL);

    private Footnotes() {
    }

    /** A footnote's marker ("12", "*", "a"), read from its first line, or "" when it has none. */
    static String marker(TextBlock footnote) {
        Matcher m = FOOTNOTE_START.matcher(footnote.text().strip().lines().findFirst().orElse(""));
        return m.matches() ? m.group(1).replace("^", "") : "";
    }

    /** A paragraph that is a footnote as a whole, in a format without pages. */
    static boolean isUnpagedNote(String t) {
        return UNPAGED_FOOTNOTE.matcher(t).matches() || NUMBERED_NOTE.matcher(t).matches();
    }

    /**
     * Footnotes stand below a rule at the foot of the page (or, on a first page without a rule, open with "*").
     * Each becomes one block; a page whose notes start without a marker continues the previous page's last note.
     */
    static List<TextBlock> onPage(List<PageLine> page, List<TextBlock> earlier) {
        List<PageLine> body = page.stream().filter(l -> l.role == 'b').toList();
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
        for (PageLine l : body.subList(from, body.size())) {
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
    private static List<TextBlock> markedNotes(List<PageLine> body) {
        List<TextBlock> notes = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            PageLine l = body.get(i);
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
        removeMarkers(body, notes.stream().map(Footnotes::marker).toList());
        return notes;
    }

    /** Each marker of the page's notes comes out of the page's text once (see {@link #removeMarker}). */
    private static void removeMarkers(List<PageLine> lines, List<String> markers) {
        List<PageLine> text = lines.stream().filter(l -> l.role == 'b').toList();
        List<String> texts = new ArrayList<>(text.stream().map(l -> l.text).toList());
        markers.forEach(m -> removeMarker(texts, m));
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

    /**
     * Takes a footnote marker out of a page's lines, once: where it is glued to a word ("years).4", "2024,7 in") first,
     * then where it stands after punctuation ("Database. 2 The"), then after a word ("methods 9 and"). A number that is
     * text ("indicator 3.7.1") is left alone. Returns whether the marker was found.
     */
    static boolean removeMarker(List<String> lines, String marker) {
        String m = Pattern.quote(marker);
        String glued = marker.startsWith("*") ? "(?<=[^\\s*])" + m + "(?=\\s|$|[,.;:)])"
                : "(?<=[\\p{Ll})”’\"\\]]|[\\p{L})”’\"][.;:]|[\\p{L}\\d)”’\"],)" + m + "(?=\\s|$|[,.;:)])";
        for (String p : List.of(glued, "(?<=[\\p{L})”’\"][.,;:]|[)”’\"])\\s" + m + "(?=\\s|$)",
                "(?<=\\p{L})\\s" + m + "(?=\\s\\p{Ll})")) {
            Pattern pattern = Pattern.compile(p);
            for (int i = 0; i < lines.size(); i++) {
                Matcher found = pattern.matcher(lines.get(i));
                if (found.find()) {
                    lines.set(i, lines.get(i).substring(0, found.start()) + lines.get(i).substring(found.end()));
                    return true;
                }
            }
        }
        return false;
    }
}
