package org.travaux.understand;

import org.travaux.model.BlockKind;

/** A paragraph on its way: its text, where it starts, and what the numbering and headings say about it. */
final class ParagraphDraft {
    final StringBuilder raw;
    final int page;
    BlockKind kind;
    final int level;
    String text;
    ParagraphNumber number;
    int sectionLevel;
    String footnote;

    ParagraphDraft(String raw, int page, BlockKind kind, int level) {
        this.raw = new StringBuilder(raw);
        this.page = page;
        this.kind = kind;
        this.level = level;
    }
}
