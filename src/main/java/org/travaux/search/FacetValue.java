package org.travaux.search;

/**
 * One value of a facet with its count.
 *
 * @param value    the stable value to filter on ({@code f.DIM=value})
 * @param label    the human label
 * @param count    matching documents with this value (ignoring this facet's own selection)
 * @param selected whether the request filters on it
 */
public record FacetValue(String value, String label, long count, boolean selected) {
}
