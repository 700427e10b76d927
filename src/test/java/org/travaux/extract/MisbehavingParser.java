package org.travaux.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A Tika parser that exists only on the test class path and misbehaves on request: the word after the magic
 * {@code TRAVAUX-MISBEHAVE} says how (sleep, oom, halt, chatter, npe, overflow).
 */
public class MisbehavingParser implements Parser {
    static final String MAGIC = "TRAVAUX-MISBEHAVE";
    static final MediaType TYPE = MediaType.application("x-travaux-misbehave");

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(TYPE);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException {
        String content = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        String behaviour = content.substring(MAGIC.length()).strip();
        switch (behaviour) {
            case "sleep" -> sleepForever();
            case "oom" -> exhaustHeap();
            case "halt" -> Runtime.getRuntime().halt(7);
            case "chatter" -> {
                System.out.println("chatter from a parser that writes to stdout");
                System.out.flush();
            }
            case "npe" -> throw new NullPointerException("parser bug");
            case "overflow" -> recurse(0);
            default -> {
                // plain: just emit the text below
            }
        }
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        xhtml.element("p", behaviour + " survived");
        xhtml.endDocument();
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void exhaustHeap() {
        List<long[]> hog = new ArrayList<>();
        while (true) {
            hog.add(new long[1 << 20]);
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
