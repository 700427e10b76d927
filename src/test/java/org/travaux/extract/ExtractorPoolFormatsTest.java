package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.travaux.extract.Fixtures.failure;
import static org.travaux.extract.Fixtures.fixture;
import static org.travaux.extract.Fixtures.ofKind;
import static org.travaux.extract.Fixtures.plainText;
import static org.travaux.extract.Fixtures.startingWith;
import static org.travaux.extract.Fixtures.success;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.travaux.model.BlockKind;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;
import org.travaux.model.TextBlock;

/** Each supported format, extracted through real child JVMs from the fixtures in {@code extract/}. */
class ExtractorPoolFormatsTest {
    private static final List<String> NUMBERED = List.of("1. Recalling", "2. Decides", "3. Acknowledges",
            "4. Encourages", "5. Welcomes", "6. Invites", "7. Requests", "8. Stresses", "9. Decides", "10. Requests");
    private static ExtractorPool pool;

    @TempDir
    Path temp;

    @BeforeAll
    static void startPool() {
        pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(2).withTimeout(Duration.ofSeconds(60)));
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    /** The ten numbered paragraphs, in order, in what a reader sees. */
    private static void assertNumberedParagraphsInOrder(Extraction extraction) {
        String text = plainText(extraction);
        int last = -1;
        for (String number : NUMBERED) {
            int at = text.indexOf(number);
            assertThat(at).as("paragraph '%s' after position %d", number, last).isGreaterThan(last);
            last = at;
        }
        assertThat(text).contains("Hélène Côté", "José Peña Núñez", "Zoë Müller", "“Declaración de Santiago");
    }

