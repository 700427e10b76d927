package org.travaux.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the extraction pool runs: how many child JVMs, how long and how much memory each file may take, and which
 * document types are worth extracting.
 *
 * @param workers        number of long-lived child JVMs, one file at a time each
 * @param timeout        how long one file may take before its child is killed (Outcome TIMEOUT)
 * @param heapMb         {@code -Xmx} of each child in MB; running out means Outcome TOO_LARGE
 * @param writeLimit     characters kept per file; longer texts are cut there and flagged truncated
 * @param maxFileSize    bytes; bigger files get Outcome TOO_LARGE without being opened
 * @param javaExecutable the {@code java} binary that starts the children
 * @param classPath      class path of the children (must hold this package, Tika and SLF4J)
 * @param supportedTypes media types (no parameters) that are extracted; anything else is UNSUPPORTED
 * @param recycleAfter   files after which a child is replaced by a fresh one, so leaks cannot pile up
 */
public record ExtractorSettings(int workers, Duration timeout, int heapMb, int writeLimit, long maxFileSize,
                                Path javaExecutable, String classPath, Set<String> supportedTypes,
                                int recycleAfter) {

    /** PDF, DOCX, DOC, ODT, RTF, HTML/XHTML and plain text: the formats UN documents come in. */
    public static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "text/html",
            "application/xhtml+xml",
            "text/plain");

    /** 20 million characters: far above the 100,000 of a default BodyContentHandler, which long UN reports pass. */
    public static final int DEFAULT_WRITE_LIMIT = 20_000_000;

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+_-]*/[a-z0-9][a-z0-9.+_-]*");

    public ExtractorSettings {
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("workers must be between 1 and 256, was " + workers);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("timeout must be positive and at most one day, was " + timeout);
        }
        if (heapMb < 32 || heapMb > 1_048_576) {
            throw new IllegalArgumentException("heapMb must be between 32 and 1048576, was " + heapMb);
        }
        if (writeLimit < 1) {
            throw new IllegalArgumentException("writeLimit must be positive, was " + writeLimit);
        }
        if (maxFileSize < 1) {
            throw new IllegalArgumentException("maxFileSize must be positive, was " + maxFileSize);
        }
        if (javaExecutable == null || javaExecutable.toString().isBlank()) {
            throw new IllegalArgumentException("javaExecutable must be set, was " + javaExecutable);
        }
        if (classPath == null || classPath.isBlank()) {
            throw new IllegalArgumentException("classPath must not be blank, was '" + classPath + "'");
        }
        if (recycleAfter < 1) {
            throw new IllegalArgumentException("recycleAfter must be positive, was " + recycleAfter);
        }
        supportedTypes = normalizeTypes(supportedTypes);
    }

    /** The defaults: one child per processor, 60 s per file, 512 MB heap, 20 M characters, 256 MB files. */
    public static ExtractorSettings defaults() {
        return new ExtractorSettings(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(60), 512,
                DEFAULT_WRITE_LIMIT, 256L * 1024 * 1024, currentJava(), System.getProperty("java.class.path"),
                DOCUMENT_TYPES, 1000);
    }

    public ExtractorSettings withWorkers(int value) {
        return new ExtractorSettings(value, timeout, heapMb, writeLimit, maxFileSize, javaExecutable, classPath,
                supportedTypes, recycleAfter);
    }

    public ExtractorSettings withTimeout(Duration value) {
        return new ExtractorSettings(workers, value, heapMb, writeLimit, maxFileSize, javaExecutable, classPath,
                supportedTypes, recycleAfter);
    }

    public ExtractorSettings withHeapMb(int value) {
        return new ExtractorSettings(workers, timeout, value, writeLimit, maxFileSize, javaExecutable, classPath,
                supportedTypes, recycleAfter);
    }

    public ExtractorSettings withWriteLimit(int value) {
        return new ExtractorSettings(workers, timeout, heapMb, value, maxFileSize, javaExecutable, classPath,
                supportedTypes, recycleAfter);
    }

    public ExtractorSettings withMaxFileSize(long value) {
        return new ExtractorSettings(workers, timeout, heapMb, writeLimit, value, javaExecutable, classPath,
                supportedTypes, recycleAfter);
    }

    public ExtractorSettings withJavaExecutable(Path value) {
        return new ExtractorSettings(workers, timeout, heapMb, writeLimit, maxFileSize, value, classPath,
                supportedTypes, recycleAfter);
    }

    public ExtractorSettings withClassPath(String value) {
        return new ExtractorSettings(workers, timeout, heapMb, writeLimit, maxFileSize, javaExecutable, value,
                supportedTypes, recycleAfter);
    }

    public ExtractorSettings withSupportedTypes(Set<String> value) {
        return new ExtractorSettings(workers, timeout, heapMb, writeLimit, maxFileSize, javaExecutable, classPath,
                value, recycleAfter);
    }

    public ExtractorSettings withRecycleAfter(int value) {
        return new ExtractorSettings(workers, timeout, heapMb, writeLimit, maxFileSize, javaExecutable, classPath,
                supportedTypes, value);
    }

    /** The java binary running this JVM, so children match the parent's version. */
    static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private static Set<String> normalizeTypes(Set<String> types) {
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("supportedTypes must name at least one media type, was " + types);
        }
        Set<String> normalized = new LinkedHashSet<>();
        for (String type : types) {
            String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
            if (!MEDIA_TYPE.matcher(t).matches()) {
                throw new IllegalArgumentException("supportedTypes holds '" + type
                        + "', which is not a media type like 'application/pdf'");
            }
            normalized.add(t);
        }
        return Set.copyOf(normalized);
    }
}
