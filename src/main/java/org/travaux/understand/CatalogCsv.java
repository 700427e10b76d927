package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks inside, CRLF or LF, a BOM. */
final class CatalogCsv {

    /** One record and the 1-based line it starts on, so errors and callers can point into the file. */
    record Row(int line, List<String> cells) {
    }

    private final String s;
    private int i;
    private int line = 1;
    private int col = 1;

    private CatalogCsv(String text) {
        this.s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Splits {@code text} into records. Blank lines are skipped (editors leave them at the end of files).
     *
     * @throws IllegalArgumentException naming line and column of an unclosed quote, of text after a closing quote
     *                                  or of a quote inside an unquoted field
     */
    static List<Row> read(String text) {
        return new CatalogCsv(text).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (i < s.length()) {
            int rowLine = line;
            List<String> cells = new ArrayList<>();
            boolean more = true;
            while (more) {
                cells.add(field());
                more = i < s.length() && s.charAt(i) == ',';
                if (more) {
                    advance();
                }
            }
            endOfLine();
            boolean blank = cells.size() == 1 && cells.get(0).isBlank();
            if (!blank) {
                rows.add(new Row(rowLine, List.copyOf(cells)));
            }
        }
        return rows;
    }

    private String field() {
        int start = i;
        int startCol = col;
        // Spaces before an opening quote are tolerated: hand-edited catalogues often have ", \"a, b\"".
        while (i < s.length() && s.charAt(i) == ' ') {
            advance();
        }
        if (i < s.length() && s.charAt(i) == '"') {
            return quoted();
        }
        i = start;
        col = startCol;
        StringBuilder cell = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ',' || c == '\r' || c == '\n') {
                break;
            }
            if (c == '"') {
                throw error("a quote inside an unquoted field (quote the whole field and double the quote)");
            }
            cell.append(c);
            advance();
        }
        return cell.toString();
    }

    private String quoted() {
        int openLine = line;
        int openCol = col;
        advance();
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw new IllegalArgumentException("catalog line " + openLine + ", column " + openCol
                        + ": quoted field is never closed");
            }
            char c = s.charAt(i);
            if (c == '"') {
                advance();
                if (i < s.length() && s.charAt(i) == '"') {
                    cell.append('"');
                    advance();
                    continue;
                }
                break;
            }
            cell.append(c);
            advance();
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            advance();
        }
        if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
            throw error("unexpected '" + s.charAt(i) + "' after a closing quote");
        }
        return cell.toString();
    }

    private void endOfLine() {
        if (i < s.length() && s.charAt(i) == '\r') {
            advance();
        }
        if (i < s.length() && s.charAt(i) == '\n') {
            advance();
        }
    }

    private void advance() {
        if (s.charAt(i) == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        i++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("catalog line " + line + ", column " + col + ": " + what);
    }
}
