package org.travaux.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.travaux.model.Extraction;
import org.travaux.model.Outcome;

/**
 * The child JVM's main: reads file paths from stdin, extracts each with Tika and answers on stdout in
 * {@link WorkerProtocol}'s format, until stdin closes. Started only by {@link ExtractorPool}.
 */
public final class ExtractionWorker {
    static final String WRITE_LIMIT = "--write-limit";
    static final String TYPES = "--types";
    static final String PARENT_PID = "--parent-pid";
    private static final int BAD_ARGUMENTS = 2;
    private static final int BROKEN = 1;

    private ExtractionWorker() {
    }

    public static void main(String[] args) {
        // Before any library loads: stdout is the protocol channel, so whatever a parser prints goes to stderr,
        // and nothing but this loop may read the requests on stdin.
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        InputStream protocolIn = new FileInputStream(FileDescriptor.in);
        System.setOut(System.err);
        System.setIn(InputStream.nullInputStream());

        int writeLimit;
        Set<String> types;
        try {
            writeLimit = Integer.parseInt(argument(args, WRITE_LIMIT));
            types = Set.copyOf(Arrays.asList(argument(args, TYPES).split(",")));
            watchParent(Long.parseLong(argument(args, PARENT_PID)));
        } catch (IllegalArgumentException e) {
            System.err.println("ExtractionWorker: " + e.getMessage() + "; usage: ExtractionWorker " + WRITE_LIMIT
                    + " <chars> " + TYPES + " <type,type…> " + PARENT_PID + " <pid>");
            System.exit(BAD_ARGUMENTS);
            return;
        }
        try {
            serve(new DocumentParser(writeLimit, types), new DataInputStream(new BufferedInputStream(protocolIn)),
                    new DataOutputStream(new BufferedOutputStream(protocolOut, 1 << 16)));
        } catch (IOException | RuntimeException e) {
            // The channel to the parent is gone or garbled; the parent explains the death from this line.
            System.err.println("ExtractionWorker: " + e);
            System.exit(BROKEN);
        }
        System.exit(0);
    }

    /** Answers requests until the parent closes stdin; a request's failure never ends the loop. */
    static void serve(DocumentParser parser, DataInputStream in, DataOutputStream out) throws IOException {
        WorkerProtocol.writeHello(out);
        String path;
        while ((path = WorkerProtocol.readRequest(in)) != null) {
            WorkerProtocol.writeExtraction(out, extractSafely(parser, path));
        }
    }

    private static Extraction extractSafely(DocumentParser parser, String path) {
        try {
            return parser.extract(Path.of(path));
        } catch (InvalidPathException e) {
            return new Extraction.Failure(Outcome.FAILED, "not a usable path: " + Failures.describe(e), null);
        } catch (StackOverflowError e) {
            // Deeply nested input (tables in tables) exhausts the stack; the JVM is fine, the next file may go on.
            return new Extraction.Failure(Outcome.FAILED, "extractor error: structure nested too deeply "
                    + "(StackOverflowError)", null);
        } catch (RuntimeException | Error e) {
            e.printStackTrace(System.err);
            return new Extraction.Failure(Outcome.FAILED, "extractor error: " + Failures.describe(e), null);
        }
    }

    private static String argument(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }

    /** A child whose parent was killed outright (no shutdown hook ran) must not live on. */
    private static void watchParent(long pid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        if (parent.isEmpty()) {
            System.err.println("ExtractionWorker: parent process " + pid + " is gone; exiting");
            Runtime.getRuntime().halt(BROKEN);
            return;
        }
        parent.get().onExit().thenRun(() -> Runtime.getRuntime().halt(BROKEN));
    }
}
