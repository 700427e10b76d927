package org.travaux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@code ./travaux} launcher: it finds a JDK >= 21 on its own, or says what to install. */
class LauncherIT {

    @Test
    void findsAModernJdkEvenWhenThePathHasAnOldOne() throws Exception {
        Result r = launch(Map.of("PATH", "/usr/bin:/bin"), "--version");
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).contains("Travaux");
    }

    @Test
    void saysWhatToInstallWhenNoJdkIsRecentEnough() throws Exception {
        Result r = launch(Map.of("PATH", "/usr/bin:/bin", "TRAVAUX_JVM_DIR", "/nonexistent"), "status");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.output).contains("no Java 21 or newer found").contains("apt-get install openjdk-21-jdk-headless");
    }

    private record Result(int exit, String output) {
    }

    private static Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add("bash");
        pb.command().add(Path.of("travaux").toAbsolutePath().toString());
        pb.command().addAll(java.util.List.of(args));
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
