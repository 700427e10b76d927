package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of one run, {@code PREFIX.json}, {@code PREFIX.md} and {@code PREFIX.png}: phases that run after
 * {@link Run} (load over HTTP, end-to-end ingest) add their section to the JSON with {@link #addSection}, and the
 * report and chart are written again from the whole JSON.
 * <p>usage: Render PREFIX
 */
public final class Render {
    private Render() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), (ObjectNode) Corpus.JSON.readTree(json(Path.of(args[0])).toFile()));
    }

    static Path json(Path prefix) {
        return Path.of(prefix + ".json");
    }

    /** Writes {@code result} as the run's JSON, Markdown report and chart. */
    static void write(Path prefix, ObjectNode result) throws Exception {
        Files.writeString(json(prefix),
                Corpus.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        Files.writeString(Path.of(prefix + ".md"), Report.markdown(result, prefix.getFileName() + ".png"));
        Chart.write(result, Path.of(prefix + ".png"));
    }

    /** Sets {@code name} in the run's JSON to {@code section} (replacing an earlier one) and renders again. */
    static void addSection(Path prefix, String name, JsonNode section) throws Exception {
        ObjectNode result;
        try {
            result = (ObjectNode) Corpus.JSON.readTree(json(prefix).toFile());
        } catch (IOException e) {
            throw new IOException("no run to add '" + name + "' to: " + json(prefix), e);
        }
        result.set(name, section);
        write(prefix, result);
    }
}
