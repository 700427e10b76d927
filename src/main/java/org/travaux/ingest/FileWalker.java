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
 * Lists the files of a folder in a stable (sorted) order, skipping what is not a document: hidden files and
 * folders, macOS {@code ._*} AppleDouble twins and {@code .DS_Store}. Symbolic links are not followed, so a
 * link loop cannot trap the walk.
 */
final class FileWalker {
    private static final Logger LOG = LoggerFactory.getLogger(FileWalker.class);

    private FileWalker() {
    }

    /** Regular files under {@code root}, sorted by path; unreadable folders are logged and skipped. */
    static List<Path> walk(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isSkipped(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isSkipped(file)) {
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

    /** Hidden names (".x"), which also covers AppleDouble "._x" twins and ".DS_Store". */
    static boolean isSkipped(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
