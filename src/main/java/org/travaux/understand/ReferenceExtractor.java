package org.travaux.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.travaux.model.DocumentSymbol;
import org.travaux.model.Reference;

/**
 * Extracts a paragraph's references to other documents as canonical symbols: symbols written out ("A/68/50"),
 * resolutions and decisions cited by number ("its resolutions 65/170 and 67/219", "Security Council resolution
 * 1757 (2007)", "decision 2005/213") and named instruments through the editable alias table {@code instruments.tsv}
 * ("the 2030 Agenda for Sustainable Development" → A/RES/70/1). Stateless once built; {@link #standard()} is shared.
 */
public final class ReferenceExtractor {
    /**
     * Who is citing: the document's own symbol (never a reference of its own) and its series root, which tells whose
     * "resolution 65/170" or "its resolution" is meant: "A" (General Assembly), "A/HRC", "S", "E", "E/CN.9" …
     *
     * @param self the citing document's symbol, or null
     * @param root the citing body's series root, or "" when unknown (then a session number means the Assembly)
     */
    public record CitingContext(DocumentSymbol self, String root) {
        public CitingContext {
            root = root == null ? "" : root;
        }

        /** The context of a document with this symbol (null: unknown), its root read from the symbol. */
        public static CitingContext of(DocumentSymbol self) {
            return new CitingContext(self, self == null ? "" : rootOf(self));
        }

        /** "A/HRC/RES/36/5" → A/HRC; "E/CN.9/2006/5" → E/CN.9; "UNEP/EA.4/Res.1" → UNEP/EA; "A/73/L.66" → A. */
        static String rootOf(DocumentSymbol symbol) {
            String[] s = SymbolParser.components(symbol).get(0).split("/");
            boolean council = s.length > 1 && s[0].equals("A") && s[1].equals("HRC");
            boolean commission = s.length > 1 && s[0].equals("E") && s[1].startsWith("CN.");
            if (council || commission) {
                return s[0] + "/" + s[1];
            }
            if (s.length > 1 && (s[0].equals("UNEP") || s[0].equals("HSP")) && s[1].matches("(EA|HA)\\.\\d+")) {
                return s[0] + "/" + s[1].substring(0, 2);
            }
            return s[0];
        }
    }

