package org.travaux.model;

import java.util.Objects;

/**
 * One block of text in reading order, as the extractor found it: a paragraph, heading, list item or table cell.
 *
 * @param kind  structural kind
 * @param text  the block's text; line breaks inside the block are kept as {@code \n}
 * @param page  1-based page number where the format has pages, 0 where it has none
 * @param level heading level (1-6) for headings, list nesting depth (1..) for list items, 0 otherwise
 */
public record TextBlock(BlockKind kind, String text, int page, int level) {
    public TextBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0, was " + page);
        }
    }
}
