package org.travaux.web.browser;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.IngestReport;
import org.travaux.ingest.IngestSettings;
import org.travaux.ingest.Ingester;
import org.travaux.ingest.ProgressListener;
import org.travaux.model.Outcome;
import org.travaux.search.DocumentReader;
import org.travaux.search.FacetLabels;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;
import org.travaux.understand.DocumentAssembler;
import org.travaux.understand.ThemeVocabulary;
import org.travaux.web.WebApp;
import org.travaux.web.WebSettings;

/**
 * One real index per test run, shared by every browser test class: the shipped corpus/ plus the browser fixtures
 * (src/test/resources/browser: a resolution with sub-paragraphs, a report in English and Arabic under one symbol, a
 * document full of script payloads in its text and sidecar metadata), ingested with the real extraction processes
 * and served by the real web app on a free port. Classes using it skip when chromium or chromedriver is missing.
 */
public final class BrowserServer implements ExecutionCondition, BeforeAllCallback {
    static final Path CHROMIUM = Path.of(System.getProperty("travaux.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("travaux.chromedriver", "/usr/bin/chromedriver"));
    static final Path FIXTURES = Path.of("src/test/resources/browser");

    private static Served served;

    /** Skips every browser test, each with the reason, when the browser or its driver is not installed. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                return ConditionEvaluationResult.disabled("no " + p.getFileName() + " at " + p
                        + ": install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
                        + " to run the browser tests");
            }
        }
        return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        synchronized (BrowserServer.class) {
            if (served == null) {
                // stored in the root context, closed once when the whole run ends
                served = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .getOrComputeIfAbsent(Served.class, k -> Served.start(), Served.class);
            }
        }
    }

    /** The base URL of the running app, "http://127.0.0.1:PORT". */
    static String base() {
        if (served == null) {
            throw new IllegalStateException("BrowserServer has not started: add @ExtendWith(BrowserServer.class)");
        }
        return "http://127.0.0.1:" + served.app.port();
    }

    static String url(String path) {
        return base() + path;
    }

    /** The index, the searchers and the app; closing stops the app and deletes the index. */
    static final class Served implements AutoCloseable {
        final Path dir;
        final TravauxIndex index;
        final Searchers searchers;
        final Javalin app;

        private Served(Path dir, TravauxIndex index, Searchers searchers, Javalin app) {
            this.dir = dir;
            this.index = index;
            this.searchers = searchers;
            this.app = app;
        }

        static Served start() {
            try {
                Path dir = Files.createTempDirectory("travaux-browser-");
                TravauxIndex index = TravauxIndex.open(dir.resolve("index"));
                IngestReport report;
                try (ExtractorPool pool = new ExtractorPool(ExtractorSettings.defaults().withWorkers(2))) {
                    report = new Ingester(index, pool, new DocumentAssembler(), IngestSettings.defaults(2),
                            ProgressListener.NONE).ingest(List.of(Path.of("corpus"), FIXTURES));
                }
                long indexed = report.files().stream().filter(f -> f.outcome() == Outcome.INDEXED).count();
                if (indexed != 13) { // corpus/: 5 texts and 4 renditions; the fixtures: 4 documents and their sidecars
                    throw new IllegalStateException("expected 13 documents indexed, got " + indexed + ": "
                            + report.files().stream().map(f -> f.path() + " " + f.outcome()).toList());
                }
                Searchers searchers = Searchers.over(index);
                // theme facets labelled from the vocabulary, as `travaux serve` does
                ThemeVocabulary themes = ThemeVocabulary.standard();
                FacetLabels labels = (dim, value) -> dim.equals("theme")
                        ? themes.theme(value).map(ThemeVocabulary.Theme::label).orElse(null) : null;
                Javalin app = WebApp.create(new WebSettings("127.0.0.1", 0, Path.of("web")),
                        new SearchService(searchers, labels, Duration.ofSeconds(5)), new DocumentReader(searchers, labels))
                        .start();
                return new Served(dir, index, searchers, app);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            app.stop();
            searchers.close();
            index.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
