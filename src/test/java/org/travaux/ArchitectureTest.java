package org.travaux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package rules of ARCHITECTURE.md true by reading every import of src/main/java: each package may use
 * only the libraries and project packages listed for it, and nothing imports {@code cli}.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/travaux");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);

    /** What each package may import besides the JDK, SLF4J and its own package. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "extract", Set.of("org.travaux.model", "org.apache.tika", "org.xml.sax"),
            "understand", Set.of("org.travaux.model"),
            "index", Set.of("org.travaux.model", "org.apache.lucene"),
            "search", Set.of("org.travaux.model", "org.travaux.index", "org.apache.lucene"),
            "ingest", Set.of("org.travaux.model", "org.travaux.extract", "org.travaux.understand", "org.travaux.index"),
            "web", Set.of("org.travaux.model", "org.travaux.search", "org.travaux.ingest", "io.javalin",
                    "org.eclipse.jetty", "com.fasterxml.jackson"),
            "cli", Set.of("org.travaux", "picocli", "io.javalin"));

    private static final List<String> ALWAYS = List.of("java.", "javax.", "org.slf4j");

    @Test
    void everyPackageImportsOnlyWhatItMay() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
                assertThat(ALLOWED).as("package %s is not in the architecture table", pkg).containsKey(pkg);
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (!allowed(pkg, imported)) {
                        violations.add(MAIN.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theRulesTableCoversEveryPackage() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .allMatch(ALLOWED::containsKey);
        }
    }

    private static boolean allowed(String pkg, String imported) {
        if (ALWAYS.stream().anyMatch(imported::startsWith) || imported.startsWith("org.travaux." + pkg + ".")) {
            return true;
        }
        if (imported.startsWith("org.travaux.cli")) {
            return false; // the composition root is imported by nothing
        }
        return ALLOWED.get(pkg).stream().anyMatch(prefix -> imported.startsWith(prefix + ".")
                || imported.equals(prefix));
    }
}
