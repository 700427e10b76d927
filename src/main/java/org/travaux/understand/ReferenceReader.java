package org.travaux.understand;

import java.util.List;
import org.travaux.model.DocumentSymbol;
import org.travaux.model.Reference;

/** References a paragraph makes to other documents, resolved against the citing document's own symbol and forum. */
final class ReferenceReader {
    /** The citing document: its symbol (to skip self-references) and forum path (to resolve bare numbers). */
    record Context(DocumentSymbol symbol, List<String> forum) {
    }

    List<Reference> read(String paragraphId, String text, Context citing) {
        return List.of();
    }
}