    /** Characters of context kept around a mention. */
    private static final int CONTEXT = 120;
    /** "65/170", "48/218 B", "S-10/1", "1325 (2000)", "1514 (XV)"; not "2010/413/CFSP" (an EU decision). */
    private static final String NUMBER = "(?:(?:E?S-)?\\d{1,4}/\\d{1,4}(?![/\\p{N}])"
            + "(?:\\s?[A-H](?:-[A-H])?(?![\\p{L}\\p{N}'’\\-]))?|\\d{1,4}(?:\\s?[A-H])?\\s?\\((?:\\d{4}|[IVXLC]+)\\))";
    private static final Pattern KEYWORD = Pattern.compile("\\b([Rr]esolutions?|[Dd]ecisions?)\\s+(?=" + NUMBER + ")");
    /** {@link #KEYWORD} tried only where it can start: at an R or a D, either case. */
    static final Scanning.Scan KEYWORD_SCAN = Scanning.Scan.at(KEYWORD, Scanning.where(c -> "RrDd".indexOf(c) >= 0));
    private static final Pattern ITEM = Pattern.compile(NUMBER);
    /** After an item: its date, title or annex, skipped to reach the next item of the list. */
    private static final Pattern TAIL = Pattern.compile("(?:\\s+of\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4})?"
            + "(?:,?\\s+entitled\\s+[“\"][^”\"]{0,300}[”\"])?");
    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+|\\s+or\\s+)");
    /** "resolution 155 (VII) of the Economic and Social Council", "decision 92/11 … of the Governing Council". */
    private static final Pattern TRAILING_BODY = Pattern.compile(
            "^,?\\s+(?:of|adopted by)\\s+the\\s+([A-Z][\\p{L}-]*(?:\\s+(?:[A-Z][\\p{L}-]*|and|on|for))*)");
    /** The capitalised words just before "resolution": "Human Rights Council", "the Assembly's". */
    private static final Pattern BODY_BEFORE = Pattern.compile(
            "((?:[A-Z][\\p{L}-]*|UN-Habitat)(?:\\s+(?:[A-Z][\\p{L}-]*|and|on|of|for|the))*)(?:['’]s)?\\s+$");
    /** "the General Assembly, in its resolution", "by the Security Council in its resolution". */
    private static final Pattern ITS = Pattern.compile("(General Assembly|Security Council|Human Rights Council"
            + "|Economic and Social Council|Commission on Human Rights|Assembly|Council)"
            + ",?\\s+(?:\\p{L}+\\s+){0,3}its\\s+$");
    private static final Pattern ITS_ONLY = Pattern.compile("\\b(?:its|their)\\s+$");
    private static final Pattern PROPER_BEFORE = Pattern.compile("(?<![.;:]\\s)\\b(?!The\\b)\\p{Lu}[\\p{L}-]*\\s+$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern JOINER = Pattern.compile("^\\s*,?\\s*(?:and|or|as well as)?\\s*$");

    private final InstrumentNames instruments;
    private final CitationTyper typer;

    private static final class Standard {
        static final ReferenceExtractor INSTANCE = new ReferenceExtractor(DataTables.read("instruments.tsv"));
    }

    /** The extractor with the aliases of {@code instruments.tsv}, read once. */
    public static ReferenceExtractor standard() {
        return Standard.INSTANCE;
    }

    ReferenceExtractor(List<String[]> aliasRows) {
        this(aliasRows, CitationTyper.standard());
    }

    ReferenceExtractor(List<String[]> aliasRows, CitationTyper typer) {
        this.typer = typer;
        instruments = new InstrumentNames(aliasRows);
    }

    /**
     * Every reference of one paragraph, in order of first mention, without duplicates or self-references, each typed
     * by the phrase that carries its first mention ({@link CitationTyper}).
     */
    public List<Reference> extract(String paragraphId, String text, CitingContext ctx) {
        String t = text.replace('\u00A0', ' ').replace('’', '\'');
        Map<Integer, List<Mention>> byStart = new TreeMap<>();
        for (SymbolScanner.Found f : SymbolScanner.find(t)) {
            add(byStart, new Mention(f.start(), f.end(), f.symbol().canonical()));
        }
        citations(t, ctx, byStart);
        for (MatchResult m : instruments.find(t)) {
            InstrumentNames.Alias alias = instruments.alias(m.group());
            // Names of adopted instruments are capitalised; "a global compact for safe, orderly and regular migration"
            // or "the draft declaration on the rights of indigenous peoples" speaks of the text to come.
            String written = WHITE_SPACE.matcher(m.group()).replaceAll(" ");
            boolean named = written.equals(alias.name()) || written.equals(written.toUpperCase(Locale.ROOT));
            // A short name inside a longer proper name is another instrument ("the Connect 2030 Agenda" of the ITU).
            boolean inside = alias.name().split(" ").length <= 3
                    && PROPER_BEFORE.matcher(t.substring(Math.max(0, m.start() - 40), m.start())).find();
            if (named && !inside) {
                add(byStart, new Mention(m.start(), m.end(), alias.target()));
            }
        }
        Set<String> self = new HashSet<>();
        if (ctx.self() != null) {
            self.add(SymbolParser.key(ctx.self()));
            SymbolParser.components(ctx.self()).forEach(c -> self.add(SymbolParser.key(new DocumentSymbol(c))));
        }
        Map<String, Reference> out = new LinkedHashMap<>();
        if (byStart.isEmpty()) {
            return List.of();  // most paragraphs cite nothing: no need to read their verbs
        }
        CitationTyper.Reading cues = typer.read(t);
        for (List<Mention> mentions : byStart.values()) {
            for (Mention mention : mentions) {
                String key = SymbolParser.key(new DocumentSymbol(mention.symbol()));
                if (!self.contains(key) && !out.containsKey(key) && !SymbolCitations.later(mention.symbol(), ctx)) {
                    String window = context(text, mention.start(), mention.end());
                    out.put(key, new Reference(mention.symbol(), paragraphId, window, cues.typeAt(mention.start())));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private record Mention(int start, int end, String symbol) {
    }

    /** "Human Rights Council resolutions 34/8 of 23 March 2017, 35/34 … and decision 5/101": every number cited. */
    private static void citations(String t, CitingContext ctx, Map<Integer, List<Mention>> out) {
        if (!t.contains("esolution") && !t.contains("ecision")) {
            return;  // what KEYWORD needs to match: most paragraphs cite nothing by number
        }
        Matcher k = KEYWORD_SCAN.matcher(t);
        SymbolCitations.Body previous = SymbolCitations.Body.UNSTATED;
        int previousEnd = -1;
        for (int from = 0; KEYWORD_SCAN.find(k, t, from); from = k.end()) {
            boolean decision = k.group(1).toLowerCase(Locale.ROOT).startsWith("decision");
            String before = t.substring(Math.max(0, k.start() - 120), k.start());
            SymbolCitations.Body body = bodyBefore(before);
            // "Council resolutions 5/1 and 5/2 …, and decision 5/101": the same Council, unless that yields nothing.
            SymbolCitations.Body inherited = body == SymbolCitations.Body.UNSTATED && previousEnd >= 0
                    && k.start() >= previousEnd && JOINER.matcher(t.substring(previousEnd, k.start())).matches()
                    ? previous : SymbolCitations.Body.UNSTATED;
            int pos = k.end();
            Matcher item = ITEM.matcher(t);
            while (item.region(pos, t.length()).lookingAt()) {
                int start = item.start();
                int end = item.end();
                Matcher tail = TAIL.matcher(t).region(end, t.length());
                pos = tail.lookingAt() ? tail.end() : end;
                Matcher trailing = TRAILING_BODY.matcher(t).region(pos, t.length());
                SymbolCitations.Body itemBody = body != SymbolCitations.Body.UNSTATED ? body
                        : trailing.lookingAt() ? SymbolCitations.body(trailing.group(1)) : inherited;
                String number = t.substring(start, end);
                Optional<DocumentSymbol> symbol = SymbolCitations.symbol(itemBody, decision, number, ctx);
                if (symbol.isEmpty() && itemBody == inherited && inherited != SymbolCitations.Body.OTHER) {
                    symbol = SymbolCitations.symbol(SymbolCitations.Body.UNSTATED, decision, number, ctx);
                }
                symbol.ifPresent(sy -> add(out, new Mention(start, end, sy.canonical())));
                previousEnd = pos;
                Matcher sep = SEPARATOR.matcher(t).region(pos, t.length());
                if (!sep.lookingAt()) {
                    break;
                }
                pos = sep.end();
            }
            body = body == SymbolCitations.Body.UNSTATED ? inherited : body;
            previous = body;
        }
    }

    private static SymbolCitations.Body bodyBefore(String before) {
        Matcher its = ITS.matcher(before);
        if (its.find()) {
            return SymbolCitations.body(its.group(1));
        }
        if (ITS_ONLY.matcher(before).find()) {
            return SymbolCitations.Body.UNSTATED; // "its resolution": the citing body's own
        }
        Matcher m = BODY_BEFORE.matcher(before);
        return m.find() ? SymbolCitations.body(m.group(1)) : SymbolCitations.Body.UNSTATED;
    }

    private static void add(Map<Integer, List<Mention>> byStart, Mention mention) {
        byStart.computeIfAbsent(mention.start(), s -> new ArrayList<>()).add(mention);
    }

    /** About {@link #CONTEXT} characters around a mention, cut at spaces, white space made single. */
    static String context(String text, int start, int end) {
        int pad = Math.max(20, (CONTEXT - (end - start)) / 2);
        int from = Math.max(0, start - pad);
        int to = Math.min(text.length(), end + pad);
        while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String window = WHITE_SPACE.matcher(text.substring(from, to)).replaceAll(" ").strip();
        return (from > 0 ? "…" : "") + window + (to < text.length() ? "…" : "");
    }
}
