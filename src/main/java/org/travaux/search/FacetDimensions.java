package org.travaux.search;

import java.util.List;
import java.util.Locale;
import org.travaux.index.Fields;

/** The facet dimensions of the API and how each maps onto the index. */
final class FacetDimensions {
    static final String FORUM = "forum";
    static final String YEAR = "year";
    static final String THEME = "theme";
    static final String TYPE = "type";
    static final String LANG = "lang";
    static final String CLAUSE = "clause";
    static final String COUNTRY = "country";
    /** Symbols the documents cite: the most cited documents of the result. */
    static final String CITES = "cites";
    /** In the order the API lists them. */
    static final List<String> ALL = List.of(FORUM, YEAR, THEME, TYPE, LANG, CLAUSE, COUNTRY, CITES);
    /** Separator of a forum path in a facet value ("General Assembly|Third Committee"). */
    static final String PATH_SEPARATOR = "|";

    private FacetDimensions() {
    }

    /** The index's facet dimension for an API dimension (clause is a paragraph filter, not a document facet). */
    static String indexDim(String dim) {
        return switch (dim) {
            case FORUM -> Fields.FACET_FORUM;
            case YEAR -> Fields.FACET_YEAR;
            case THEME -> Fields.FACET_THEME;
            case TYPE -> Fields.FACET_TYPE;
            case LANG -> Fields.FACET_LANGUAGE;
            case COUNTRY -> Fields.FACET_COUNTRY;
            case CITES -> Fields.FACET_CITES;
            default -> throw new IllegalArgumentException("no document facet for " + dim);
        };
    }

    static String[] path(String dim, String value) {
        return dim.equals(FORUM) ? value.split("\\" + PATH_SEPARATOR) : new String[] {value};
    }

    /** A human label for a value that has no label of its own (codes, years). */
    static String defaultLabel(String dim, String value) {
        return switch (dim) {
            case LANG -> {
                String name = Locale.forLanguageTag(value).getDisplayLanguage(Locale.ENGLISH);
                yield name.isEmpty() ? value : name;
            }
            case FORUM -> value.substring(value.lastIndexOf(PATH_SEPARATOR) + 1);
            case TYPE, CLAUSE -> value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
            default -> value;
        };
    }
}
