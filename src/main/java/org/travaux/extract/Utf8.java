package org.travaux.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a file's bytes are well-formed UTF-8, checked by streaming them through a strict decoder. */
final class Utf8 {
    private Utf8() {
    }

    static boolean isValid(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 15];
            for (int n; (n = stream.read(chunk)) > 0; ) {
                in.put(chunk, 0, n).flip();
                CoderResult r;
                do {
                    out.clear();
                    r = decoder.decode(in, out, false);
                    if (r.isError()) {
                        return false;
                    }
                } while (r.isOverflow());
                in.compact();
            }
            in.flip();
            out.clear();
            return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError() && !in.hasRemaining();
        }
    }
}
