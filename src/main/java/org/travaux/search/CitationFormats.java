package org.travaux.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document or one of its paragraphs as a reference-manager record: BibTeX, RIS and CSL-JSON. The forum is the
 * corporate author, the symbol the report number, and the paragraph's UN-style locator goes into the note so that
 * a researcher's citation points at the exact paragraph.
 */
public final class CitationFormats {
    private CitationFormats() {
    }

    /** The formats {@code GET /api/documents/{id}/citation} offers. */
    public enum Format {
        UN("text/plain", "txt"), BIBTEX("application/x-bibtex", "bib"), RIS("application/x-research-info-systems", "ris"),
        CSL_JSON("application/vnd.citationstyles.csl+json", "json");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public static Format parse(String value) {
            String v = value == null ? "un" : value.strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "un", "text" -> UN;
                case "bibtex", "bib" -> BIBTEX;
                case "ris" -> RIS;
                case "csl-json", "csl", "csljson" -> CSL_JSON;
                default -> throw new InvalidQueryException("format must be un, bibtex, ris or csl-json, was '" + value + "'");
            };
        }
    }

    /** One CSL-JSON item (the subset of CSL 1.0.2 variables that fits a UN document). */
    public record CslItem(String id, String type, String title, List<Author> author, Issued issued, String number,
                          String publisher, String genre, String language, String URL, String note) {
        /** A corporate author. */
        public record Author(String literal) {
        }

        /** {@code {"date-parts": [[2013, 5, 23]]}}. */
        public record Issued(List<List<Integer>> dateParts) {
        }
    }

    /** A citation key that survives re-ingest: from the symbol when there is one, else from title and year. */
    public static String key(DocumentView d) {
        String base = d.symbol() != null ? d.symbol()
                : firstWords(d.title(), 3) + (year(d) == null ? "" : "_" + year(d));
        String key = base.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return key.isEmpty() ? d.id().replace('-', '_') : key;
    }

    public static String bibtex(DocumentView d, ParagraphView p, String url) {
        StringBuilder b = new StringBuilder("@misc{").append(key(d)).append(p == null ? "" : "_" + p.id().replaceAll("[^A-Za-z0-9]+", "_"))
                .append(",\n");
        bibField(b, "title", d.title());
        bibField(b, "author", author(d) == null ? null : "{" + author(d) + "}");
        bibField(b, "year", year(d));
        bibField(b, "date", d.date());
        bibField(b, "number", d.symbol());
        bibField(b, "type", d.type());
        bibField(b, "publisher", "United Nations");
        bibField(b, "language", d.language());
        bibField(b, "url", url);
        bibField(b, "note", note(d, p));
        return b.append("}\n").toString();
    }

    public static String ris(DocumentView d, ParagraphView p, String url) {
        StringBuilder r = new StringBuilder();
        risLine(r, "TY", "GOVDOC");
        risLine(r, "TI", d.title());
        risLine(r, "AU", author(d));
        risLine(r, "PY", year(d));
        risLine(r, "DA", d.date() == null ? null : d.date().replace('-', '/'));
        risLine(r, "M1", d.symbol());
        risLine(r, "PB", "United Nations");
        risLine(r, "LA", d.language());
        risLine(r, "UR", url);
        risLine(r, "N1", note(d, p));
        return r.append("ER  - \n").toString();
    }

    public static CslItem csl(DocumentView d, ParagraphView p, String url) {
        String author = author(d);
        return new CslItem(key(d) + (p == null ? "" : "-" + p.id()), "document", d.title(),
                author == null ? List.of() : List.of(new CslItem.Author(author)), issued(d.date()), d.symbol(),
                "United Nations", d.type(), d.language(), url, note(d, p));
    }

    /** The UN-style citation of the document or paragraph, which reference managers keep as a note. */
    private static String note(DocumentView d, ParagraphView p) {
        return p == null ? d.citation() : p.citation();
    }

    private static String author(DocumentView d) {
        return d.forum() == null || d.forum().isEmpty() ? null : d.forum().get(d.forum().size() - 1);
    }

    private static String year(DocumentView d) {
        return d.date() == null || d.date().length() < 4 ? null : d.date().substring(0, 4);
    }

    private static CslItem.Issued issued(String date) {
        if (date == null || !date.matches("\\d{4}(-\\d{2}){0,2}")) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : date.split("-")) {
            parts.add(Integer.parseInt(part));
        }
        return new CslItem.Issued(List.of(parts));
    }

    private static String firstWords(String title, int n) {
        if (title == null) {
            return "";
        }
        String[] words = title.strip().split("\\s+");
        return String.join("_", List.of(words).subList(0, Math.min(n, words.length)));
    }

    /** BibTeX braces the value; braces, backslashes and the characters LaTeX treats specially are escaped. */
    private static void bibField(StringBuilder b, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (name.equals("url")) {  // verbatim in BibLaTeX; our URLs hold no braces or spaces
            b.append("  url = {").append(value.replaceAll("[{}\\s]", "")).append("},\n");
            return;
        }
        boolean protectedAuthor = name.equals("author") && value.startsWith("{") && value.endsWith("}");
        String inner = protectedAuthor ? value.substring(1, value.length() - 1) : value;
        StringBuilder escaped = new StringBuilder();
        for (char c : inner.replaceAll("[\\r\\n\\t]+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        b.append("  ").append(name).append(" = {").append(protectedAuthor ? "{" + escaped + "}" : escaped).append("},\n");
    }

    /** RIS is line-based: a value never spans lines. */
    private static void risLine(StringBuilder r, String tag, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        r.append(tag).append("  - ").append(value.replaceAll("[\\r\\n\\t]+", " ").strip()).append("\n");
    }
}
