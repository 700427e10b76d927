package org.travaux.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the files of a folder in a stable (sorted) order. Hidden files are listed too, so that each gets an
 * outcome ({@link #skipReason}); only version-control folders are left out entirely. Symbolic links are not
 * followed, so a link loop cannot trap the walk.
 */
final class FileWalker {
    private static final Logger LOG = LoggerFactory.getLogger(FileWalker.class);

    /** Version-control folders: thousands of internal files, none a document, none worth an outcome line. */
    private static final java.util.Set<String> VCS_FOLDERS = java.util.Set.of(".git", ".svn", ".hg");

    private FileWalker() {
    }

    /** Regular files under {@code root}, sorted by path; unreadable folders are logged and skipped. */
    static List<Path> walk(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && VCS_FOLDERS.contains(String.valueOf(dir.getFileName()))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                LOG.warn("cannot read {}: {}", file, e.toString());
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * Why a file is not a document to read, or null when it may be one: macOS AppleDouble twins ({@code ._x}),
     * Finder metadata ({@code .DS_Store}), and any hidden file or file in a hidden folder.
     *
     * @param relative the file's path relative to the ingested folder, '/' separated
     */
    static String skipReason(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        if (name.startsWith("._")) {
            return "skipped: macOS AppleDouble metadata twin (._*), not a document";
        }
        if (name.equals(".DS_Store")) {
            return "skipped: macOS Finder metadata (.DS_Store), not a document";
        }
        if (name.startsWith(".") || relative.startsWith(".") || relative.contains("/.")) {
            return "skipped: hidden file";
        }
        return null;
    }
}
