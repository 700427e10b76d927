package org.travaux.search;

/** Human labels for coded facet values (theme codes), supplied by whoever owns the vocabulary. */
@FunctionalInterface
public interface FacetLabels {
    /** The label of {@code value} in {@code dim}, or null to use the default. */
    String label(String dim, String value);

    FacetLabels NONE = (dim, value) -> null;
}
