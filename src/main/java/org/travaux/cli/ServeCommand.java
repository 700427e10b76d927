package org.travaux.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.travaux.extract.ExtractorPool;
import org.travaux.web.AdminAccess;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.IngestReport;
import org.travaux.search.DocumentReader;
import org.travaux.search.FacetLabels;
import org.travaux.search.SearchService;
import org.travaux.search.Searchers;
import org.travaux.web.WebApp;
import org.travaux.web.WebSettings;
import org.travaux.understand.ThemeVocabulary;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code travaux serve}: bring the index up to date with the corpus, then serve the web app and API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Ingest the corpus (only what changed since last time), then serve the web app and JSON API."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--corpus", paramLabel = "DIR", split = ",",
            description = "folders to ingest before serving (default: corpus/ of the project)")
    List<Path> corpus;

    @Option(names = "--no-ingest", description = "serve the index as it is")
    boolean noIngest;

    @Option(names = "--host", description = "interface to listen on (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE})", defaultValue = "7070")
    int port;

    @Option(names = "--time-budget", description = "seconds a search may take before it returns what it found, "
            + "flagged partial (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int budgetSeconds;

    @Option(names = "--web", paramLabel = "DIR", description = "folder of the web UI (default: web/ of the project)")
    Path web;

    @Mixin
    IngestOptions options;

    @Mixin
    AdminOptions adminOptions;

    @Override
    public Integer call() throws Exception {
        WebSettings settings = new WebSettings(host, port, web == null ? Home.web() : web);
        try (TravauxIndex idx = TravauxIndex.open(index.dir())) {
            String adminToken = adminOptions.token();  // read once: it may come from a file
            boolean adminOpen = adminToken != null;
            if (!noIngest) {
                List<Path> folders = new ArrayList<>(corpus == null ? List.of(Home.corpus()) : corpus);
                if (adminOpen && Files.isDirectory(adminOptions.uploads())) {
                    folders.add(adminOptions.uploads());  // uploads stay in step with their folder like any corpus
                }
                IngestReport report = IngestRunner.run(idx, folders, options, System.err);
                SummaryTable.print(report, System.out);
                if (report.cancelled()) {
                    return 130;
                }
            }
            try (Searchers searchers = Searchers.over(idx);
                 OnDemandExtractor uploadExtractor = new OnDemandExtractor(
                         () -> new ExtractorPool(options.extractorSettings().withWorkers(1)))) {
                AdminAccess admin = adminOptions.access(adminToken, idx, uploadExtractor);
                FacetLabels themeLabels = ThemeLabels.of(ThemeVocabulary.standard());
                SearchService search = new SearchService(searchers, themeLabels,
                        Duration.ofSeconds(budgetSeconds));
                Javalin app = WebApp.create(settings, search, new DocumentReader(searchers, themeLabels), admin);
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    app.stop();
                    stopped.countDown();
                }, "serve-shutdown"));
                app.start();
                String shownHost = host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host;
                System.out.printf("Travaux is serving %d documents at http://%s:%d (Ctrl-C to stop)%n",
                        new DocumentReader(searchers).summary().documents(), shownHost, app.port());
                stopped.await();
            }
        }
        return 0;
    }
}
