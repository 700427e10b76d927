/**
 * The Lucene schema and the index's write side: analyzers, the mapping from {@code model} records to Lucene
 * documents, the writer lifecycle and commits. May import: {@code org.travaux.model}, Lucene, SLF4J.
 *
 * <h2>Layout</h2>
 * Every ingested file is one <em>block</em> written atomically with {@code IndexWriter.updateDocuments(id, block)},
 * so a document and all its paragraphs become visible (and durable) together or not at all:
 * <pre>
 *   [paragraph 1] [paragraph 2] … [paragraph n] [document]     ← an indexed file: children first, parent last
 *   [file]                                                     ← a file with any other outcome (corrupt, empty …)
 * </pre>
 * Parents last is the order Lucene's block join ({@code ToParentBlockJoinQuery}) expects, so search can score
 * documents by their best paragraphs and count facets per document. Every doc of a block carries the same
 * {@link org.travaux.index.Fields#ID}, the term that replaces or deletes the whole block.
 *
 * <h2>Fields</h2>
 * <table>
 * <caption>Fields by kind of Lucene document (D = document, P = paragraph, F = file record)</caption>
 * <tr><th>field</th><th>on</th><th>how</th><th>what</th></tr>
 * <tr><td>kind</td><td>D P F</td><td>keyword, stored</td><td>{@code document}, {@code paragraph} or {@code file}</td></tr>
 * <tr><td>id</td><td>D P F</td><td>keyword, stored</td><td>URL-safe document id, stable across re-ingests</td></tr>
 * <tr><td>root, root_name, source</td><td>D F</td><td>keyword, stored</td><td>ingested folder (absolute), its name, path relative to it</td></tr>
 * <tr><td>size, modified, sha256</td><td>D F</td><td>stored (sha256 also keyword)</td><td>what incremental ingest compares</td></tr>
 * <tr><td>outcome, reason, media_type, duplicate_of, ingested, pipeline, sidecar_hash</td><td>D F</td><td>stored (outcome, media_type keyword)</td><td>the file's last outcome</td></tr>
 * <tr><td>title</td><td>D (and P)</td><td>text (universal analyzer), stored on D</td><td>document title; on paragraphs for title-weighted ranking</td></tr>
 * <tr><td>symbol</td><td>D P</td><td>keyword (canonical), stored on D</td><td>UN document symbol, e.g. {@code A/RES/73/195}</td></tr>
 * <tr><td>symbol_key</td><td>D</td><td>keyword</td><td>the symbol folded for exact lookup however it is typed</td></tr>
 * <tr><td>date</td><td>D P</td><td>LongPoint + doc values (epoch day), stored ISO on D</td><td>date of the document</td></tr>
 * <tr><td>session, pages, paragraphs, note, type, language, original_language, distribution, country, speaker, agenda</td>
 *     <td>D</td><td>stored (keywords where filtered)</td><td>metadata; {@code src.FIELD} stores where each field came from</td></tr>
 * <tr><td>theme_score, meeting_date, x.FIELD, metadata_note</td><td>D</td><td>stored</td>
 *     <td>"code\tscore" per theme, meeting dates, sidecar fields without a place of their own, notes on disagreeing sources</td></tr>
 * <tr><td>para_id, ordinal, number, block, section, page</td><td>P</td><td>stored (para_id keyword, ordinal doc values)</td>
 *     <td>stable paragraph id ("35", "15 (a)", "p12"), reading order, printed number, structure, heading path, page</td></tr>
 * <tr><td>text</td><td>P</td><td>text (universal analyzer), stored, offsets in postings</td><td>paragraph text; searched and highlighted</td></tr>
 * <tr><td>headings</td><td>P</td><td>text (universal analyzer)</td><td>the section path, for heading-weighted ranking</td></tr>
 * <tr><td>key</td><td>D</td><td>keyword, stored</td><td>a readable key from the metadata (symbol and language, or forum, date and title): links by key survive moving or converting the file; see DocumentIds.key</td></tr>
 * <tr><td>context</td><td>P</td><td>text (universal analyzer)</td><td>the document's symbol, forum path, type, country, speaker and year as words, so a query may name what the text does not say ("Peru general debate 2024")</td></tr>
 * <tr><td>clause, verb, commitment, recommendation</td><td>P</td><td>keyword, stored</td><td>clause kind and flags</td></tr>
 * <tr><td>cites</td><td>P</td><td>keyword, stored</td><td>canonical symbols this paragraph refers to: the edges of the citation graph start here</td></tr>
 * <tr><td>cites_key</td><td>P</td><td>keyword</td><td>every {@link org.travaux.index.SymbolKeys} key of every cited symbol: {@code cites:73/195} finds A/RES/73/195 however it is typed</td></tr>
 * <tr><td>cites_edge</td><td>P</td><td>keyword</td><td>{@code type \t symbol} per edge ({@code recalls\tA/RES/73/195}), so edges of one type are counted and filtered without reading stored fields</td></tr>
 * <tr><td>ref</td><td>P</td><td>stored</td><td>{@code symbol \t type \t context} per edge ({@link org.travaux.index.StoredReference}); the type is the citation type (recalls, reaffirms, takes_note, welcomes, endorses, pursuant_to, requests_report, decides, refers_to)</td></tr>
 * <tr><td>request</td><td>P</td><td>stored</td><td>{@code kind \t session \t year \t due} per follow-up an operative paragraph requests ({@link org.travaux.index.StoredRequest})</td></tr>
 * <tr><td>facets: forum (hierarchical), year, type, language, theme (multi), clause, country</td><td>D P</td>
 *     <td>SortedSetDocValues facets, one {@code $facets} field</td><td>no side-car taxonomy index, so a commit is one atomic step</td></tr>
 * <tr><td>facet: cites (multi)</td><td>D</td><td>SortedSetDocValues facet</td><td>each symbol the document cites, once: counts are citing documents, so any result shows its most cited documents</td></tr>
 * </table>
 *
 * <h2>The citation graph</h2>
 * Edges live on the citing paragraphs, inside the citing document's block: writing, replacing or deleting a document
 * adds, replaces or removes exactly its outgoing edges, so the graph follows every ingest without a rebuild and stays
 * consistent when a document is removed. Incoming edges are a query ({@code cites:SYMBOL}); a cited symbol is "in the
 * collection" when some document carries it as its {@code symbol}.
 *
 * <h2>Commits</h2>
 * {@link org.travaux.index.TravauxIndex#commit} records the ingest's bookkeeping (last ingest time and counts) as commit
 * user data. A process killed at any moment leaves the last commit intact; the next run redoes what came after it.
 */
package org.travaux.index;
