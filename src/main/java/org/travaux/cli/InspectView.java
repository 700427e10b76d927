package org.travaux.cli;

import java.util.List;
import org.travaux.ingest.Inspector;
import org.travaux.model.DocumentMetadata;
import org.travaux.model.Paragraph;

/** What {@code inspect} prints for one file. */
record InspectView(String source, String outcome, String reason, String id, String mediaType, int pages,
                   DocumentMetadata metadata, int paragraphCount, List<Paragraph> paragraphs) {

    static InspectView of(Inspector.Result result, int maxParagraphs) {
        return switch (result) {
            case Inspector.Result.Read r -> new InspectView(r.document().source().path(), "indexed",
                    r.document().note(), r.document().id(), r.document().mediaType(), r.document().pageCount(),
                    r.document().metadata(), r.document().paragraphs().size(),
                    r.document().paragraphs().subList(0, Math.min(maxParagraphs, r.document().paragraphs().size())));
            case Inspector.Result.NotRead n -> new InspectView(null, n.failure().outcome().value(),
                    n.failure().reason(), null, n.failure().mediaType(), 0, null, 0, List.of());
        };
    }
}
