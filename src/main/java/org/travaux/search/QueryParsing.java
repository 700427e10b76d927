package org.travaux.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.queryparser.flexible.standard.config.StandardQueryConfigHandler;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.travaux.index.Analyzers;
import org.travaux.index.Fields;

/** Parses the user's query text: all words required, phrases, OR, -exclusions, parentheses. */
final class QueryParsing {
    static final int MAX_LENGTH = 1000;

    private final Analyzer analyzer = Analyzers.universal();

    /** The query over paragraph text; an empty query matches everything. */
    Query parse(String text) {
        String q = text.strip();
        if (q.length() > MAX_LENGTH) {
            throw new InvalidQueryException("query is " + q.length() + " characters long; the limit is " + MAX_LENGTH);
        }
        if (q.isEmpty() || q.equals("*")) {
            return MatchAllDocsQuery.INSTANCE;
        }
        StandardQueryParser parser = new StandardQueryParser(analyzer);
        parser.setDefaultOperator(StandardQueryConfigHandler.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(q, Fields.TEXT);
        } catch (QueryNodeException e) {
            throw new InvalidQueryException("cannot read the query: " + firstLine(e.getMessage())
                    + " (check quotes and brackets, or put the text in quotes to search it literally)", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query has too many terms; use fewer words or OR clauses", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
