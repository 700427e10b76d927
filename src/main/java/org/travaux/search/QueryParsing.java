package org.travaux.search;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.PointsConfig;
import org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.travaux.index.Analyzers;
import org.travaux.index.Fields;
import org.travaux.index.SymbolKeys;

/**
 * Reads the user's query language over paragraphs: all words required, "phrases", "phrase"~5, OR, -exclude,
 * parentheses, and fields (symbol:, forum:, theme:, type:, lang:, clause:, country:, title:, year:2013,
 * date:[2005 TO 2010], cites: for what cites a symbol, citedby: for what a document cites). Unfielded words search
 * the paragraph text (exact forms and the stemmed field of every UN language), the heading path and the title. A query that reads as a document symbol also looks the symbol up, so
 * that document comes first. Limits keep one query from hurting the server; breaking one is an
 * {@link InvalidQueryException} that says what to change.
 */
final class QueryParsing {
    static final int MAX_LENGTH = 1000;
    static final int MAX_DEPTH = 16;
    static final int MAX_EXPANSIONS = 64;
    private static final float SYMBOL_BOOST = 100f;
    private static final int PROXIMITY_SLOP = 5;
    private static final float PROXIMITY_BOOST = 2f;
    /** Field names users type, mapped to the schema's (outside quoted phrases). */
    private static final Map<String, String> ALIASES = Map.of("lang", Fields.LANGUAGE, "date", Fields.YEAR,
            "symbol", Fields.SYMBOL_KEY, "cites", Fields.CITES_KEY);
    private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\w\\\\])(lang|date|symbol|cites):");
    /** {@code citedby:SYMBOL}: the documents that document cites ({@link CitedByQuery}). */
    private static final String CITED_BY = "citedby";

    private final Analyzer analyzer = queryAnalyzer();
    private final Acronyms acronyms = Acronyms.load();
    private final Map<String, Float> boosts = fieldBoosts();

    /** The paragraph query for the text the user typed; an empty query matches every paragraph. */
    Query parse(String text) {
        String q = text.strip();
        if (q.length() > MAX_LENGTH) {
            throw new InvalidQueryException("the query is " + q.length() + " characters long; the limit is "
                    + MAX_LENGTH + ": shorten it");
        }
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return MatchAllDocsQuery.INSTANCE;
        }
        checkDepth(q);
        Query parsed = parseWithLucene(prepare(acronyms.expand(q)));
        QuerySize.check(parsed);
        List<String> symbolKeys = SymbolKeys.queryKeys(q);
        Query proximity = proximity(q);
        if (symbolKeys.isEmpty() && proximity == null) {
            return parsed;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, symbolKeys.isEmpty() ? Occur.MUST : Occur.SHOULD);
        if (!symbolKeys.isEmpty()) {
            b.add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(Fields.SYMBOL_KEY,
                    symbolKeys.stream().map(BytesRef::new).toList())), SYMBOL_BOOST), Occur.SHOULD);
        }
        if (proximity != null) {
            b.add(proximity, Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * For plain words (no operators, quotes or fields), a bonus when they stand close together in that order:
     * "regional consultative processes" typed without quotes still ranks the paragraph that says it first.
     */
    private Query proximity(String q) {
        if (!q.matches("[\\p{L}\\p{N}\\s'’.-]+")) {
            return null;
        }
        List<String> words = new java.util.ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(Fields.TEXT, q)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // analysing a String in memory cannot fail
        }
        if (words.size() < 2 || words.size() > 12 || words.stream().anyMatch(w -> w.equals("or") || w.equals("and"))) {
            return null;
        }
        return new BoostQuery(new org.apache.lucene.search.PhraseQuery(PROXIMITY_SLOP, Fields.TEXT,
                words.toArray(String[]::new)), PROXIMITY_BOOST);
    }

    /**
     * The query with one word in four (at least one) allowed to be missing, for plain-word queries of three words or
     * more; null for anything else (operators, quotes and fields say exactly what the user wants).
     */
    Query relaxed(String text) {
        String q = text.strip();
        if (!q.matches("[\\p{L}\\p{N}\\s'’.-]+") || q.matches(".*\\b(AND|OR|NOT)\\b.*") || q.split("\\s+").length < 3
                || q.length() > MAX_LENGTH) {
            return null;
        }
        if (!(parseWithLucene(prepare(acronyms.expand(q)), StandardQueryConfigHandler.Operator.OR)
                instanceof BooleanQuery words) || words.clauses().size() < 3) {
            return null;
        }
        int n = words.clauses().size();
        BooleanQuery.Builder most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(n - Math.max(1, n / 4));
        words.clauses().forEach(c -> most.add(c.query(), Occur.SHOULD));
        Query proximity = proximity(q);
        return proximity == null ? most.build()
                : new BooleanQuery.Builder().add(most.build(), Occur.MUST).add(proximity, Occur.SHOULD).build();
    }

    private Query parseWithLucene(String q) {
        return parseWithLucene(q, StandardQueryConfigHandler.Operator.AND);
    }

    private Query parseWithLucene(String q, StandardQueryConfigHandler.Operator operator) {
        StandardQueryParser parser = new StandardQueryParser(analyzer);
        parser.setDefaultOperator(operator);
        parser.setAllowLeadingWildcard(false);
        parser.setMultiFields(boosts.keySet().toArray(CharSequence[]::new));
        parser.setFieldsBoost(boosts);
        parser.setMultiTermRewriteMethod(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
        parser.setPointsConfigMap(Map.of(Fields.YEAR, new PointsConfig(NumberFormat.getIntegerInstance(Locale.ROOT),
                Integer.class)));
        try {
            // no default field, so unfielded words reach the multi-field expansion (text, title, headings, text_xx)
            return foldSymbols(parser.parse(q, null));
        } catch (QueryNodeException e) {
            throw new InvalidQueryException("cannot read the query: " + firstLine(e.getMessage())
                    + ". Check quotes and brackets, or put the words in quotes to search them literally", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query expands to too many terms; use fewer words, ORs or wildcards", e);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("cannot read the query: " + e.getMessage(), e);
        }
    }

    /** Field aliases outside quotes; '/' is literal (symbols), never a regular expression. */
    static String prepare(String q) {
        StringBuilder out = new StringBuilder(q.length() + 8);
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= q.length(); i++) {
            boolean end = i == q.length();
            if (end || q.charAt(i) == '"') {
                String part = q.substring(start, i);
                out.append(quoted ? part : FIELD_PREFIX.matcher(part).replaceAll(m -> ALIASES.get(m.group(1)) + ":"));
                if (!end) {
                    out.append('"');
                    quoted = !quoted;
                }
                start = i + 1;
            }
        }
        return out.toString().replaceAll("(?<!\\\\)/", "\\\\/");
    }

    private static void checkDepth(String q) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                if (++depth > MAX_DEPTH) {
                    throw new InvalidQueryException("brackets are nested more than " + MAX_DEPTH + " deep: simplify the query");
                }
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /**
     * symbol:, cites: and citedby: were parsed as lower-cased keywords; the index holds symbol keys folded upper-case.
     * cites: and citedby: also read a symbol typed with words ({@code cites:"resolution 73/195"}).
     */
    private static Query foldSymbols(Query query) {
        return switch (query) {
            case org.apache.lucene.search.TermQuery t when t.getTerm().field().equals(Fields.SYMBOL_KEY) ->
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.SYMBOL_KEY,
                            SymbolKeys.of(t.getTerm().text())));
            case org.apache.lucene.search.TermQuery t when t.getTerm().field().equals(Fields.CITES_KEY) ->
                    new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.CITES_KEY,
                            citedKey(t.getTerm().text())));
            case org.apache.lucene.search.TermQuery t when t.getTerm().field().equals(CITED_BY) ->
                    new CitedByQuery(citedKey(t.getTerm().text()));
            case BooleanQuery b -> {
                BooleanQuery.Builder rebuilt = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                        b.getMinimumNumberShouldMatch());
                b.clauses().forEach(c -> rebuilt.add(foldSymbols(c.query()), c.occur()));
                yield rebuilt.build();
            }
            case BoostQuery bq -> new BoostQuery(foldSymbols(bq.getQuery()), bq.getBoost());
            default -> query;
        };
    }

    private static String citedKey(String typed) {
        List<String> keys = SymbolKeys.queryKeys(typed);
        return keys.isEmpty() ? SymbolKeys.of(typed) : keys.get(0);
    }

    private static Map<String, Float> fieldBoosts() {
        Map<String, Float> boosts = new HashMap<>();
        boosts.put(Fields.TEXT, 1.0f);
        boosts.put(Fields.TITLE, 2.0f);
        boosts.put(Fields.HEADINGS, 1.5f);
        boosts.put(Fields.CONTEXT, 0.5f);  // metadata words: enough to satisfy a required word, weak for ranking
        for (String language : Analyzers.LANGUAGES) {
            boosts.put(Analyzers.textField(language), 0.9f);
        }
        return boosts;
    }

    /** Text fields as indexed; keyword fields folded to lower case, as the index holds them. */
    private static Analyzer queryAnalyzer() {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer tokenizer = new KeywordTokenizer();
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
            }
        };
        Map<String, Analyzer> text = new HashMap<>();
        for (String field : fieldBoosts().keySet()) {
            text.put(field, field.startsWith(Fields.TEXT + "_")
                    ? Analyzers.forLanguage(field.substring(Fields.TEXT.length() + 1)) : Analyzers.universal());
        }
        return new PerFieldAnalyzerWrapper(keyword, text);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).replaceAll("^Syntax Error, cannot parse ", "syntax error in ");
    }
}
