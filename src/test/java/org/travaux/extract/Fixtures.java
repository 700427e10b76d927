package org.travaux.extract;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.travaux.model.BlockKind;
import org.travaux.model.Extraction;
import org.travaux.model.TextBlock;

/** Test helpers: the fixtures under {@code src/test/resources/extract/} and views of an extraction. */
final class Fixtures {

    private Fixtures() {
    }

    static Path fixture(String name) {
        URL url = Fixtures.class.getResource("/extract/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture extract/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Extraction.Success success(Extraction extraction) {
        if (extraction instanceof Extraction.Success s) {
            return s;
        }
        throw new AssertionError("expected text, got " + extraction);
    }

    static Extraction.Failure failure(Extraction extraction) {
        if (extraction instanceof Extraction.Failure f) {
            return f;
        }
        throw new AssertionError("expected a failure, got " + ((Extraction.Success) extraction).text().blocks());
    }

    /** All text, blocks joined by blank lines and line breaks turned into spaces: what a reader sees. */
    static String plainText(Extraction extraction) {
        return success(extraction).text().blocks().stream().map(b -> b.text().replace('\n', ' '))
                .collect(Collectors.joining("\n\n"));
    }

    static List<TextBlock> ofKind(Extraction extraction, BlockKind kind) {
        return success(extraction).text().blocks().stream().filter(b -> b.kind() == kind).toList();
    }

    /** The first block whose text starts with {@code prefix}. */
    static TextBlock startingWith(Extraction extraction, String prefix) {
        return success(extraction).text().blocks().stream().filter(b -> b.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with '" + prefix + "' in "
                        + success(extraction).text().blocks()));
    }
}
