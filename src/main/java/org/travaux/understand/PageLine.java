package org.travaux.understand;

/** A line of a block on a page; {@code role} says whether it stays, goes, or belongs to a footnote. */
final class PageLine {
    final int block;
    final int page;
    String text;
    char role = 'b';  // b: body, x: removed, f: footnote

    PageLine(int block, int page, String text) {
        this.block = block;
        this.page = page;
        this.text = text;
    }
}
