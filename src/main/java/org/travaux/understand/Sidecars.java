package org.travaux.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads metadata sidecars: a {@code catalog.csv} (first column {@code file}, a path relative to the catalogue's
 * folder; every other column a field) and a {@code <file>.meta.json} (a flat JSON object). Field names are lower-cased
 * with spaces and hyphens as '_'; empty cells and nulls are left out, because "not known" must not override text.
 */
public final class Sidecars {
    /** Fields {@link MetadataReader} understands; any other field is passed through as an extra. */
    public static final Set<String> KNOWN_FIELDS = Set.of("symbol", "title", "date", "year", "session", "agenda",
            "type", "language", "original_language", "distribution", "forum", "country", "iso3", "speaker", "post");

    private Sidecars() {
    }

    /**
     * Parses a catalogue.
     *
     * @return for each file path ('/'-separated, as written, without a leading "./"), its non-empty fields in column
     * order
     * @throws IllegalArgumentException naming the line of a malformed record, a duplicate file or a missing file column
     */
    public static Map<String, Map<String, String>> parseCatalog(String csvText) {
        List<CatalogCsv.Row> rows = CatalogCsv.read(csvText);
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> header = rows.get(0).cells().stream().map(Sidecars::fieldName).toList();
        if (!header.get(0).equals("file")) {
            throw new IllegalArgumentException("catalog line " + rows.get(0).line()
                    + ": the first column must be 'file', was '" + rows.get(0).cells().get(0) + "'");
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (CatalogCsv.Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.size() > header.size()) {
                throw new IllegalArgumentException("catalog line " + row.line() + ": " + cells.size()
                        + " fields but the header has " + header.size() + " (an unquoted comma?)");
            }
            String file = filePath(cells.get(0));
            if (file.isEmpty()) {
                throw new IllegalArgumentException("catalog line " + row.line() + ": the file column is empty");
            }
            Integer earlier = lineOf.put(file, row.line());
            if (earlier != null) {
                throw new IllegalArgumentException("catalog line " + row.line() + ": file '" + file
                        + "' is already described on line " + earlier);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 1; c < cells.size(); c++) {
                String value = cells.get(c).strip();
                if (!value.isEmpty() && !header.get(c).isEmpty()) {
                    fields.put(header.get(c), value);
                }
            }
            out.put(file, Collections.unmodifiableMap(fields));
        }
        return out;
    }

    /**
     * Parses a {@code .meta.json} sidecar.
     *
     * @return its members with a value, names normalised like catalogue columns (strings as written, numbers as
     * written)
     * @throws IllegalArgumentException naming line and column where the text is not a flat JSON object
     */
    public static Map<String, String> parseMetaJson(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : MetaJson.read(json).entrySet()) {
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (!value.isEmpty()) {
                out.put(fieldName(e.getKey()), value);
            }
        }
        return out;
    }

    /** "Original Language" and "original-language" both name the field {@code original_language}. */
    static String fieldName(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /**
     * Reads one of this package's editable data files: tab-separated, '#' starts a comment line, blank lines ignored.
     * Used once per class at load time; a missing file is a packaging bug, so it fails loudly.
     */
    static List<String[]> resourceTable(String name) {
        return DataTables.read(name);
    }

    private static String filePath(String raw) {
        String p = raw.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }
}
