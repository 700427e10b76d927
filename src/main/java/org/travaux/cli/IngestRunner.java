package org.travaux.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.travaux.extract.ExtractorPool;
import org.travaux.extract.ExtractorSettings;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.IngestReport;
import org.travaux.ingest.IngestSettings;
import org.travaux.ingest.Ingester;
import org.travaux.understand.DocumentAssembler;

/**
 * Wires and runs one ingest: the extractor pool, the ingester, progress on the terminal, and a shutdown hook so
 * that Ctrl-C stops after the files in flight and commits what is done.
 */
final class IngestRunner {
    private IngestRunner() {
    }

    static IngestReport run(TravauxIndex index, List<Path> folders, IngestOptions options, PrintStream err)
            throws IOException {
        ExtractorSettings extraction = options.extractorSettings();
        IngestSettings settings = options.ingestSettings(extraction.workers());
        try (OnDemandExtractor pool = new OnDemandExtractor(() -> new ExtractorPool(extraction))) {
            Ingester ingester = new Ingester(index, pool, new DocumentAssembler(), settings, TerminalProgress.create(err));
            CountDownLatch finished = new CountDownLatch(1);
            Thread onInterrupt = new Thread(() -> {
                err.println();
                err.println("travaux: interrupted: finishing the files in flight and committing what is done…");
                ingester.cancel();
                try {
                    finished.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "ingest-shutdown");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                return ingester.ingest(folders);
            } finally {
                finished.countDown();
                removeHook(onInterrupt);
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the JVM is exiting because of Ctrl-C: the hook is running and must stay
        }
    }
}
