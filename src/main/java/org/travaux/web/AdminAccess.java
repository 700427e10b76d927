package org.travaux.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.travaux.ingest.Uploads;

/**
 * The admin API's switch and key: without a token every admin call answers 403; with one, a call must carry
 * {@code Authorization: Bearer <token>}.
 *
 * @param token   the bearer token, or null to keep the admin API closed
 * @param uploads where uploads go and how they are ingested (null when closed)
 */
public record AdminAccess(String token, Uploads uploads) {
    /** Tokens shorter than this are refused at startup: they could be guessed. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public AdminAccess {
        if (token != null && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the admin token must have at least " + MIN_TOKEN_LENGTH
                    + " characters, it has " + token.strip().length());
        }
        if (token != null && uploads == null) {
            throw new IllegalArgumentException("an admin token needs an uploads folder");
        }
        token = token == null ? null : token.strip();
    }

    public static AdminAccess closed() {
        return new AdminAccess(null, null);
    }

    boolean open() {
        return token != null;
    }

    /** Compares in constant time so the answer's timing does not reveal how much of a guess was right. */
    boolean accepts(String authorizationHeader) {
        if (token == null || authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorizationHeader.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }
}
