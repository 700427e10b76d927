package org.travaux.web;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where and how to serve.
 *
 * @param host   interface to bind (127.0.0.1 unless the operator says otherwise)
 * @param port   TCP port, 0 for any free port
 * @param webDir folder of the static UI
 */
public record WebSettings(String host, int port, Path webDir) {
    public WebSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (!Files.isRegularFile(webDir.resolve("index.html"))) {
            throw new IllegalArgumentException("no index.html in the web folder " + webDir.toAbsolutePath());
        }
    }
}
