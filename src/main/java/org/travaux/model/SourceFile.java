package org.travaux.model;

import java.util.Objects;

/**
 * A file as the ingest found it.
 *
 * @param root     absolute path of the folder that was ingested
 * @param path     the file's path relative to {@code root}, with {@code /} separators ({@code resolutions/A_RES_73_195.html})
 * @param size     bytes
 * @param modified last-modified time, epoch milliseconds
 * @param sha256   hex SHA-256 of the content
 */
public record SourceFile(String root, String path, long size, long modified, String sha256) {
    public SourceFile {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (path.contains("\\")) {
            throw new IllegalArgumentException("source path must use '/' separators: " + path);
        }
    }

    /** The last path segment. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
