/**
 * The read side: parsing a user's query with limits, finding paragraphs and grouping them into document hits
 * (block join: a document scores as its best paragraph), highlighting passages as escaped HTML, and reading a
 * document back. Searchers come from a {@code SearcherManager}, never a shared synchronized searcher.
 * May import: {@code org.travaux.model}, {@code org.travaux.index}, Lucene, SLF4J.
 */
package org.travaux.search;
