package org.travaux.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of one file with its structure kept.
 *
 * @param mediaType  the type detected from content (e.g. {@code application/pdf})
 * @param blocks     blocks in reading order
 * @param properties raw metadata from the extractor (title, author, created …), as found
 * @param pageCount  number of pages where the format has pages, 0 otherwise
 * @param truncated  true when the write limit stopped extraction early (the text is a prefix)
 */
public record ExtractedText(String mediaType, List<TextBlock> blocks, Map<String, String> properties,
                            int pageCount, boolean truncated) {
    public ExtractedText {
        Objects.requireNonNull(mediaType, "mediaType");
        blocks = List.copyOf(blocks);
        properties = Map.copyOf(properties);
    }

    /** Total characters of text across all blocks. */
    public long characters() {
        long n = 0;
        for (TextBlock b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
