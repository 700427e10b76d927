package org.travaux.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL pieces the server writes into links (the reader's anchors are {@code #para-} + the encoded paragraph id). */
final class Urls {
    private Urls() {
    }

    /** Percent-encodes a paragraph id as JavaScript's encodeURIComponent does ("15 (a)" → "15%20(a)"). */
    static String fragment(String paragraphId) {
        return URLEncoder.encode(paragraphId, StandardCharsets.UTF_8).replace("+", "%20").replace("%28", "(")
                .replace("%29", ")").replace("%7E", "~").replace("%21", "!").replace("%27", "'").replace("%2A", "*");
    }
}
