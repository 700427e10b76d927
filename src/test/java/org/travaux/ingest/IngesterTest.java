package org.travaux.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.index.TravauxIndex;
import org.travaux.model.Outcome;
import org.travaux.search.SearchRequest;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;
import org.travaux.understand.DocumentAssembler;

/** The incremental cases of ingest, over a real Lucene index in a temporary folder. */
class IngesterTest {
    @TempDir
    Path tmp;
    Path corpus;
    TravauxIndex index;
    PlainTextExtractor extractor = new PlainTextExtractor();

    @BeforeEach
    void open() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        index = TravauxIndex.open(tmp.resolve("index"));
        write("resolutions/a.txt", "Recalling its resolution on remittances.\n\nDecides to convene a dialogue.");
        write("resolutions/b.txt", "The Global Forum on Migration and Development met in Mexico.");
        write("letters/c.txt", "Letter from Peru on regional consultative processes.");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aSecondRunOverAnUnchangedCorpusReadsNothing() throws IOException {
        IngestReport first = ingest();
        assertThat(outcomes(first)).containsEntry("resolutions/a.txt", Outcome.INDEXED).hasSize(3)
                .containsValues(Outcome.INDEXED);
        assertThat(first.files()).filteredOn(r -> r.path().equals("resolutions/a.txt"))
                .extracting(FileResult::paragraphs).containsExactly(2);
        int calls = extractor.calls.get();

        IngestReport second = ingest();

        assertThat(outcomes(second).values()).containsOnly(Outcome.UNCHANGED).hasSize(3);
        assertThat(extractor.calls.get()).isEqualTo(calls);
        assertThat(index.stats().documents()).isEqualTo(3);
        assertThat(index.stats().paragraphs()).isEqualTo(4);
    }

    @Test
    void aChangedFileIsReadAgainAndItsOldTextLeavesTheIndex() throws IOException {
        ingest();
        write("resolutions/b.txt", "The Regional Conference on Migration met in Puebla.");
        Files.setLastModifiedTime(corpus.resolve("resolutions/b.txt"), FileTime.fromMillis(1_000_000));

        IngestReport report = ingest();

        assertThat(outcomes(report)).containsEntry("resolutions/b.txt", Outcome.INDEXED)
                .containsEntry("resolutions/a.txt", Outcome.UNCHANGED);
        assertThat(hits("Puebla")).isEqualTo(1);
        assertThat(hits("Mexico")).isZero();
        assertThat(index.stats().documents()).isEqualTo(3);
    }

    @Test
    void aFileTouchedWithoutChangingItsBytesStaysUnchanged() throws IOException {
        ingest();
        Files.setLastModifiedTime(corpus.resolve("letters/c.txt"), FileTime.fromMillis(42_000));
        int calls = extractor.calls.get();

        assertThat(outcomes(ingest())).containsEntry("letters/c.txt", Outcome.UNCHANGED);
        assertThat(extractor.calls.get()).isEqualTo(calls);
    }

    @Test
    void aVanishedFileIsRemovedWithItsParagraphs() throws IOException {
        ingest();
        Files.delete(corpus.resolve("resolutions/a.txt"));

        IngestReport report = ingest();

        assertThat(report.removed()).containsExactly("resolutions/a.txt");
        assertThat(index.stats().documents()).isEqualTo(2);
        assertThat(index.stats().paragraphs()).isEqualTo(2);
        assertThat(hits("remittances")).isZero();
    }

    @Test
    void aCopyIsADuplicateUntilTheOriginalGoes() throws IOException {
        write("zz-copy-of-b.txt", Files.readString(corpus.resolve("resolutions/b.txt")));

        IngestReport first = ingest();

        assertThat(outcomes(first)).containsEntry("zz-copy-of-b.txt", Outcome.DUPLICATE);
        assertThat(first.files()).filteredOn(r -> r.path().equals("zz-copy-of-b.txt")).extracting(FileResult::reason)
                .containsExactly("same content as corpus/resolutions/b.txt");
        assertThat(index.stats().documents()).isEqualTo(3);

        Files.delete(corpus.resolve("resolutions/b.txt"));
        IngestReport second = ingest();

        assertThat(outcomes(second)).containsEntry("zz-copy-of-b.txt", Outcome.INDEXED);
        assertThat(hits("Forum")).isEqualTo(1);
    }

    @Test
    void aNewCopyOfAnIndexedFileIsTheDuplicateNotTheOriginal() throws IOException {
        ingest();
        write("aa-new-copy.txt", Files.readString(corpus.resolve("letters/c.txt")));

        IngestReport report = ingest();

        assertThat(outcomes(report)).containsEntry("aa-new-copy.txt", Outcome.DUPLICATE)
                .containsEntry("letters/c.txt", Outcome.UNCHANGED);
    }

