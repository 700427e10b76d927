package org.travaux.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.travaux.search.CitationGraph;
import org.travaux.search.CitationPage;

/** The feed stays well-formed XML whatever an extracted text holds. */
class AtomFeedTest {
    @Test
    void controlCharactersAndLoneSurrogatesAreDroppedAndMarkupEscaped() throws Exception {
        String text = "1. Pursuant to resolution 73/195\u0001\u000B <b>&amp;</b> \uD800 “quoted” 🌍";
        String xml = AtomFeed.of(new CitationGraph.CitingDocuments("A/RES/73/195", List.of(new CitationPage.Incoming(
                "A_74_100.html-1", "A/74/100", "Follow-up & <review>", "2019-08-01", "en", "pursuant_to", "1", "",
                text))), "http://127.0.0.1:7070");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        String summary = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0).getTextContent();
        assertThat(summary).isEqualTo("pursuant to (paragraph 1): 1. Pursuant to resolution 73/195 <b>&amp;</b>  “quoted” 🌍");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent())
                .isEqualTo("2019-08-01T00:00:00Z");
        assertThat(xml).contains("Follow-up &amp; &lt;review&gt;");
    }

    @Test
    void aFeedWithoutEntriesIsStillAValidFeed() throws Exception {
        String xml = AtomFeed.of(new CitationGraph.CitingDocuments("A/RES/60/1", List.of()), "http://h");
        assertThat(xml).contains("<updated>1970-01-01T00:00:00Z</updated>").contains("<title>Documents citing"
                + " A/RES/60/1</title>").doesNotContain("<entry>");
    }
}
