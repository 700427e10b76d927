package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.travaux.extract.Fixtures.failure;
import static org.travaux.extract.Fixtures.fixture;
import static org.travaux.extract.Fixtures.plainText;
import static org.travaux.extract.Fixtures.success;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;

/**
 * Children that hang, exhaust their heap, halt, print to stdout or throw, driven by {@link MisbehavingParser}
 * (registered only on the test class path); after each, the same pool must still extract a good file.
 */
class ExtractorPoolFailureTest {
    private static ExtractorPool pool;

    @TempDir
    Path temp;

    @BeforeAll
    static void startPool() {
        Set<String> types = new HashSet<>(ExtractorSettings.DOCUMENT_TYPES);
        types.add(MisbehavingParser.TYPE.toString());
        // One worker, so the file after a failure is necessarily handled by the replacement child.
        pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(1).withTimeout(Duration.ofSeconds(5))
                .withHeapMb(64).withSupportedTypes(types));
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    @AfterEach
    void poolStillWorks() {
        Extraction good = pool.extract(fixture("sample.txt"));

        assertThat(plainText(good)).startsWith("International migration and development");
    }

    private Path misbehaving(String behaviour) throws IOException {
        return Files.writeString(temp.resolve(behaviour + ".doc"), MisbehavingParser.MAGIC + " " + behaviour);
    }

    @Test
    void aHangingChildIsKilledAtTheTimeout() throws IOException {
        long start = System.nanoTime();

        Extraction.Failure f = failure(pool.extract(misbehaving("sleep")));

        assertThat(f.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(f.reason()).isEqualTo("no answer within 5 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aChildOutOfMemoryMeansTooLarge() throws IOException {
        Extraction.Failure f = failure(pool.extract(misbehaving("oom")));

        assertThat(f.outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(f.reason()).isEqualTo("extraction needed more than the 64 MB heap cap (decompression bomb?)");
    }

    @Test
    void aChildThatDiesIsExplainedByItsExitCode() throws IOException {
        Extraction.Failure f = failure(pool.extract(misbehaving("halt")));

        assertThat(f.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(f.reason()).startsWith("extractor process died (exit code 7)");
    }

    @Test
    void whatAParserPrintsToStdoutDoesNotCorruptTheAnswer() throws IOException {
        Extraction chatter = pool.extract(misbehaving("chatter"));

        assertThat(plainText(chatter)).isEqualTo("chatter survived");
        assertThat(success(chatter).text().mediaType()).isEqualTo("application/x-travaux-misbehave");
    }

    @Test
    void aParserBugIsCorruptWithTheRootCause() throws IOException {
        Extraction.Failure f = failure(pool.extract(misbehaving("npe")));

        assertThat(f.outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(f.reason()).isEqualTo("NullPointerException: parser bug");
    }

    @Test
    void aStackOverflowFailsTheFileButNotTheChild() throws IOException {
        Extraction.Failure f = failure(pool.extract(misbehaving("overflow")));

        assertThat(f.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(f.reason()).contains("StackOverflowError");
    }
}
