package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExtractorSettingsTest {

    @Test
    void defaultsFollowTheDocumentedChoices() {
        ExtractorSettings s = ExtractorSettings.defaults();

        assertThat(s.workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.heapMb()).isEqualTo(512);
        assertThat(s.writeLimit()).isEqualTo(20_000_000);
        assertThat(s.maxFileSize()).isEqualTo(256L * 1024 * 1024);
        assertThat(s.recycleAfter()).isEqualTo(1000);
        assertThat(Files.isExecutable(s.javaExecutable())).isTrue();
        assertThat(s.classPath()).isEqualTo(System.getProperty("java.class.path"));
        assertThat(s.supportedTypes()).containsExactlyInAnyOrder("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
                "application/vnd.oasis.opendocument.text", "application/rtf", "text/html", "application/xhtml+xml",
                "text/plain");
    }

    @Test
    void withersChangeOneValue() {
        ExtractorSettings s = ExtractorSettings.defaults().withWorkers(2).withTimeout(Duration.ofSeconds(5))
                .withHeapMb(64).withWriteLimit(1000).withMaxFileSize(10).withRecycleAfter(3)
                .withJavaExecutable(Path.of("/opt/java")).withClassPath("a.jar")
                .withSupportedTypes(Set.of(" Text/Plain "));

        assertThat(s).isEqualTo(new ExtractorSettings(2, Duration.ofSeconds(5), 64, 1000, 10, Path.of("/opt/java"),
                "a.jar", Set.of("text/plain"), 3));
    }

    @Test
    void badValuesAreNamed() {
        ExtractorSettings s = ExtractorSettings.defaults();

        assertThatThrownBy(() -> s.withWorkers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workers").hasMessageContaining("was 0");
        assertThatThrownBy(() -> s.withTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> s.withHeapMb(16)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("heapMb").hasMessageContaining("16");
        assertThatThrownBy(() -> s.withWriteLimit(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("writeLimit");
        assertThatThrownBy(() -> s.withMaxFileSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxFileSize");
        assertThatThrownBy(() -> s.withClassPath(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classPath");
        assertThatThrownBy(() -> s.withRecycleAfter(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recycleAfter");
        assertThatThrownBy(() -> s.withSupportedTypes(Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("supportedTypes");
        assertThatThrownBy(() -> s.withSupportedTypes(Set.of("pdf"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pdf'");
    }
}
