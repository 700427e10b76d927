package org.travaux.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file a document was read from, for download.
 *
 * @param path      where it is now
 * @param fileName  its name, for the download
 * @param mediaType the type detected from its content
 */
public record OriginalFile(Path path, String fileName, String mediaType) {

    /**
     * The file at {@code root/source} if it is still a regular file inside {@code root}; the index wrote both values,
     * but a source that climbs out of its root ("../") is refused all the same.
     */
    static Optional<OriginalFile> locate(String root, String source, String mediaType) {
        if (root == null || source == null) {
            return Optional.empty();
        }
        Path base = Path.of(root).toAbsolutePath().normalize();
        Path file = base.resolve(source).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new OriginalFile(file, file.getFileName().toString(),
                mediaType == null ? "application/octet-stream" : mediaType));
    }
}
