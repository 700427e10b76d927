package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.travaux.extract.Fixtures.failure;
import static org.travaux.extract.Fixtures.fixture;
import static org.travaux.extract.Fixtures.success;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;

/** Starting, limiting, recycling and closing the pool. */
class ExtractorPoolLifecycleTest {
    private static final ExtractorSettings ONE = ExtractorSettings.defaults().withWorkers(1)
            .withTimeout(Duration.ofSeconds(30)).withHeapMb(128);

    @TempDir
    Path temp;

    private static List<ProcessHandle> children() {
        return ProcessHandle.current().children().toList();
    }

    @Test
    void aBadJavaPathIsAClearErrorNotAHang() {
        ExtractorSettings settings = ONE.withJavaExecutable(temp.resolve("no-such-java"));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> new ExtractorPool(settings)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("cannot start extraction worker").hasMessageContaining("no-such-java"));
    }

    @Test
    void aClassPathWithoutTheWorkerIsAClearError() {
        ExtractorSettings settings = ONE.withClassPath(temp.toString());

        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> new ExtractorPool(settings)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("extraction worker did not start (exit code 1)")
                        .hasMessageContaining("ExtractionWorker"));
    }

    @Test
    void closeEndsEveryChildAndRefusesMoreWork() {
        List<ProcessHandle> before = children();
        ExtractorPool pool = new ExtractorPool(ONE.withWorkers(2));
        List<ProcessHandle> started = children().stream().filter(p -> !before.contains(p)).toList();
        assertThat(started).hasSize(2);

        pool.close();
        pool.close();

        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThatThrownBy(() -> pool.extract(fixture("sample.txt"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void childrenAreRecycledAfterTheirShareOfFiles() {
        try (ExtractorPool pool = new ExtractorPool(ONE.withRecycleAfter(2))) {
            List<ProcessHandle> first = children();
            for (int i = 0; i < 5; i++) {
                assertThat(success(pool.extract(fixture("sample.txt"))).text().blocks()).hasSize(16);
            }
            List<ProcessHandle> now = children();

            assertThat(now).hasSize(first.size()).doesNotContainAnyElementsOf(first);
        }
    }

    @Test
    void textBeyondTheWriteLimitIsCutAndFlagged() {
        try (ExtractorPool pool = new ExtractorPool(ONE.withWriteLimit(300))) {
            Extraction.Success cut = success(pool.extract(fixture("sample.txt")));

            assertThat(cut.text().truncated()).isTrue();
            assertThat(cut.note()).isEqualTo("truncated at 300 characters");
            assertThat(cut.text().characters()).isBetween(100L, 300L);
            assertThat(cut.text().blocks().get(0).text()).isEqualTo("International migration and development");
        }
    }

    @Test
    void filesAboveTheSizeLimitAreNotOpened() {
        try (ExtractorPool pool = new ExtractorPool(ONE.withMaxFileSize(10_000))) {
            Extraction.Failure f = failure(pool.extract(fixture("sample.pdf")));

            assertThat(f.outcome()).isEqualTo(Outcome.TOO_LARGE);
            assertThat(f.reason()).isEqualTo("file is 36,483 bytes, more than the 10,000 bytes limit");
            assertThat(success(pool.extract(fixture("sample.txt"))).text().truncated()).isFalse();
        }
    }

    @Test
    void sizesReadWell() {
        assertThat(ExtractorPool.size(256L * 1024 * 1024)).isEqualTo("256 MB");
        assertThat(ExtractorPool.size(300L * 1024 * 1024 + 512 * 1024)).isEqualTo("300.5 MB");
        assertThat(ExtractorPool.size(999)).isEqualTo("999 bytes");
    }
}
