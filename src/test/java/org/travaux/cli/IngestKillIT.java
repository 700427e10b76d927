package org.travaux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.index.IndexCheck;
import org.travaux.index.IndexStats;
import org.travaux.index.TravauxIndex;

/**
 * kill -9 in the middle of a real ingest: the index must open, pass CheckIndex, hold only whole documents (every
 * document with all its paragraphs), and a re-run must complete it without reading again what was committed.
 */
class IngestKillIT {
    private static final int FILES = 1500;
    private static final int PARAGRAPHS_PER_FILE = 3;

    @TempDir
    Path tmp;

    @Test
    void anIngestKilledAtAnyMomentLeavesAnIndexThatOpensChecksAndResumes() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int i = 0; i < FILES; i++) {
            Path dir = Files.createDirectories(corpus.resolve("batch-" + (i / 100)));
            Files.writeString(dir.resolve("statement-" + i + ".txt"), "Statement " + i + " on migration.\n\n"
                    + "The delegation of country " + i + " recalls resolution 73/195.\n\n"
                    + "It commits to regular pathways, reference " + i * 7919 + ".\n");
        }
        Path index = tmp.resolve("index");

        Process ingest = JarRunner.command("ingest", corpus.toString(), "--index", index.toString(),
                "--commit-interval", "1", "--workers", "2").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("first-run.log").toFile()).start();
        List<ProcessHandle> workers = waitForCommittedDocuments(ingest, index, 100);
        ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
        assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();

        IndexCheck.Result check = IndexCheck.run(index);
        assertThat(check.clean()).as(check.details()).isTrue();
        IndexStats afterKill = TravauxIndex.readStats(index);
        assertThat(afterKill.documents()).isBetween(100L, FILES - 1L);
        assertThat(afterKill.paragraphs()).as("only whole documents are visible")
                .isEqualTo(afterKill.documents() * PARAGRAPHS_PER_FILE);
        for (ProcessHandle worker : workers) {
            worker.onExit().get(20, TimeUnit.SECONDS); // orphaned extraction processes end on their own
        }

        JarRunner.Result rerun = JarRunner.run(tmp, "ingest", corpus.toString(), "--index", index.toString(),
                "--report", tmp.resolve("report.json").toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        IndexStats done = TravauxIndex.readStats(index);
        assertThat(done.documents()).isEqualTo(FILES);
        assertThat(done.paragraphs()).isEqualTo((long) FILES * PARAGRAPHS_PER_FILE);
        String report = Files.readString(tmp.resolve("report.json"));
        assertThat(report).contains("\"unchanged\" : " + afterKill.documents())
                .contains("\"indexed\" : " + (FILES - afterKill.documents()));
        assertThat(IndexCheck.run(index).clean()).isTrue();
    }

    /** Waits until a commit holds at least {@code min} documents; returns the ingest's extraction processes. */
    private static List<ProcessHandle> waitForCommittedDocuments(Process ingest, Path index, long min)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        List<ProcessHandle> workers = List.of();
        while (Instant.now().isBefore(deadline)) {
            assertThat(ingest.isAlive()).as("the ingest ended before it could be killed").isTrue();
            workers = ingest.descendants().toList();
            if (Files.isDirectory(index) && TravauxIndex.exists(index)
                    && TravauxIndex.readStats(index).documents() >= min) {
                return workers;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no commit with " + min + " documents within 3 minutes");
    }
}
