package org.travaux.model;

import java.util.List;
import java.util.Objects;

/**
 * A document as Travaux understood it, ready to index.
 *
 * @param id         URL-safe id, stable across re-ingests of the same file (no {@code /})
 * @param source     the file it came from
 * @param mediaType  the type detected from content
 * @param pageCount  pages where the format has pages, 0 otherwise
 * @param note       what the reader should know about extraction (truncation), or empty
 * @param metadata   what is known about the document
 * @param paragraphs paragraphs in reading order
 */
public record OfficialDocument(String id, SourceFile source, String mediaType, int pageCount, String note,
                               DocumentMetadata metadata, List<Paragraph> paragraphs) {
    public OfficialDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(metadata, "metadata");
        paragraphs = List.copyOf(paragraphs);
        if (!DocumentIds.isValid(id)) {
            throw new IllegalArgumentException("document id '" + id + "' is not URL-safe");
        }
    }
}
