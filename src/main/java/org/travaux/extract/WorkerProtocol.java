package org.travaux.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.travaux.model.BlockKind;
import org.travaux.model.ExtractedText;
import org.travaux.model.Extraction;
import org.travaux.model.Outcome;
import org.travaux.model.TextBlock;

/**
 * The wire format between {@link ExtractorPool} and {@link ExtractionWorker}: big-endian
 * {@link DataOutputStream} values, strings as an int byte count followed by UTF-8.
 *
 * <pre>
 * child, once ready:  int HELLO, int VERSION
 * parent, per file:   int REQUEST, string path            (closing stdin asks the child to exit)
 * child, per file:    int RESPONSE, byte SUCCESS | FAILURE, then
 *   SUCCESS: string mediaType, string note, boolean truncated, int pageCount,
 *            int n, n x (string key, string value),
 *            int m, m x (byte kind ordinal, int page, int level, string text)
 *   FAILURE: string outcome value, string reason, boolean hasType, [string mediaType]
 * </pre>
 * Each answer starts with a magic number, so stray bytes on the child's stdout show up as a protocol error
 * instead of a wrong text.
 */
final class WorkerProtocol {
    static final int HELLO = 0x54525848;     // "TRXH"
    static final int VERSION = 1;
    static final int REQUEST = 0x54525851;   // "TRXQ"
    static final int RESPONSE = 0x54525841;  // "TRXA"
    private static final byte SUCCESS = 1;
    private static final byte FAILURE = 2;
    private static final int MAX_PROPERTIES = 100_000;
    private static final BlockKind[] KINDS = BlockKind.values();

    private WorkerProtocol() {
    }

    static void writeHello(DataOutputStream out) throws IOException {
        out.writeInt(HELLO);
        out.writeInt(VERSION);
        out.flush();
    }

    static void readHello(DataInputStream in) throws IOException {
        int magic = in.readInt();
        int version = in.readInt();
        if (magic != HELLO || version != VERSION) {
            throw new IOException(String.format("unexpected greeting %08x version %d from the extraction worker",
                    magic, version));
        }
    }

    static void writeRequest(DataOutputStream out, String path) throws IOException {
        out.writeInt(REQUEST);
        writeString(out, path);
        out.flush();
    }

    /** The next requested path, or null when the parent closed the stream. */
    static String readRequest(DataInputStream in) throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException e) {
            return null;
        }
        if (magic != REQUEST) {
            throw new IOException(String.format("unexpected request marker %08x", magic));
        }
        return readString(in, 1 << 20);
    }

    static void writeExtraction(DataOutputStream out, Extraction extraction) throws IOException {
        out.writeInt(RESPONSE);
        switch (extraction) {
            case Extraction.Success s -> {
                ExtractedText text = s.text();
                out.writeByte(SUCCESS);
                writeString(out, text.mediaType());
                writeString(out, s.note());
                out.writeBoolean(text.truncated());
                out.writeInt(text.pageCount());
                out.writeInt(text.properties().size());
                for (Map.Entry<String, String> e : text.properties().entrySet()) {
                    writeString(out, e.getKey());
                    writeString(out, e.getValue());
                }
                out.writeInt(text.blocks().size());
                for (TextBlock b : text.blocks()) {
                    out.writeByte(b.kind().ordinal());
                    out.writeInt(b.page());
                    out.writeInt(b.level());
                    writeString(out, b.text());
                }
            }
            case Extraction.Failure f -> {
                out.writeByte(FAILURE);
                writeString(out, f.outcome().value());
                writeString(out, f.reason());
                out.writeBoolean(f.mediaType() != null);
                if (f.mediaType() != null) {
                    writeString(out, f.mediaType());
                }
            }
        }
        out.flush();
    }

    /**
     * Reads one answer. {@code maxChars} bounds every string and count, so a garbled stream cannot make the
     * parent allocate gigabytes.
     */
    static Extraction readExtraction(DataInputStream in, int maxChars) throws IOException {
        int magic = in.readInt();
        if (magic != RESPONSE) {
            throw new IOException(String.format("unexpected answer marker %08x", magic));
        }
        int maxBytes = maxChars >= Integer.MAX_VALUE / 4 ? Integer.MAX_VALUE - 16 : maxChars * 4 + 4096;
        byte tag = in.readByte();
        if (tag == FAILURE) {
            Outcome outcome = Outcome.fromValue(readString(in, 64));
            String reason = readString(in, maxBytes);
            String mediaType = in.readBoolean() ? readString(in, 4096) : null;
            return new Extraction.Failure(outcome, reason, mediaType);
        }
        if (tag != SUCCESS) {
            throw new IOException("unexpected answer tag " + tag);
        }
        String mediaType = readString(in, 4096);
        String note = readString(in, maxBytes);
        boolean truncated = in.readBoolean();
        int pageCount = in.readInt();
        int propertyCount = count(in.readInt(), MAX_PROPERTIES, "properties");
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < propertyCount; i++) {
            properties.put(readString(in, maxBytes), readString(in, maxBytes));
        }
        int blockCount = count(in.readInt(), maxChars, "blocks");
        List<TextBlock> blocks = new ArrayList<>(Math.min(blockCount, 1 << 16));
        for (int i = 0; i < blockCount; i++) {
            int kind = in.readUnsignedByte();
            if (kind >= KINDS.length) {
                throw new IOException("unknown block kind " + kind);
            }
            int page = in.readInt();
            int level = in.readInt();
            blocks.add(new TextBlock(KINDS[kind], readString(in, maxBytes), page, level));
        }
        return new Extraction.Success(new ExtractedText(mediaType, blocks, properties, pageCount, truncated), note);
    }

    static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in, int maxBytes) throws IOException {
        int length = count(in.readInt(), maxBytes, "string bytes");
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(int value, int max, String what) throws IOException {
        if (value < 0 || value > max) {
            throw new IOException("implausible number of " + what + ": " + value + " (at most " + max + ")");
        }
        return value;
    }
}
