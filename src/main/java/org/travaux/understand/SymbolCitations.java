package org.travaux.understand;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    // The regexes of String.replaceAll and String.matches, compiled once: citations are read in every paragraph.
    private static final Pattern POSSESSIVE = Pattern.compile("'s$");
    private static final Pattern OTHER_BODY = Pattern.compile(".*\\b(council|assembly|commission|board|conference"
            + "|committee|parties|forum|organization|meeting|congress|summit|group|union|court|tribunal|programme|fund)"
            + "\\b.*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern ADOPTED = Pattern.compile("^[AS]/(?:HRC/)?(?:RES|DEC)/.*");
    private static final Pattern YEAR_FORM = Pattern.compile("(\\d{1,4})(?: ?[A-H])? ?\\((\\d{4})\\)");
    private static final Pattern ROMAN_FORM = Pattern.compile("(\\d{1,4})(?: ?[A-H](?:-[A-H])?)? ?\\(([IVXLC]+)\\)");
    private static final Pattern SLASH_FORM =
            Pattern.compile("((?:E?S-)?\\d{1,4})/(\\d{1,4})(?: ?([A-H](?:-[A-H])?))?");
    /**
     * The Human Rights Council had held 60 sessions by 2025: a higher first number is an Assembly session ("resolution
     * 68/272, in which the Assembly …" in a Council text). A Council document also bounds it by its own session.
     */
    private static final int HRC_SESSIONS = 65;
    private static final Pattern HRC_OWN_SESSION = Pattern.compile("^A/HRC/(?:(?:RES|DEC|PRST)/)?(?:OS/)?(\\d+)/");
    /** The Environment and Habitat Assemblies have held a handful of sessions; "resolution 73/1" is not theirs. */
    private static final int ASSEMBLY_SESSIONS = 10;
    /** The Assembly numbered its resolutions "session/number" from its thirty-first session (1976); before, roman. */
    private static final int GA_FIRST_SLASHED = 31;
    /** The Assembly met in its eightieth session in 2025-2026: "decisions 250/2002 and 428/12" are someone else's. */
    private static final int GA_SESSIONS = 90;
    private static final Set<String> PRINCIPAL = Set.of("", "A", "A/HRC", "E", "S");
    /** The session (or Security Council number) a symbol belongs to, to tell what a document cannot yet cite. */
    private static final Pattern ORDER =
            Pattern.compile("^(A/(?:HRC/)?)(?:(?:RES|DEC|PRST|C\\.\\d)/)?(\\d+)/|^(S/RES/)(\\d+) ");

    private SymbolCitations() {
    }

    /** The body named by the capitalised words just before "resolution" ("Human Rights Council", "Assembly"). */
    static Body body(String words) {
        String w = POSSESSIVE.matcher(words.toLowerCase(Locale.ROOT).replace("’", "'")).replaceAll("").strip();
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
        return OTHER_BODY.matcher(w).matches() ? Body.OTHER : Body.UNSTATED;
    }

    /**
     * The canonical symbol of a cited number, or empty when it cannot be told.
     *
     * @param ctx the citing document: its series root ("A", "A/HRC", "S", "E", "E/CN.9", "UNEP/EA" …) and symbol
     */
    static Optional<DocumentSymbol> symbol(Body body, boolean decision, String number,
                                           ReferenceExtractor.CitingContext ctx) {
        String root = ctx.root();
        String n = WHITE_SPACE.matcher(number).replaceAll(" ").strip();
        Matcher m;
        if ((m = YEAR_FORM.matcher(n)).matches()) {
            return decision ? Optional.empty() : parse("S/RES/" + m.group(1) + " (" + m.group(2) + ")");
        }
        if ((m = ROMAN_FORM.matcher(n)).matches()) {
            // Roman-session resolutions were issued with all their parts under one symbol: "217 A (III)" is 217 (III).
            boolean ecosoc = body == Body.ECOSOC || body == Body.COUNCIL
                    || (body == Body.UNSTATED && (root.equals("E") || root.startsWith("E/")));
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
        Body b = resolve(body, year, decision, lead, root);
        return switch (b) {
            case GA -> assembly(kind, first, second, part, lead, special, year);
            // A first number past the Council's sessions is an Assembly session, said of the Assembly in passing.
            case HRC -> year ? Optional.empty() : lead > hrcSessions(ctx)
                    ? assembly(kind, first, second, part, lead, special, false)
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

    private static Optional<DocumentSymbol> assembly(String kind, String first, String second, String part, int lead,
                                                     boolean special, boolean year) {
        if (year || (!special && (lead < GA_FIRST_SLASHED || lead > GA_SESSIONS))) {
            return Optional.empty();
        }
        return parse("A/" + kind + "/" + first + "/" + second + part);
    }

    /** A generic or unstated body, made definite with the number's shape and the citing document's root. */
    private static Body resolve(Body body, boolean year, boolean decision, int lead, String root) {
        return switch (body) {
            case COUNCIL -> year ? Body.ECOSOC : root.equals("S") ? Body.OTHER : Body.HRC;
            // "Commission resolution 1998/72" is the Commission on Human Rights, except in the documents of another
            // commission (E/CN.9 …), whose own resolutions carry no symbol.
            case COMMISSION -> root.startsWith("E/CN.") && !root.equals("E/CN.4") ? Body.OTHER : Body.CHR;
            // A bare number is the citing body's own numbering or, from the principal organs, ECOSOC's (a year first)
            // and the Assembly's (a session first). Other bodies (ECE, UNEP, COPs …) number their decisions alike.
            case UNSTATED -> {
                boolean organ = PRINCIPAL.contains(root);
                if (year) {
                    // The Council's texts cite its predecessor's resolutions bare ("including resolutions 1998/72").
                    yield root.equals("E/CN.4") || root.equals("A/HRC") ? Body.CHR : organ ? Body.ECOSOC : Body.OTHER;
                }
                if (root.equals("A/HRC")) {
                    yield Body.HRC;
                }
                if (decision && !(root.equals("A") || root.isEmpty())) {
                    yield Body.OTHER; // "decision 67/15" in an ECOSOC report is a functional commission's
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

    /**
     * Whether a document cannot cite this target because it came later: "A/RES/79/1" in a resolution of the 78th
     * session is the draft title of what was to come ("a Pact for the Future"), not a citation.
     */
    static boolean later(String target, ReferenceExtractor.CitingContext ctx) {
        if (ctx.self() == null) {
            return false;
        }
        Matcher own = ORDER.matcher(SymbolParser.components(ctx.self()).get(0));
        Matcher cited = ORDER.matcher(target);
        // Only adopted texts: a report may well cite the next session's documents (the proposed budget A/80/6).
        if (!own.find() || !cited.find() || !ADOPTED.matcher(target).matches()) {
            return false;
        }
        String ownSeries = own.group(1) != null ? own.group(1) : own.group(3);
        String citedSeries = cited.group(1) != null ? cited.group(1) : cited.group(3);
        int ownNumber = Integer.parseInt(own.group(2) != null ? own.group(2) : own.group(4));
        int citedNumber = Integer.parseInt(cited.group(2) != null ? cited.group(2) : cited.group(4));
        return ownSeries.equals(citedSeries) && citedNumber > ownNumber;
    }

    private static int hrcSessions(ReferenceExtractor.CitingContext ctx) {
        if (ctx.self() != null) {
            Matcher m = HRC_OWN_SESSION.matcher(SymbolParser.components(ctx.self()).get(0));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return HRC_SESSIONS;
    }

    private static Optional<DocumentSymbol> parse(String symbol) {
        return SymbolParser.parse(symbol);
    }
}
