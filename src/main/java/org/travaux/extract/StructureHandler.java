package org.travaux.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.travaux.model.BlockKind;
import org.travaux.model.TextBlock;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler over Tika's XHTML that keeps the structure a search over paragraphs needs: paragraphs,
 * headings with their level, list items with their depth and table cells, in reading order, each stamped with
 * its 1-based page for paged formats (PDF pages arrive as {@code <div class="page">}).
 *
 * <p>A {@code <p>} inside a list item, table cell or heading does not start a block of its own; it becomes a line
 * break in the item or cell. Text in the body outside any block becomes a paragraph. Paragraphs that contain
 * blank lines (Tika's text parser puts a whole file in one {@code <p>}) are split there into separate paragraphs;
 * other blocks drop their blank lines, which Tika's own whitespace between inner paragraphs would otherwise
 * create.
 */
public final class StructureHandler extends DefaultHandler {
    private static final Set<String> IGNORED = Set.of("head", "title", "script", "style", "template");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "dt", "dd", "caption", "address",
            "figcaption");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    /** Elements that separate text without being a block themselves. */
    private static final Set<String> BOUNDARIES = Set.of("div", "blockquote", "table", "thead", "tbody", "tfoot",
            "tr", "section", "article", "header", "footer", "nav", "aside", "form", "fieldset", "figure", "hr",
            "main");

    private enum Role { INLINE, IGNORED, BLOCK, SEPARATOR, BOUNDARY, LIST, PAGE, BODY }

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Role> roles = new ArrayDeque<>();
    /** Open blocks, innermost first; the last one is the loose text of the body, never closed. */
    private final Deque<OpenBlock> open = new ArrayDeque<>();
    private int ignoredDepth;
    private int listDepth;
    private int page;
    private int pages;
    private boolean inBody;

    public StructureHandler() {
        open.push(new OpenBlock(BlockKind.PARAGRAPH, 0, 0));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = elementName(localName, qName);
        if (ignoredDepth > 0 || IGNORED.contains(name)) {
            ignoredDepth++;
            roles.push(Role.IGNORED);
            return;
        }
        roles.push(roleOfStart(name, attributes));
    }

    private Role roleOfStart(String name, Attributes attributes) {
        if (name.equals("body")) {
            inBody = true;
            return Role.BODY;
        }
        int heading = headingLevel(name);
        if (heading > 0) {
            return startBlock(BlockKind.HEADING, heading);
        }
        switch (name) {
            case "li" -> {
                return startBlock(BlockKind.LIST_ITEM, Math.max(1, listDepth));
            }
            case "td", "th" -> {
                return startBlock(BlockKind.TABLE_CELL, 0);
            }
            case "br" -> {
                open.peek().text.append('\n');
                return Role.INLINE;
            }
            default -> {
                // handled below
            }
        }
        if (PARAGRAPHS.contains(name)) {
            if (insideBlock()) {
                separate();
                return Role.SEPARATOR;
            }
            return startBlock(BlockKind.PARAGRAPH, 0);
        }
        if (name.equals("div") && isPage(attributes)) {
            flush(open.peek());
            page = ++pages;
            open.peek().page = page;
            return Role.PAGE;
        }
        if (LISTS.contains(name)) {
            listDepth++;
            separate();
            return Role.LIST;
        }
        if (BOUNDARIES.contains(name)) {
            separate();
            return Role.BOUNDARY;
        }
        return Role.INLINE;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        Role role = roles.isEmpty() ? Role.INLINE : roles.pop();
        switch (role) {
            case IGNORED -> ignoredDepth--;
            case BLOCK -> emit(open.pop());
            case SEPARATOR, BOUNDARY -> separate();
            case LIST -> {
                listDepth--;
                separate();
            }
            case PAGE -> flush(open.peek());
            case BODY -> {
                finish();
                inBody = false;
            }
            case INLINE -> {
                // inline markup (a, b, span …) carries no structure
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inBody && ignoredDepth == 0) {
            open.peek().text.append(ch, start, length);
        }
    }

    /** PDF line ends arrive as ignorable whitespace; they are line breaks inside a paragraph. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    /**
     * Emits whatever text is still open (needed when the write limit stopped the parse midway) and returns the
     * blocks in reading order. Safe to call more than once.
     */
    public List<TextBlock> finish() {
        while (open.size() > 1) {
            emit(open.pop());
        }
        flush(open.peek());
        return List.copyOf(blocks);
    }

    /** Pages seen as {@code <div class="page">}; 0 for formats without pages. */
    public int pages() {
        return pages;
    }

    private Role startBlock(BlockKind kind, int level) {
        flush(open.peek());
        open.push(new OpenBlock(kind, level, page));
        return Role.BLOCK;
    }

    /** A block boundary: loose text is emitted; inside a block (a cell, an item) it becomes a line break. */
    private void separate() {
        if (insideBlock()) {
            open.peek().text.append('\n');
        } else {
            flush(open.peek());
        }
    }

    private boolean insideBlock() {
        return open.size() > 1;
    }

    /** Emits the block's text so far and keeps it open for more (the text after a nested block). */
    private void flush(OpenBlock block) {
        emit(block);
        block.text.setLength(0);
        block.page = page;
    }

    /** Paragraphs split on blank lines (a text file arrives as one {@code <p>}); other blocks stay whole. */
    private void emit(OpenBlock block) {
        List<String> texts = block.kind == BlockKind.PARAGRAPH ? BlockText.segments(block.text)
                : BlockText.whole(block.text);
        for (String segment : texts) {
            blocks.add(new TextBlock(block.kind, segment, block.page, block.level));
        }
    }

    private static boolean isPage(Attributes attributes) {
        String cls = attributes.getValue("class");
        return cls != null && List.of(cls.trim().split("\\s+")).contains("page");
    }

    private static int headingLevel(String name) {
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return name.charAt(1) - '0';
        }
        return 0;
    }

    private static String elementName(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    /** A block being collected. */
    private static final class OpenBlock {
        private final BlockKind kind;
        private final int level;
        private final StringBuilder text = new StringBuilder();
        private int page;

        private OpenBlock(BlockKind kind, int level, int page) {
            this.kind = kind;
            this.level = level;
            this.page = page;
        }
    }
}
