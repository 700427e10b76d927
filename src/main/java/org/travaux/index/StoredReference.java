package org.travaux.index;

import org.travaux.model.CitationType;
import org.travaux.model.Reference;

/**
 * The stored form of one edge of the citation graph, on the citing paragraph's {@link Fields#REF}:
 * {@code symbol \t type \t context}. Indexes written before citation types (pipeline 3 and older) stored
 * {@code symbol \t context}; those read back as {@code refers_to}.
 */
public final class StoredReference {
    private StoredReference() {
    }

    /** The stored value of a reference (its context has no tabs: white space is made single when it is cut). */
    public static String encode(Reference r) {
        return r.symbol() + "\t" + r.type().value() + "\t" + r.context().replace('\t', ' ');
    }

    /** The reference a stored value describes, made in the paragraph with this id. */
    public static Reference decode(String stored, String paragraphId) {
        String[] parts = stored.split("\t", 3);
        if (parts.length == 2) {
            return new Reference(parts[0], paragraphId, parts[1], CitationType.REFERS_TO);
        }
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a stored reference: '" + stored + "'");
        }
        return new Reference(parts[0], paragraphId, parts[2], CitationType.fromValue(parts[1]));
    }

    /** The indexed term of an edge by type, {@code type \t symbol}, so edges of one type are counted, not read. */
    public static String edgeTerm(CitationType type, String symbol) {
        return type.value() + "\t" + symbol;
    }
}
