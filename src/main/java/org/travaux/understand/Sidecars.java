package org.travaux.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses metadata sidecars: a {@code catalog.csv} (RFC 4180; first column {@code file}, a path relative to the
 * catalogue's folder; every other column a field) and a flat {@code <file>.meta.json} object. Malformed input throws
 * {@link IllegalArgumentException} naming where it went wrong.
 */
public final class Sidecars {
    private Sidecars() {
    }

    /** Rows of a catalogue by their {@code file} value ('/' separators); empty cells are left out. */
    public static Map<String, Map<String, String>> parseCatalog(String csv) {
        List<List<String>> rows = CsvRows.parse(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("catalog is empty: the first line must name the columns, starting with 'file'");
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.isEmpty() || !header.get(0).equals("file")) {
            throw new IllegalArgumentException("catalog's first column must be 'file', was '"
                    + (header.isEmpty() ? "" : header.get(0)) + "'");
        }
        Map<String, Map<String, String>> byFile = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            String file = row.get(0).strip().replace('\\', '/');
            if (file.isEmpty()) {
                throw new IllegalArgumentException("catalog line " + (r + 1) + " has no file name");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 1; c < Math.min(row.size(), header.size()); c++) {
                String value = row.get(c).strip();
                if (!value.isEmpty() && !header.get(c).isEmpty()) {
                    fields.put(header.get(c), value);
                }
            }
            byFile.put(file, fields);
        }
        return byFile;
    }

    /** The fields of a flat JSON object; numbers, booleans and NaN become their text, null leaves a field out. */
    public static Map<String, String> parseMetaJson(String json) {
        return new FlatJson(json.startsWith("\uFEFF") ? json.substring(1) : json).object();
    }

    /** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF. */
    static final class CsvRows {
        private CsvRows() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        cell.append(c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    line++;
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("unclosed quote in CSV, starting before line " + line);
            }
            if (!cell.isEmpty() || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
