package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.travaux.extract.Fixtures.fixture;
import static org.travaux.extract.Fixtures.success;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.travaux.model.Extraction;

/**
 * Every file of the shared fuzzed/odd corpus ({@code ../shared/badinput}: decompression bombs, hangs, encrypted,
 * truncated and mislabelled files) gets exactly one outcome, and the pool survives them all.
 */
class BadInputIT {
    private static final Logger LOG = LoggerFactory.getLogger(BadInputIT.class);

    @Test
    void everyBadFileGetsExactlyOneOutcomeAndThePoolSurvives() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).resolve("../shared/badinput").normalize();
        Assumptions.assumeTrue(Files.isDirectory(root), "../shared/badinput not present: " + root);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<Path, Extraction> results = new ConcurrentHashMap<>();
        long start = System.nanoTime();

        try (ExtractorPool pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(2))) {
            ExecutorService callers = Executors.newFixedThreadPool(2);
            try {
                List<Future<Extraction>> done = files.stream().map(f -> callers.submit(() -> {
                    Extraction extraction = pool.extract(f);
                    assertThat(results.put(f, extraction)).as("second outcome for %s", f).isNull();
                    return extraction;
                })).toList();
                for (Future<Extraction> d : done) {
                    d.get();
                }
            } finally {
                callers.shutdownNow();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(results).hasSameSizeAs(files).doesNotContainValue(null);
            assertThat(success(pool.extract(fixture("sample.pdf"))).text().pageCount()).isEqualTo(2);
            report(root, results, took);
        }
    }

    private static void report(Path root, Map<Path, Extraction> results, Duration took) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(results).forEach((file, extraction) -> {
            String outcome = switch (extraction) {
                case Extraction.Success s -> s.text().truncated() ? "text (truncated)" : "text";
                case Extraction.Failure f -> f.outcome().value();
            };
            counts.merge(outcome, 1, Integer::sum);
            String detail = switch (extraction) {
                case Extraction.Success s -> s.text().mediaType() + ", " + s.text().characters() + " chars";
                case Extraction.Failure f -> f.reason() + " [" + f.mediaType() + "]";
            };
            lines.append(outcome).append('\t').append(root.relativize(file)).append('\t').append(detail)
                    .append('\n');
        });
        String summary = String.format("badinput: %d files in %.1f s with 2 workers: %s", results.size(),
                took.toMillis() / 1000.0, counts);
        LOG.info(summary);
        System.out.println(summary);
        System.out.print(lines);
    }
}
