package org.travaux.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.ingest.Inspector;
import org.travaux.understand.DocumentAssembler;
import org.travaux.web.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code travaux inspect FILE...}: how Travaux reads a file (metadata, where each field came from, paragraphs). */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show how Travaux reads files, without indexing them: metadata with the source of each",
                "field, and the paragraphs with their ids, clause kinds, themes and references (JSON)."})
final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to read")
    List<Path> files;

    @Option(names = "--root", paramLabel = "DIR",
            description = "the folder the files would be ingested from: sidecars between it and a file apply "
                    + "(default: each file's own folder)")
    Path root;

    @Option(names = "--paragraphs", description = "paragraphs to show per document (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    int paragraphs;

    @Override
    public Integer call() throws Exception {
        try (OnDemandExtractor pool = new OnDemandExtractor(() -> new ExtractorPool(ExtractorSettings.defaults()
                .withWorkers(1)))) {
            Inspector inspector = new Inspector(pool, new DocumentAssembler());
            for (Path file : files) {
                Path folder = root != null ? root : file.toAbsolutePath().getParent();
                Inspector.Result result = inspector.inspect(file, folder);
                System.out.println(Json.writePretty(InspectView.of(result, paragraphs)));
            }
        }
        return 0;
    }
}
