package org.travaux.search;

/**
 * A matching paragraph shown under a hit.
 *
 * @param paragraph the paragraph's printed number ("35", "15 (a)"), or null when unnumbered
 * @param id        the paragraph's stable id within its document (the permalink anchor)
 * @param html      the passage as HTML: document text escaped, with only {@code <mark>} tags added
 * @param clause    preambular / operative / narrative
 */
public record Passage(String paragraph, String id, String html, String clause) {
}
