package org.travaux.web;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.travaux.search.CitationGraph;
import org.travaux.search.CitationPage;

/**
 * An Atom 1.0 feed (RFC 4287) of the documents citing a symbol, newest first, so a resolution can be followed in
 * any feed reader. Written with the JDK's XML writer, which escapes text and attributes; characters XML 1.0 cannot
 * carry (controls left in extracted text) are dropped first.
 */
final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** An entry needs a time: an undated citing document takes the feed's, or this when nothing is dated. */
    private static final String NO_DATE = "1970-01-01T00:00:00Z";

    private AtomFeed() {
    }

    static String of(CitationGraph.CitingDocuments citing, String base) {
        String symbol = citing.symbol();
        String query = "symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8);
        List<CitationPage.Incoming> entries = citing.documents();
        String updated = entries.stream().filter(e -> e.date() != null).map(e -> e.date() + "T00:00:00Z")
                .max(String::compareTo).orElse(NO_DATE);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", base + "/feeds/cites.atom?" + query);
            text(xml, "title", "Documents citing " + symbol);
            text(xml, "subtitle", "New documents that cite " + symbol + ", found by Travaux");
            text(xml, "updated", updated);
            link(xml, "self", base + "/feeds/cites.atom?" + query, "application/atom+xml");
            link(xml, "alternate", base + "/timeline?" + query, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", "Travaux");
            xml.writeEndElement();
            text(xml, "generator", "Travaux");
            for (CitationPage.Incoming e : entries) {
                entry(xml, e, base, updated);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed of " + symbol, e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, CitationPage.Incoming e, String base, String feedUpdated)
            throws XMLStreamException {
        String url = base + "/doc/" + e.document() + "#para-" + Urls.fragment(e.paragraph());
        String name = e.symbol() != null ? e.symbol() : e.title();
        xml.writeStartElement("entry");
        text(xml, "id", url);
        text(xml, "title", name + (e.symbol() != null && e.title() != null ? " — " + e.title() : ""));
        link(xml, "alternate", url, "text/html");
        text(xml, "updated", e.date() != null ? e.date() + "T00:00:00Z" : feedUpdated);
        text(xml, "summary", e.type().replace('_', ' ') + " (paragraph " + e.paragraph() + "): " + e.text());
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlSafe(value == null ? "" : value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlSafe(href));
    }

    /** Only the characters XML 1.0 allows: no controls but tab and line breaks, no lone surrogates, no U+FFFE/F. */
    static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
