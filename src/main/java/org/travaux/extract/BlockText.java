package org.travaux.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans the raw text of one block: line breaks are kept as {@code \n}, other whitespace runs become one space,
 * each line is trimmed, control characters are dropped, and blank lines split the text into separate segments.
 */
final class BlockText {

    private BlockText() {
    }

    /**
     * The block's text as one cleaned string with blank lines dropped (a table cell or list item whose inner
     * paragraphs Tika separated by blank lines stays one block), or empty when there is no text.
     */
    static List<String> whole(CharSequence raw) {
        List<String> segments = segments(raw);
        return segments.size() <= 1 ? segments : List.of(String.join("\n", segments));
    }

    /** The block's text as cleaned segments (one per run of non-blank lines); empty when there is no text. */
    static List<String> segments(CharSequence raw) {
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        StringBuilder line = new StringBuilder();
        boolean pendingSpace = false;
        int n = raw.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? raw.charAt(i) : '\n';
            if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                continue;
            }
            if (isLineBreak(c)) {
                endLine(line, segment, segments);
                pendingSpace = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = line.length() > 0;
            } else if (!isDropped(c)) {
                if (pendingSpace) {
                    line.append(' ');
                    pendingSpace = false;
                }
                line.append(c);
            }
        }
        endSegment(segment, segments);
        return segments;
    }

    private static void endLine(StringBuilder line, StringBuilder segment, List<String> segments) {
        if (line.isEmpty()) {
            endSegment(segment, segments);
            return;
        }
        if (!segment.isEmpty()) {
            segment.append('\n');
        }
        segment.append(line);
        line.setLength(0);
    }

    private static void endSegment(StringBuilder segment, List<String> segments) {
        if (!segment.isEmpty()) {
            segments.add(segment.toString());
            segment.setLength(0);
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f'
                || c == '\u0085';
    }

    /** Control characters and the byte order mark carry no text and upset later stages (JSON, highlighting). */
    private static boolean isDropped(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\uFEFF';
    }
}
