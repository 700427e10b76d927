package org.travaux.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/** Test-only detector: content starting with {@link MisbehavingParser#MAGIC} is {@link MisbehavingParser#TYPE}. */
public class MisbehavingDetector implements Detector {
    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return MediaType.OCTET_STREAM;
        }
        byte[] magic = MisbehavingParser.MAGIC.getBytes(StandardCharsets.US_ASCII);
        input.mark(magic.length);
        try {
            byte[] head = input.readNBytes(magic.length);
            return Arrays.equals(head, magic) ? MisbehavingParser.TYPE : MediaType.OCTET_STREAM;
        } finally {
            input.reset();
        }
    }
}
