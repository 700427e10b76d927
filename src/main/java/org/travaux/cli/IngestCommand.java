package org.travaux.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code travaux ingest FOLDER...}: extract, understand and index the documents under the folders. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract, understand and index every document under the folders.",
                "Incremental: unchanged files are skipped, changed ones re-read, vanished ones removed.",
                "Every file gets one outcome; the summary is printed at the end."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "folders to ingest")
    List<Path> folders;

    @Mixin
    IndexOption index;

    @Option(names = "--report", paramLabel = "FILE", description = "write the full per-file report as JSON")
    Path report;

    @Mixin
    IngestOptions options;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        IngestReport result;
        try (TravauxIndex idx = TravauxIndex.open(index.dir())) {
            result = IngestRunner.run(idx, folders, options, System.err);
        }
        SummaryTable.print(result, out);
        if (report != null) {
            ReportFile.write(result, report);
            out.println("report: " + report.toAbsolutePath());
        }
        return result.cancelled() ? 130 : 0;
    }
}
