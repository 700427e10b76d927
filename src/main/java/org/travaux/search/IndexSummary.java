package org.travaux.search;

/** How much the served index holds. */
public record IndexSummary(long documents, long paragraphs) {
}
