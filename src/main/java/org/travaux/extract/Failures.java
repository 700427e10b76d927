package org.travaux.extract;

import java.io.IOException;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;
import org.xml.sax.SAXException;

/** Maps what a parser threw to the file's outcome, with a short one-line reason. */
final class Failures {
    private static final int MAX_REASON = 300;
    /** Tika's, POI's and PDFBox's ways of saying "password needed", matched by name so no POI/PDFBox import. */
    private static final Set<String> ENCRYPTED = Set.of("EncryptedDocumentException", "InvalidPasswordException");

    private Failures() {
    }

    /** The outcome for an exception thrown while parsing a file of {@code mediaType}. */
    static Extraction.Failure fromParse(Throwable thrown, String mediaType) {
        if (isEncrypted(thrown)) {
            return new Extraction.Failure(Outcome.ENCRYPTED, "document is encrypted (password-protected)", mediaType);
        }
        String reason = describe(rootCause(thrown));
        if (thrown instanceof TikaException || thrown instanceof IOException || thrown instanceof SAXException) {
            return new Extraction.Failure(Outcome.CORRUPT, reason, mediaType);
        }
        return new Extraction.Failure(Outcome.FAILED, "extractor error: " + reason, mediaType);
    }

    static boolean isEncrypted(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 32; t = t.getCause(), depth++) {
            if (ENCRYPTED.contains(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    static Throwable rootCause(Throwable thrown) {
        Throwable root = thrown;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < 32) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * One short line: the message, prefixed with the exception's simple name when that name says more than
     * the message does (a NullPointerException from a parser bug, not an IOException about the file).
     */
    static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ").strip();
        boolean plain = t instanceof IOException || t instanceof TikaException || t instanceof SAXException;
        String text = message.isEmpty() ? t.getClass().getSimpleName()
                : plain ? message : t.getClass().getSimpleName() + ": " + message;
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON - 1) + "…" : text;
    }
}
