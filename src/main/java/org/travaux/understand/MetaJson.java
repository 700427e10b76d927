package org.travaux.understand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader for the one JSON shape a {@code .meta.json} sidecar has: a flat object of strings, numbers, booleans and
 * nulls (an array of those is joined with "; "). NaN and Infinity, which Python's json module writes, are read as null.
 */
final class MetaJson {
    private final String s;
    private int i;

    private MetaJson(String text) {
        this.s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The object's members in file order; a null (or NaN) member maps to null.
     *
     * @throws IllegalArgumentException naming the line and column where the text stops being such an object
     */
    static Map<String, String> read(String text) {
        MetaJson p = new MetaJson(text);
        Map<String, String> out = p.object();
        p.space();
        if (p.i < p.s.length()) {
            throw p.error("text after the closing '}'");
        }
        return out;
    }

    private Map<String, String> object() {
        space();
        expect('{');
        Map<String, String> out = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            i++;
            return out;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            String key = string();
            space();
            expect(':');
            space();
            if (out.containsKey(key)) {
                throw error("member \"" + key + "\" appears twice");
            }
            out.put(key, peek() == '[' ? array() : scalar());
            space();
            char c = peek();
            i++;
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                i--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private String array() {
        expect('[');
        List<String> items = new ArrayList<>();
        space();
        if (peek() == ']') {
            i++;
            return null;
        }
        while (true) {
            space();
            String v = scalar();
            if (v != null) {
                items.add(v);
            }
            space();
            char c = peek();
            i++;
            if (c == ']') {
                return items.isEmpty() ? null : String.join("; ", items);
            }
            if (c != ',') {
                i--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String scalar() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            throw error("nested objects are not allowed in a .meta.json sidecar (it must be flat)");
        }
        int start = i;
        while (i < s.length() && "+-.0123456789eEaAtTrRuUfFlLsSnNiIyY".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        String word = s.substring(start, i);
        switch (word) {
            case "true", "false" -> {
                return word;
            }
            case "null", "NaN", "Infinity", "-Infinity" -> {
                return null;
            }
            default -> {
                if (word.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
                    return word;
                }
                i = start;
                throw error("expected a string, number, true, false or null");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw error("string is never closed");
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                if (i >= s.length()) {
                    throw error("string is never closed");
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length() || !s.substring(i, i + 4).matches("[0-9a-fA-F]{4}")) {
                            throw error("bad \\u escape");
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> {
                        i--;
                        throw error("bad escape '\\" + e + "'");
                    }
                }
            } else if (c < 0x20) {
                i--;
                throw error("control character inside a string");
            } else {
                b.append(c);
            }
        }
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private char peek() {
        if (i >= s.length()) {
            throw error("unexpected end of text");
        }
        return s.charAt(i);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        i++;
    }

    private IllegalArgumentException error(String what) {
        int line = 1;
        int col = 1;
        for (int k = 0; k < Math.min(i, s.length()); k++) {
            if (s.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new IllegalArgumentException("meta.json line " + line + ", column " + col + ": " + what);
    }
}
