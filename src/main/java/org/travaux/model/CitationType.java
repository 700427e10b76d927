package org.travaux.model;

import java.util.Locale;

/**
 * What a citing paragraph does with the document it cites, read from the verb or phrase that carries the reference
 * ("Recalling its resolution 65/170" recalls, "submitted pursuant to resolution 67/219" is pursuant to). A reference
 * with no such verb near it merely refers to the document.
 */
public enum CitationType {
    RECALLS, REAFFIRMS, TAKES_NOTE, WELCOMES, ENDORSES, PURSUANT_TO, REQUESTS_REPORT, DECIDES, REFERS_TO;

    /** The stable lower-case value of the API and the index ("takes_note"). */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CitationType fromValue(String value) {
        for (CitationType t : values()) {
            if (t.value().equals(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown citation type '" + value + "'");
    }
}
