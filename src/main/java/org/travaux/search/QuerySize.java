package org.travaux.search;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Rejects a parsed query that is too big to run before any work is spent on it: every unfielded word becomes one
 * clause per searched field, and rewriting wildcard, fuzzy and range terms against the term dictionaries costs time
 * the searcher's time budget does not see (it only limits collecting hits).
 */
final class QuerySize {
    /** Clauses before rewriting: as many as Lucene accepts after it. */
    static final int MAX_CLAUSES = IndexSearcher.getMaxClauseCount();
    /** Wildcard, fuzzy and range clauses (an unfielded word counts once per searched field). */
    static final int MAX_EXPANDING = 64;

    private QuerySize() {
    }

    static void check(Query query) {
        Counter counter = new Counter();
        query.visit(counter);
        if (counter.clauses > MAX_CLAUSES) {
            throw new InvalidQueryException("the query is too big (" + counter.clauses + " clauses once every word is "
                    + "looked up in every field; the limit is " + MAX_CLAUSES + "): use fewer words or ORs");
        }
        if (counter.expanding > MAX_EXPANDING) {
            throw new InvalidQueryException("the query has too many wildcard (*, ?), fuzzy (~) or range terms: "
                    + "keep to a few of them");
        }
    }

    private static final class Counter extends QueryVisitor {
        int clauses;
        int expanding;

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this; // excluded clauses cost as much as required ones
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            clauses++;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            clauses++;
            expanding++;
        }

        @Override
        public void visitLeaf(Query query) {
            clauses++;
        }
    }
}
