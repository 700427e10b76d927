package org.travaux.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.travaux.extract.TextExtractor;
import org.travaux.model.BlockKind;
import org.travaux.model.ExtractedText;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;
import org.travaux.model.TextBlock;

/**
 * An in-process extractor for ingest tests: paragraphs are blank-line separated; a file whose first line is an
 * outcome name ("CORRUPT", "TIMEOUT" …) fails with that outcome. Counts its calls, so tests can prove that an
 * unchanged file is not read again. (The real child-process pool is tested in {@code extract} and end to end.)
 */
final class PlainTextExtractor implements TextExtractor {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Extraction extract(Path file) {
        calls.incrementAndGet();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String first = text.lines().findFirst().orElse("").strip();
        for (Outcome o : Outcome.values()) {
            if (first.equals(o.name())) {
                return new Extraction.Failure(o, "test says " + o.label(), "text/plain");
            }
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (String para : text.split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                blocks.add(new TextBlock(BlockKind.PARAGRAPH, para.strip(), 0, 0));
            }
        }
        if (blocks.isEmpty()) {
            return new Extraction.Failure(Outcome.EMPTY, "no text", "text/plain");
        }
        return new Extraction.Success(new ExtractedText("text/plain", blocks, Map.of(), 0, false), "");
    }

    @Override
    public void close() {
    }
}
