package org.travaux.extract;

import java.io.InputStream;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/**
 * Declines every embedded document (attachments, OLE objects, images): a UN document's text is its own, and
 * recursing multiplies the cost and the attack surface of a file.
 */
final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
    static final NoEmbeddedDocuments INSTANCE = new NoEmbeddedDocuments();

    private NoEmbeddedDocuments() {
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        // Reached only by parsers that skip shouldParseEmbedded; they get nothing either.
    }
}
