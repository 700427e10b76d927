package org.travaux.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Document ids: a readable slug of the file name plus a short hash of where the file sits, so an id is
 * URL-safe, stable across re-ingests and machines (it does not depend on the absolute path), and two
 * files with the same name in different folders do not collide.
 */
public final class DocumentIds {
    private static final int MAX_SLUG = 60;

    private DocumentIds() {
    }

    /**
     * @param rootName   the name of the ingested folder ("corpus")
     * @param sourcePath the file's path relative to that folder, with '/' separators
     */
    public static String of(String rootName, String sourcePath) {
        String fileName = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        return slug(fileName) + "-" + shortHash(rootName + "/" + sourcePath);
    }

    /**
     * A readable key made from what the document says about itself, so that a link survives the file being moved,
     * renamed or converted: the symbol and language ("A-RES-73-195.en"); without a symbol the forum, date and title
     * ("regional-conference-on-migration.2013-05-23.lima-declaration.es"). Two renditions of one document (a DOCX and
     * its PDF) share their key; a lookup by key then answers with one of them, always the same.
     *
     * @param symbol   canonical symbol, or null
     * @param forum    forum path, outermost first
     * @param date     ISO date or year, or null
     * @param title    title
     * @param language language code, or null
     */
    public static String key(String symbol, java.util.List<String> forum, String date, String title, String language) {
        String lang = language == null || language.isBlank() ? "" : "." + slug(language).toLowerCase(Locale.ROOT);
        if (symbol != null && !symbol.isBlank()) {
            return slug(symbol.replace('/', '-').replace(' ', '-')) + lang;
        }
        StringBuilder key = new StringBuilder();
        if (forum != null && !forum.isEmpty()) {
            key.append(words(forum.get(forum.size() - 1), 40)).append('.');
        }
        if (date != null && !date.isBlank()) {
            key.append(slug(date)).append('.');
        }
        if (title != null && !title.isBlank()) {
            key.append(words(title, 50));
        }
        String k = key.toString().replaceAll("\\.+$", "");
        return (k.isEmpty() ? "doc" : k) + lang;
    }

    private static String words(String text, int max) {
        String s = slug(text.toLowerCase(Locale.ROOT).replace('.', ' ').replace('_', ' '));
        if (s.length() > max) {
            int cut = s.lastIndexOf('-', max);
            s = s.substring(0, cut > 10 ? cut : max);
        }
        return s.replaceAll("^[-.]+|[-.]+$", "");
    }

    /** True for ids made only of letters, digits, '-', '_' and '.', which need no escaping in a URL path. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > 200) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return !id.equals(".") && !id.equals("..");
    }

    static String slug(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("[-.]+$", "");
        }
        return s.isEmpty() ? "doc" : s;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
