package org.travaux.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * This package's editable data files (forums, instruments, types, months, layout words …): tab-separated, '#'
 * starts a comment line, blank lines ignored. A missing file is a packaging bug, so it fails loudly.
 */
final class DataTables {
    private DataTables() {
    }

    static List<String[]> read(String name) {
        try (InputStream in = DataTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/travaux/understand/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
