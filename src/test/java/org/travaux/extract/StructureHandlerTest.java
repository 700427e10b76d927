package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.travaux.model.BlockKind;
import org.travaux.model.TextBlock;
import org.xml.sax.InputSource;

class StructureHandlerTest {

    private static List<TextBlock> blocks(String body) throws Exception {
        return handle(body).finish();
    }

    private static StructureHandler handle(String body) throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>A/RES/73/195</title>"
                + "<meta name=\"dc:title\" content=\"x\"/></head><body>" + body + "</body></html>";
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        StructureHandler handler = new StructureHandler();
        factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), handler);
        return handler;
    }

    private static TextBlock block(BlockKind kind, String text, int page, int level) {
        return new TextBlock(kind, text, page, level);
    }

    @Test
    void headingsAndParagraphsInOrder() throws Exception {
        assertThat(blocks("<h1>International migration and development</h1>"
                + "<h2>Conclusions</h2>"
                + "<p>1. Recalling its resolution 65/170,</p>"
                + "<p>2.  Decides   to convene\n a dialogue.</p>"))
                .containsExactly(
                        block(BlockKind.HEADING, "International migration and development", 0, 1),
                        block(BlockKind.HEADING, "Conclusions", 0, 2),
                        block(BlockKind.PARAGRAPH, "1. Recalling its resolution 65/170,", 0, 0),
                        block(BlockKind.PARAGRAPH, "2. Decides to convene\na dialogue.", 0, 0));
    }

    @Test
    void headTitleScriptAndStyleAreIgnored() throws Exception {
        assertThat(blocks("<script>var x = 1;</script><style>p { color: red }</style><p>Text</p>"))
                .containsExactly(block(BlockKind.PARAGRAPH, "Text", 0, 0));
    }

    @Test
    void listItemsCarryTheirNestingDepth() throws Exception {
        assertThat(blocks("<p>4. Encourages Member States:</p><ul>"
                + "<li>(a) To strengthen data;<ul><li>(i) by sex;</li><li>(ii) by age;</li></ul>and more</li>"
                + "<li><p>(b) To promote</p><p>human rights;</p></li></ul>"))
                .containsExactly(
                        block(BlockKind.PARAGRAPH, "4. Encourages Member States:", 0, 0),
                        block(BlockKind.LIST_ITEM, "(a) To strengthen data;", 0, 1),
                        block(BlockKind.LIST_ITEM, "(i) by sex;", 0, 2),
                        block(BlockKind.LIST_ITEM, "(ii) by age;", 0, 2),
                        block(BlockKind.LIST_ITEM, "and more", 0, 1),
                        block(BlockKind.LIST_ITEM, "(b) To promote\nhuman rights;", 0, 1));
    }

    @Test
    void tableCellsAreBlocksAndTheirParagraphsLines() throws Exception {
        assertThat(blocks("<table><tbody><tr><th>Member State</th><th>Vote</th></tr>"
                + "<tr><td><p>Peru</p><p>(on behalf of the Group)</p></td><td>Yes</td></tr></tbody></table>"))
                .containsExactly(
                        block(BlockKind.TABLE_CELL, "Member State", 0, 0),
                        block(BlockKind.TABLE_CELL, "Vote", 0, 0),
                        block(BlockKind.TABLE_CELL, "Peru\n(on behalf of the Group)", 0, 0),
                        block(BlockKind.TABLE_CELL, "Yes", 0, 0));
    }

    @Test
    void pagesAreCountedAndStamped() throws Exception {
        StructureHandler handler = handle("<div class=\"page\"><p>6. Invites the regional</p>"
                + "<p>commissions</p></div>"
                + "<div class=\"page\"><p>to examine aspects.</p>loose text<div class=\"annotation\">note</div></div>");

        assertThat(handler.finish()).containsExactly(
                block(BlockKind.PARAGRAPH, "6. Invites the regional", 1, 0),
                block(BlockKind.PARAGRAPH, "commissions", 1, 0),
                block(BlockKind.PARAGRAPH, "to examine aspects.", 2, 0),
                block(BlockKind.PARAGRAPH, "loose text", 2, 0),
                block(BlockKind.PARAGRAPH, "note", 2, 0));
        assertThat(handler.pages()).isEqualTo(2);
    }

    @Test
    void looseTextInTheBodyIsAParagraph() throws Exception {
        assertThat(blocks("Distr.: General<br/>20 December 2010<p>Sixty-fifth session</p>trailing words"))
                .containsExactly(
                        block(BlockKind.PARAGRAPH, "Distr.: General\n20 December 2010", 0, 0),
                        block(BlockKind.PARAGRAPH, "Sixty-fifth session", 0, 0),
                        block(BlockKind.PARAGRAPH, "trailing words", 0, 0));
    }

    @Test
    void aWholeTextFileInOneParagraphIsSplitOnBlankLines() throws Exception {
        assertThat(blocks("<p>Conclusions\n\n1. Decides to convene;\nand to report.\n\n\n2. Invites\n</p>"))
                .containsExactly(
                        block(BlockKind.PARAGRAPH, "Conclusions", 0, 0),
                        block(BlockKind.PARAGRAPH, "1. Decides to convene;\nand to report.", 0, 0),
                        block(BlockKind.PARAGRAPH, "2. Invites", 0, 0));
    }

    @Test
    void tikaWhitespaceBetweenInnerParagraphsDoesNotSplitACell() throws Exception {
        assertThat(blocks("<table><tr><td><p>Peru</p>\n\t<p>(on behalf of the Group)</p>\n</td></tr></table>"))
                .containsExactly(block(BlockKind.TABLE_CELL, "Peru\n(on behalf of the Group)", 0, 0));
    }

    @Test
    void emptyBlocksAreDropped() throws Exception {
        assertThat(blocks("<p> </p><h1>\n</h1><ul><li/></ul><p>Text</p><td>  </td>"))
                .containsExactly(block(BlockKind.PARAGRAPH, "Text", 0, 0));
    }

    @Test
    void finishEmitsWhatIsStillOpenWhenTheParseStopsEarly() throws Exception {
        StructureHandler handler = new StructureHandler();
        handler.startElement("", "body", "body", new org.xml.sax.helpers.AttributesImpl());
        handler.startElement("", "p", "p", new org.xml.sax.helpers.AttributesImpl());
        handler.characters("cut off in the mid".toCharArray(), 0, 18);

        assertThat(handler.finish()).containsExactly(block(BlockKind.PARAGRAPH, "cut off in the mid", 0, 0));
        assertThat(handler.finish()).hasSize(1);
    }
}
