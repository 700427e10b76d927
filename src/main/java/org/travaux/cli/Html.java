package org.travaux.cli;

/** Undoes the highlighter's HTML escaping for plain-text display on a terminal. */
final class Html {
    private Html() {
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&#39;", "'").replace("&amp;", "&");
    }
}
