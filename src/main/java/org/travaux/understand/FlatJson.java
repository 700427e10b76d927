package org.travaux.understand;

import java.util.LinkedHashMap;
import java.util.Map;

/** A reader for one flat JSON object of scalar values: all a {@code .meta.json} sidecar may hold. */
final class FlatJson {
    private final String text;
    private int pos;

    FlatJson(String text) {
        this.text = text;
    }

    Map<String, String> object() {
        Map<String, String> fields = new LinkedHashMap<>();
        skipSpace();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            pos++;
            return end(fields);
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            String value = scalar(key);
            if (value != null) {
                fields.put(key, value);
            }
            skipSpace();
            char c = next();
            if (c == '}') {
                return end(fields);
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private Map<String, String> end(Map<String, String> fields) {
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected text after the object");
        }
        return fields;
    }

    private String scalar(String key) {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            throw error("field '" + key + "' is a nested " + (c == '{' ? "object" : "array") + "; sidecars hold plain values");
        }
        int start = pos;
        while (pos < text.length() && ",}] \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (word.equals("null")) {
            return null;
        }
        if (word.equals("true") || word.equals("false") || word.equals("NaN")
                || word.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            return word.equals("NaN") ? null : word;
        }
        throw error("unexpected value '" + word + "'");
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("truncated \\u escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private char next() {
        if (pos >= text.length()) {
            throw error("unexpected end of the JSON");
        }
        return text.charAt(pos++);
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("meta.json: " + what + " at character " + pos);
    }
}