    @Test
    void pdfKeepsParagraphsInOrderWithTheirPages() {
        Extraction pdf = pool.extract(fixture("sample.pdf"));

        assertThat(success(pdf).text().mediaType()).isEqualTo("application/pdf");
        assertThat(success(pdf).text().pageCount()).isEqualTo(2);
        assertThat(success(pdf).note()).isEmpty();
        assertThat(success(pdf).text().blocks()).allSatisfy(b -> assertThat(b.page()).isBetween(1, 2));
        assertThat(plainText(pdf)).startsWith("International migration and development");
        assertNumberedParagraphsInOrder(pdf);
        assertThat(startingWith(pdf, "2. Decides").page()).isEqualTo(1);
        assertThat(startingWith(pdf, "6. Invites").page()).isEqualTo(1);
        assertThat(startingWith(pdf, "cooperation with other relevant entities").page()).isEqualTo(2);
        assertThat(startingWith(pdf, "10. Requests").page()).isEqualTo(2);
        assertThat(startingWith(pdf, "2. Decides").text()).as("line breaks are kept").contains("\n");
        assertThat(success(pdf).text().properties()).containsEntry("xmpTPg:NPages", "2")
                .containsEntry("pdf:encrypted", "false").containsKey("dcterms:created")
                .hasEntrySatisfying("Content-Type", type -> assertThat(type).startsWith("application/pdf"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample.docx", "sample.doc", "sample.odt", "sample.html"})
    void wordProcessorFormatsKeepHeadings(String name) {
        Extraction doc = pool.extract(fixture(name));

        assertThat(ofKind(doc, BlockKind.HEADING)).extracting(TextBlock::text, TextBlock::level).containsExactly(
                tuple("International migration and development", 1),
                tuple("Conclusions", 2));
        assertThat(success(doc).text().blocks()).allSatisfy(b -> assertThat(b.page()).isZero());
        assertNumberedParagraphsInOrder(doc);
        assertThat(startingWith(doc, "1. Recalling").kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(success(doc).text().properties()).containsKey("Content-Type");
    }

    @Test
    void htmlListItemsAreListItems() {
        Extraction html = pool.extract(fixture("sample.html"));

        assertThat(success(html).text().mediaType()).isEqualTo("text/html");
        assertThat(ofKind(html, BlockKind.LIST_ITEM)).extracting(b -> b.text().substring(0, 3), TextBlock::level)
                .containsExactly(tuple("(a)", 1),
                        tuple("(b)", 1), tuple("(c)", 1),
                        tuple("(d)", 1));
        assertThat(success(html).text().properties()).containsKey("dc:title");
    }

    @Test
    void rtfKeepsParagraphsInOrder() {
        Extraction rtf = pool.extract(fixture("sample.rtf"));

        assertThat(success(rtf).text().mediaType()).isEqualTo("application/rtf");
        assertNumberedParagraphsInOrder(rtf);
    }

    @Test
    void plainTextIsSplitIntoParagraphsOnBlankLines() {
        Extraction txt = pool.extract(fixture("sample.txt"));

        assertThat(success(txt).text().mediaType()).isEqualTo("text/plain");
        assertThat(success(txt).text().pageCount()).isZero();
        assertThat(success(txt).text().blocks()).hasSize(16).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(b.text()).doesNotContain("\n");
        });
        assertThat(success(txt).text().blocks().get(0).text()).isEqualTo("International migration and development");
        assertNumberedParagraphsInOrder(txt);
    }

    @Test
    void typeComesFromContentNotFromTheName() {
        Extraction pdfNamedTxt = pool.extract(fixture("pdf-named.txt"));
        Extraction textNamedZip = pool.extract(fixture("text-named.zip"));

        assertThat(success(pdfNamedTxt).text().mediaType()).isEqualTo("application/pdf");
        assertThat(success(pdfNamedTxt).text().pageCount()).isEqualTo(2);
        assertThat(success(textNamedZip).text().mediaType()).isEqualTo("text/plain");
        assertThat(success(textNamedZip).text().blocks()).hasSize(16);
    }

    @Test
    void utf8TextIsReadAsUtf8EvenWhereCharsetDetectionGuessesOtherwise() {
        // seed CPD-39 letter: statistical detection took it for TIS-620 and printed "Asunciรณn"
        String text = plainText(pool.extract(Path.of("corpus/ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.txt")));

        assertThat(text).contains("Treaty of Asunción").doesNotContain("ร");
    }

    @Test
    void aTextFileThatLooksLikeANewsArticleIsStillText() throws IOException {
        // multilingual/unpc/A_CONF.224_3.fr.txt opens like this; Tika's magic calls it message/news
        Path unpc = Files.writeString(temp.resolve("A_CONF.224_3.fr.txt"), "Article 51\n\nArticle 15\n\n"
                + "Dans ce cas, la proposition initiale est considérée comme retirée.\n");
        Path csv = Files.writeString(temp.resolve("catalog.csv"), "file,country\na.txt,Peru\n");

        assertThat(success(pool.extract(unpc)).text().mediaType()).isEqualTo("text/plain");
        assertThat(plainText(pool.extract(unpc))).contains("Dans ce cas");
        assertThat(pool.extract(csv)).isInstanceOfSatisfying(Extraction.Failure.class,
                f -> assertThat(f.outcome()).isEqualTo(org.travaux.model.Outcome.UNSUPPORTED));
    }

    @Test
    void htmlFragmentWithoutMagicIsHtmlByItsName() throws IOException {
        Path fragment = Files.writeString(temp.resolve("fragment.html"), "Decides to remain <b>actively</b> seized "
                + "of the matter.<p>Second paragraph</p>");

        Extraction html = pool.extract(fragment);

        assertThat(success(html).text().mediaType()).isEqualTo("text/html");
        assertThat(plainText(html)).contains("Decides to remain actively seized of the matter.", "Second paragraph");
    }

    @Test
    void xhtmlIsExtracted() throws IOException {
        Path xhtml = Files.writeString(temp.resolve("A_RES_73_195.xhtml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Global compact</title></head>
                <body><h1>Global Compact for Safe, Orderly and Regular Migration</h1>
                <p>1. We, the Heads of State and Government, meeting in Morocco</p></body></html>
                """);

        Extraction extraction = pool.extract(xhtml);

        assertThat(success(extraction).text().mediaType()).isEqualTo("application/xhtml+xml");
        assertThat(ofKind(extraction, BlockKind.HEADING)).extracting(TextBlock::text)
                .containsExactly("Global Compact for Safe, Orderly and Regular Migration");
    }

    @Test
    void encryptedPdfIsEncrypted() {
        Extraction.Failure f = failure(pool.extract(fixture("encrypted.pdf")));

        assertThat(f.outcome()).isEqualTo(Outcome.ENCRYPTED);
        assertThat(f.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void scannedPdfWithoutTextLayerNeedsOcr() {
        Extraction.Failure f = failure(pool.extract(fixture("empty.pdf")));

        assertThat(f.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(f.reason()).isEqualTo("no text layer on 1 page: needs OCR");
    }

    @Test
    void emptyAndBlankFilesHaveNoText() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.txt"));
        Path blank = Files.writeString(temp.resolve("blank.txt"), " \n\n\t \n");

        assertThat(failure(pool.extract(empty))).extracting(Extraction.Failure::outcome).isEqualTo(Outcome.EMPTY);
        assertThat(failure(pool.extract(blank))).extracting(Extraction.Failure::outcome, Extraction.Failure::reason)
                .containsExactly(Outcome.EMPTY, "no text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ICT4SD_docs.json", "ICT4SD_scraped-docs.zip", "report.pdf"})
    void gitLfsPointersAreNotTheirContent(String name) throws IOException {
        Path pointer = Files.writeString(temp.resolve(name), """
                version https://git-lfs.github.com/spec/v1
                oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393
                size 12345
                """);

        Extraction.Failure f = failure(pool.extract(pointer));

        assertThat(f.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(f.reason()).isEqualTo("Git LFS pointer, not the file's content");
    }

    @Test
    void imagesAreUnsupported() throws IOException {
        Path png = temp.resolve("scan.pdf");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

        Extraction.Failure f = failure(pool.extract(png));

        assertThat(f.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(f.reason()).isEqualTo("type image/png is not a supported document format");
        assertThat(f.mediaType()).isEqualTo("image/png");
    }

    @Test
    void missingFileFailsWithoutAChild() {
        Extraction.Failure f = failure(pool.extract(temp.resolve("A_RES_99_999.pdf")));

        assertThat(f.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(f.reason()).contains("A_RES_99_999.pdf");
    }

    @Test
    void manyCallersShareThePool() throws Exception {
        List<Path> files = List.of(fixture("sample.pdf"), fixture("sample.docx"), fixture("sample.txt"),
                fixture("sample.html"), fixture("sample.odt"), fixture("sample.doc"), fixture("sample.rtf"),
                fixture("pdf-named.txt"));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = files.stream().map(f -> callers.submit(() -> pool.extract(f)))
                    .toList();
            for (Future<Extraction> result : results) {
                assertThat(success(result.get()).text().characters()).isGreaterThan(4000);
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
