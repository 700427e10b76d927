package org.travaux.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The command line that starts an {@link ExtractionWorker} child for given settings. */
final class WorkerCommand {
    private static final Logger LOG = LoggerFactory.getLogger(WorkerCommand.class);
    /** Linux refuses single arguments above 128 KiB; longer class paths go through a JVM argument file. */
    private static final int MAX_INLINE_CLASS_PATH = 100_000;
    private static final String ARG_FILE_PREFIX = "travaux-worker-cp-";

    private WorkerCommand() {
    }

    static List<String> of(ExtractorSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(settings.javaExecutable().toString());
        command.add("-Xmx" + settings.heapMb() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        // The JVM's own messages ("Terminating due to java.lang.OutOfMemoryError") go to stdout otherwise.
        command.add("-XX:+DisplayVMOutputToStderr");
        command.add("-Djava.awt.headless=true");
        // Parser warnings about odd files are expected by the thousand; keep them at warn in the child.
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        if (settings.classPath().length() <= MAX_INLINE_CLASS_PATH) {
            command.add("-cp");
            command.add(settings.classPath());
        } else {
            command.add("@" + writeArgFile(settings.classPath()));
        }
        command.add(ExtractionWorker.class.getName());
        command.add(ExtractionWorker.WRITE_LIMIT);
        command.add(Integer.toString(settings.writeLimit()));
        command.add(ExtractionWorker.TYPES);
        command.add(String.join(",", new TreeSet<>(settings.supportedTypes())));
        command.add(ExtractionWorker.PARENT_PID);
        command.add(Long.toString(ProcessHandle.current().pid()));
        return List.copyOf(command);
    }

    private static Path writeArgFile(String classPath) {
        try {
            Path file = Files.createTempFile(ARG_FILE_PREFIX, ".args");
            String quoted = classPath.replace("\\", "\\\\").replace("\"", "\\\"");
            Files.writeString(file, "-cp \"" + quoted + "\"\n", StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the class path argument file for extraction workers", e);
        }
    }

    /** Removes the argument file, if the command uses one. */
    static void deleteArgFile(List<String> command) {
        for (String arg : command) {
            if (arg.startsWith("@") && arg.contains(ARG_FILE_PREFIX)) {
                try {
                    Files.deleteIfExists(Path.of(arg.substring(1)));
                } catch (IOException e) {
                    LOG.debug("cannot delete {}: {}", arg, e.toString());
                }
            }
        }
    }
}
