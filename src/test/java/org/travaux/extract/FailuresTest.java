package org.travaux.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.zip.ZipException;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;
import org.xml.sax.SAXException;

class FailuresTest {

    @Test
    void encryptedEvenWhenWrapped() {
        Extraction.Failure f = Failures.fromParse(new TikaException("parse failed",
                new IOException(new EncryptedDocumentException("Unable to process: document is encrypted"))),
                "application/pdf");

        assertThat(f.outcome()).isEqualTo(Outcome.ENCRYPTED);
        assertThat(f.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void tikaIoZipAndSaxProblemsAreCorruptWithTheRootCauseOnOneLine() {
        Extraction.Failure tika = Failures.fromParse(new TikaException("Unexpected RuntimeException from parser",
                new NullPointerException("Cannot read field \"pages\"\n  because it is null")), "application/msword");
        Extraction.Failure zip = Failures.fromParse(new ZipException("invalid CEN header"), "application/zip");
        Extraction.Failure sax = Failures.fromParse(new SAXException("bad markup"), "text/html");

        assertThat(tika.outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(tika.reason()).isEqualTo("NullPointerException: Cannot read field \"pages\" because it is null");
        assertThat(zip).extracting(Extraction.Failure::outcome, Extraction.Failure::reason)
                .containsExactly(Outcome.CORRUPT, "invalid CEN header");
        assertThat(sax.outcome()).isEqualTo(Outcome.CORRUPT);
    }

    @Test
    void anythingElseFailsAndLongMessagesAreCut() {
        Extraction.Failure f = Failures.fromParse(new IllegalStateException("x".repeat(1000)), "text/plain");

        assertThat(f.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(f.reason()).startsWith("extractor error: IllegalStateException: xxx").hasSizeLessThan(330);
    }
}