    @Test
    void failuresAreRememberedAndOnlyRetriedWhenAsked() throws IOException {
        write("bad/slow.txt", "TIMEOUT\n");
        write("bad/broken.txt", "CORRUPT\n");
        IngestReport first = ingest();
        assertThat(outcomes(first)).containsEntry("bad/slow.txt", Outcome.TIMEOUT)
                .containsEntry("bad/broken.txt", Outcome.CORRUPT);
        int calls = extractor.calls.get();

        IngestReport second = ingest();
        assertThat(outcomes(second)).containsEntry("bad/slow.txt", Outcome.UNCHANGED);
        assertThat(second.files()).filteredOn(r -> r.path().equals("bad/slow.txt")).extracting(FileResult::reason)
                .containsExactly("still timeout: test says timeout");
        assertThat(extractor.calls.get()).isEqualTo(calls);

        IngestReport retried = new Ingester(index, extractor, new DocumentAssembler(),
                new IngestSettings(2, Duration.ofSeconds(30), 100, true), ProgressListener.NONE)
                .ingest(List.of(corpus));
        assertThat(outcomes(retried)).containsEntry("bad/slow.txt", Outcome.TIMEOUT)
                .containsEntry("bad/broken.txt", Outcome.UNCHANGED);
        assertThat(extractor.calls.get()).isEqualTo(calls + 1);
    }

    @Test
    void hiddenFilesAndMacMetadataGetAnOutcomeButAreNotRead() throws IOException {
        write("._a.txt", "AppleDouble");
        write(".DS_Store", "Finder");
        write(".github/workflows/ci.txt", "hidden folder");

        IngestReport report = ingest();

        assertThat(report.files()).hasSize(6);
        assertThat(report.files()).filteredOn(r -> r.path().contains("/.") || r.path().startsWith("."))
                .extracting(FileResult::outcome).containsOnly(Outcome.UNSUPPORTED);
        assertThat(report.files()).filteredOn(r -> r.path().equals("._a.txt")).extracting(FileResult::reason)
                .singleElement().asString().contains("AppleDouble");
        assertThat(extractor.calls.get()).isEqualTo(3);
        assertThat(outcomes(ingest()).values()).containsOnly(Outcome.UNCHANGED);
    }

    @Test
    void aCatalogIsASidecarAndEditingOneRowRereadsOnlyThatFile() throws IOException {
        write("resolutions/catalog.csv", "file,symbol,country\na.txt,A/RES/1/1,Peru\nb.txt,A/RES/1/2,Chile\n");

        IngestReport first = ingest();

        assertThat(first.files()).filteredOn(r -> r.path().equals("resolutions/catalog.csv")).singleElement()
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.UNSUPPORTED);
                    assertThat(r.reason()).isEqualTo("metadata sidecar (not a document): gave fields to 2 files");
                });
        assertThat(outcomes(ingest()).values()).containsOnly(Outcome.UNCHANGED);

        write("resolutions/catalog.csv", "file,symbol,country\na.txt,A/RES/1/1,Peru\nb.txt,A/RES/1/2,Mexico\n");
        int calls = extractor.calls.get();
        IngestReport edited = ingest();

        assertThat(outcomes(edited)).containsEntry("resolutions/b.txt", Outcome.INDEXED)
                .containsEntry("resolutions/a.txt", Outcome.UNCHANGED);
        assertThat(extractor.calls.get()).isEqualTo(calls + 1);
    }

    @Test
    void aMalformedSidecarIsReportedAndTheFilesAreStillIndexed() throws IOException {
        write("letters/c.txt.meta.json", "{\"country\": \"Peru\", \"speaker\": ");

        IngestReport report = ingest();

        assertThat(report.files()).filteredOn(r -> r.path().equals("letters/c.txt.meta.json")).singleElement()
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(Outcome.CORRUPT);
                    assertThat(r.reason()).startsWith("unreadable metadata sidecar: meta.json").contains("column");
                });
        assertThat(outcomes(report)).containsEntry("letters/c.txt", Outcome.INDEXED);
    }

    private IngestReport ingest() throws IOException {
        return new Ingester(index, extractor, new DocumentAssembler(),
                new IngestSettings(2, Duration.ofSeconds(30), 100, false), ProgressListener.NONE)
                .ingest(List.of(corpus));
    }

    private long hits(String query) throws IOException {
        try (Searchers searchers = Searchers.over(index)) {
            return new SearchService(searchers).search(new SearchRequest(query, 10, null)).total();
        }
    }

    private static Map<String, Outcome> outcomes(IngestReport report) {
        return report.files().stream().collect(Collectors.toMap(FileResult::path, FileResult::outcome));
    }

    private void write(String relative, String text) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
