package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.travaux.model.BlockKind;
import org.travaux.model.ExtractedText;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Paragraph;
import org.travaux.model.SourceFile;
import org.travaux.model.TextBlock;

class DocumentAssemblerTest {
    private final DocumentAssembler assembler = new DocumentAssembler();
    private final SourceFile source = new SourceFile("/data/corpus", "letters/ga68-letter-peru.txt", 100, 1, "ab");

    @Test
    void paragraphsKeepOrderPagesAndTheHeadingPathTheySitUnder() {
        ExtractedText text = new ExtractedText("application/pdf", List.of(
                new TextBlock(BlockKind.HEADING, "Chair's summary", 1, 1),
                new TextBlock(BlockKind.PARAGRAPH, "1. The fourth Global Meeting of Chairs\nand Secretariats", 1, 0),
                new TextBlock(BlockKind.HEADING, "Panel IV. Development, remittances and migration", 2, 2),
                new TextBlock(BlockKind.PARAGRAPH, "   ", 2, 0),
                new TextBlock(BlockKind.LIST_ITEM, "(a) Remittances", 2, 1),
                new TextBlock(BlockKind.HEADING, "Annex", 3, 1),
                new TextBlock(BlockKind.PARAGRAPH, "List of participants", 3, 0)), Map.of(), 3, false);

        OfficialDocument doc = assembler.assemble("corpus", source, text, "");

        // numbered paragraphs and headings carry their numbers as ids; the rest an ordinal-based id
        assertThat(doc.paragraphs()).extracting(Paragraph::id)
                .containsExactly("p1", "1", "panel-IV", "(a)", "annex", "p6");
        assertThat(doc.paragraphs()).extracting(Paragraph::page).containsExactly(1, 1, 2, 2, 3, 3);
        assertThat(doc.paragraphs().get(1).text()).isEqualTo("1. The fourth Global Meeting of Chairs and Secretariats");
        assertThat(doc.paragraphs().get(1).section()).containsExactly("Chair's summary");
        assertThat(doc.paragraphs().get(3).section())
                .containsExactly("Chair's summary", "Panel IV. Development, remittances and migration");
        assertThat(doc.paragraphs().get(5).section()).containsExactly("Annex");
        assertThat(doc.metadata().title()).isEqualTo("Chair's summary");
        assertThat(doc.id()).isEqualTo(org.travaux.model.DocumentIds.of("corpus", "letters/ga68-letter-peru.txt"));
    }

    @Test
    void titleComesFromTheFormatUnlessItIsAWordProcessorPlaceholder() {
        ExtractedText declared = new ExtractedText("application/pdf",
                List.of(new TextBlock(BlockKind.PARAGRAPH, "text", 1, 0)),
                Map.of("dc:title", "International migration and development"), 1, false);
        ExtractedText placeholder = new ExtractedText("application/pdf",
                List.of(new TextBlock(BlockKind.PARAGRAPH, "text", 1, 0)),
                Map.of("dc:title", "Microsoft Word - N0628312.doc"), 1, false);

        assertThat(assembler.assemble("c", source, declared, "").metadata().title())
                .isEqualTo("International migration and development");
        assertThat(assembler.assemble("c", source, placeholder, "").metadata().title())
                .isEqualTo("ga68-letter-peru.txt");
        assertThat(assembler.assemble("c", source, placeholder, "").metadata().sources()).containsEntry("title", "text");
    }

    @Test
    void aSubsidiaryBodyOnTheMastheadIsTheForumEvenWhenItsLineWasGluedInBold() throws java.io.IOException {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of(
                "corpus/ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.txt"));
        List<TextBlock> blocks = new java.util.ArrayList<>();
        for (String p : seed.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                blocks.add(new TextBlock(BlockKind.PARAGRAPH, p.strip(), 0, 0));
            }
        }
        OfficialDocument doc = assembler.assemble("corpus", new SourceFile("/data/corpus",
                "ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.txt", 100, 1, "ab"),
                new ExtractedText("text/plain", blocks, Map.of(), 0, false), "");

        assertThat(doc.metadata().forum()).containsExactly("Economic and Social Council",
                "Commission on Population and Development");
        assertThat(doc.metadata().session()).isEqualTo(39);
    }
}
