package org.travaux.index;

import org.travaux.model.FollowUpRequest;

/**
 * The stored form of a follow-up request on an operative paragraph's {@link Fields#REQUEST}:
 * {@code kind \t session \t year \t due}, an empty column for what the paragraph does not state.
 */
public final class StoredRequest {
    private StoredRequest() {
    }

    public static String encode(FollowUpRequest r) {
        return r.kind() + "\t" + (r.session() == null ? "" : r.session()) + "\t" + (r.year() == null ? "" : r.year())
                + "\t" + (r.due() == null ? "" : r.due().replace('\t', ' '));
    }

    public static FollowUpRequest decode(String stored) {
        String[] parts = stored.split("\t", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a stored request: '" + stored + "'");
        }
        return new FollowUpRequest(parts[0], parts[3].isEmpty() ? null : parts[3], number(parts[1]), number(parts[2]));
    }

    private static Integer number(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }
}
