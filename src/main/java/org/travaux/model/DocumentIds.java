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
