package org.travaux.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.travaux.extract.TextExtractor;
import org.travaux.index.TravauxIndex;
import org.travaux.ingest.Uploads;
import org.travaux.understand.DocumentAssembler;
import org.travaux.web.AdminAccess;
import picocli.CommandLine.Option;

/**
 * The admin API of {@code serve}: closed unless a token is given, by the environment variable
 * {@value #TOKEN_VARIABLE} or a file (never on the command line, where every user of the machine could read it).
 */
final class AdminOptions {
    static final String TOKEN_VARIABLE = "TRAVAUX_ADMIN_TOKEN";

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "file holding the admin API's bearer token (or set " + TOKEN_VARIABLE + "); without one "
                    + "POST/DELETE /api/documents answer 403")
    Path tokenFile;

    @Option(names = "--uploads", paramLabel = "DIR",
            description = "folder where uploaded documents are stored (default: uploads/ of the project)")
    Path uploadsDir;

    @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "50",
            description = "largest upload accepted, in MB (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    /** The token, or null when the admin API stays closed. */
    String token() throws IOException {
        if (tokenFile != null) {
            if (!Files.isRegularFile(tokenFile)) {
                throw new IllegalArgumentException("no admin token file at " + tokenFile.toAbsolutePath());
            }
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        }
        String fromEnvironment = System.getenv(TOKEN_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
    }

    Path uploads() {
        return uploadsDir == null ? Home.dir().resolve("uploads") : uploadsDir;
    }

    /** The admin API for {@code token} (from {@link #token()}): closed when it is null. */
    AdminAccess access(String token, TravauxIndex index, TextExtractor extractor) throws IOException {
        if (token == null) {
            return AdminAccess.closed();
        }
        if (maxUploadMb < 1) {
            throw new IllegalArgumentException("--max-upload must be at least 1 (MB), was " + maxUploadMb);
        }
        Uploads uploads = new Uploads(index, extractor, new DocumentAssembler(), uploads(), maxUploadMb * 1024L * 1024L);
        return new AdminAccess(token, uploads);
    }
}
