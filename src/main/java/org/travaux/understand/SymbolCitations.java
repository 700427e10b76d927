package org.travaux.understand;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.model.DocumentSymbol;

/**
 * Builds the symbol of a resolution or decision cited by its number, from the body that adopted it (named before
 * the number, or else the citing document's own body) and the shape of the number: "1325 (2000)" is always the
 * Security Council; "1514 (XV)" a General Assembly (or, when said, ECOSOC) resolution of the roman-numbered sessions;
 * "2006/2" (a year first) is ECOSOC's numbering; "65/170" (a session first) is the Assembly's or the Council's.
 */
final class SymbolCitations {
    /** Who adopted the cited text, as far as the words before the number tell. */
    enum Body { GA, SC, HRC, ECOSOC, CHR, UNEA, HABITAT, COUNCIL, COMMISSION, OTHER, UNSTATED }

    private static final Pattern YEAR_FORM = Pattern.compile("(\\d{1,4})(?: ?[A-H])? ?\\((\\d{4})\\)");
    private static final Pattern ROMAN_FORM = Pattern.compile("(\\d{1,4})(?: ?[A-H](?:-[A-H])?)? ?\\(([IVXLC]+)\\)");
    private static final Pattern SLASH_FORM = Pattern.compile("((?:E?S-)?\\d{1,4})/(\\d{1,4})(?: ?([A-H](?:-[A-H])?))?");
    /** The Human Rights Council has held fewer sessions than this; a higher first number is an Assembly session. */
    private static final int HRC_SESSIONS = 70;
    /** The Environment and Habitat Assemblies have held a handful of sessions; "resolution 73/1" is not theirs. */
    private static final int ASSEMBLY_SESSIONS = 10;
    /** The Assembly numbered its resolutions "session/number" from its thirty-first session (1976); before, roman. */
    private static final int GA_FIRST_SLASHED = 31;

    private SymbolCitations() {
    }

    /** The body named by the capitalised words just before "resolution" ("Human Rights Council", "Assembly"). */
    static Body body(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s$", "").strip();
        if (w.isEmpty()) {
            return Body.UNSTATED;
        }
        if (w.endsWith("economic and social council")) {
            return Body.ECOSOC;
        }
        if (w.endsWith("human rights council")) {
            return Body.HRC;
        }
        if (w.endsWith("security council")) {
            return Body.SC;
        }
        if (w.endsWith("environment assembly")) {
            return Body.UNEA;
        }
        if (w.endsWith("habitat assembly")) {
            return Body.HABITAT;
        }
        if (w.endsWith("general assembly") || w.equals("assembly") || w.equals("the assembly")) {
            return Body.GA;
        }
        if (w.endsWith("commission on human rights")) {
            return Body.CHR;
        }
        if (w.equals("council") || w.equals("the council")) {
            return Body.COUNCIL;
        }
        if (w.equals("commission") || w.equals("the commission")) {
            return Body.COMMISSION;
        }
        // Any other named body (Governing Council, World Health Assembly, Executive Board, Conference of the
        // Parties …) numbers its texts in ways that have no UN document symbol of their own.
        return w.matches(".*\\b(council|assembly|commission|board|conference|committee|parties|forum|organization"
                + "|meeting|congress|summit|group|session|union)$") ? Body.OTHER : Body.UNSTATED;
    }

    /**
     * The canonical symbol of a cited number, or empty when it cannot be told.
     *
     * @param root the citing document's own series root ("A", "A/HRC", "S", "E", "E/CN.9", "UNEP/EA", "HSP/HA"), or ""
     */
    static Optional<DocumentSymbol> symbol(Body body, boolean decision, String number, String root) {
        String n = number.replaceAll("\\s+", " ").strip();
        Matcher m;
        if ((m = YEAR_FORM.matcher(n)).matches()) {
            return decision ? Optional.empty() : parse("S/RES/" + m.group(1) + " (" + m.group(2) + ")");
        }
        if ((m = ROMAN_FORM.matcher(n)).matches()) {
            // Roman-session resolutions were issued with all their parts under one symbol, so "217 A (III)" is 217 (III).
            boolean ecosoc = body == Body.ECOSOC || body == Body.COUNCIL
                    || (body == Body.UNSTATED && root.startsWith("E"));
            return decision || body == Body.OTHER ? Optional.empty()
                    : parse((ecosoc ? "E" : "A") + "/RES/" + m.group(1) + " (" + m.group(2) + ")");
        }
        if (!(m = SLASH_FORM.matcher(n)).matches()) {
            return Optional.empty();
        }
        String first = m.group(1);
        String second = m.group(2);
        String part = m.group(3) == null ? "" : " " + m.group(3);
        boolean special = first.contains("-");
        int lead = special ? 0 : Integer.parseInt(first);
        boolean year = lead >= 1946;
        String kind = decision ? "DEC" : "RES";
        Body b = resolve(body, year, lead, root);
        return switch (b) {
            case GA -> year || (!special && lead < GA_FIRST_SLASHED) ? Optional.empty() : parse("A/" + kind + "/" + first + "/" + second + part);
            case HRC -> year ? Optional.empty() : lead > HRC_SESSIONS
                    ? parse("A/" + kind + "/" + first + "/" + second + part)
                    : parse("A/HRC/" + kind + "/" + first + "/" + second);
            case ECOSOC -> year ? parse("E/" + kind + "/" + first + "/" + second) : Optional.empty();
            case CHR -> year ? parse("E/CN.4/" + kind + "/" + first + "/" + second) : Optional.empty();
            case UNEA -> decision || special || year ? Optional.empty()
                    : parse("UNEP/EA." + first + "/Res." + second);
            case HABITAT -> decision || special || year ? Optional.empty()
                    : parse("HSP/HA." + first + "/Res." + second);
            default -> Optional.empty();
        };
    }

    /** A generic or unstated body, made definite with the number's shape and the citing document's root. */
    private static Body resolve(Body body, boolean year, int lead, String root) {
        return switch (body) {
            case COUNCIL -> year ? Body.ECOSOC : root.equals("S") ? Body.OTHER : Body.HRC;
            // "Commission resolution 1998/72" is the Commission on Human Rights, except in the documents of another
            // commission (E/CN.9 …), whose own resolutions carry no symbol.
            case COMMISSION -> root.startsWith("E/CN.") && !root.equals("E/CN.4") ? Body.OTHER : Body.CHR;
            case UNSTATED -> {
                if (year) {
                    yield root.equals("E/CN.4") ? Body.CHR : root.startsWith("E/CN.") ? Body.OTHER : Body.ECOSOC;
                }
                if (root.equals("A/HRC")) {
                    yield Body.HRC;
                }
                if (root.equals("UNEP/EA") && lead <= ASSEMBLY_SESSIONS) {
                    yield Body.UNEA;
                }
                if (root.equals("HSP/HA") && lead <= ASSEMBLY_SESSIONS) {
                    yield Body.HABITAT;
                }
                yield Body.GA;
            }
            default -> body;
        };
    }

    private static Optional<DocumentSymbol> parse(String symbol) {
        return SymbolParser.parse(symbol);
    }
}
