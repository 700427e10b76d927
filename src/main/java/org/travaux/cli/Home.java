package org.travaux.cli;

import java.nio.file.Path;

/**
 * Where the project's folders are: the launcher passes {@code -Dtravaux.home=<project dir>} so that
 * {@code ./travaux serve} finds {@code corpus/}, {@code index/} and {@code web/} from any working directory.
 */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getProperty("travaux.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    static Path index() {
        return dir().resolve("index");
    }

    static Path corpus() {
        return dir().resolve("corpus");
    }

    static Path web() {
        return dir().resolve("web");
    }
}
