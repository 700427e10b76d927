package org.travaux.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.travaux.index.FacetSchema;

/**
 * Runs the document query with facet filters through Lucene's {@link DrillSideways}: values of one dimension OR
 * together, dimensions AND, and each dimension's counts ignore its own selection so the other choices stay visible.
 * The sorted-set facet state is built once per index reader and reused until the index changes.
 */
final class FacetCounter {
    private static final int TOP_VALUES = 25;

    private final FacetsConfig config = FacetSchema.config();
    private final FacetLabels labels;
    private volatile CachedState cached;

    private record CachedState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** Hits, total and counts of one search. */
    record Counted(TopDocs hits, Map<String, List<FacetValue>> facets) {
    }

    FacetCounter(FacetLabels labels) {
        this.labels = labels;
    }

    /**
     * @param dateRange a filter on the document date, or null; it counts as a selection in the year dimension, so the
     *                  year histogram keeps showing every year while a range is chosen
     */
    Counted search(IndexSearcher searcher, Query documents, Map<String, List<String>> filters, Query dateRange,
                   int topN, Sort sort, List<String> dims) throws IOException {
        SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
        DrillDownQuery drillDown = drillDown(documents, filters, dateRange);
        if (state == null || dims.stream().allMatch(FacetDimensions.CLAUSE::equals)) {
            // nothing to count (or nothing indexed yet): one plain search, its total still exact
            TopDocs hits = sort == null
                    ? searcher.search(drillDown, new TopScoreDocCollectorManager(topN, Integer.MAX_VALUE))
                    : searcher.search(drillDown, new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE));
            return new Counted(hits, Map.of());
        }
        // With an executor DrillSideways runs one plain query per dimension instead of its one-pass scorer, which
        // cannot run under the searcher's time budget (Lucene #12032: "maxDoc must be Integer.MAX_VALUE").
        DrillSideways sideways = new DrillSideways(searcher, config, null, state, CallerRunsExecutor.INSTANCE);
        DrillSideways.DrillSidewaysResult result;
        try {
            result = sort == null ? sideways.search(drillDown, topN)
                    : sideways.search(drillDown, null, null, topN, sort, true);
        } catch (RuntimeException e) {
            throw unwrapped(e);
        }
        return new Counted(result.hits, facetValues(result.facets, filters, state, dims));
    }

    /**
     * How many documents {@link #search} would find, without ranking or counting facets: what a count under one
     * more constraint (the clause-kind counts) needs, at the cost of one counting pass.
     */
    int count(IndexSearcher searcher, Query documents, Map<String, List<String>> filters, Query dateRange)
            throws IOException {
        return searcher.count(drillDown(documents, filters, dateRange));
    }

    /** The document query under every selected facet value, the date range counting as a year selection. */
    private DrillDownQuery drillDown(Query documents, Map<String, List<String>> filters, Query dateRange) {
        DrillDownQuery drillDown = new DrillDownQuery(config, documents);
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            if (f.getKey().equals(FacetDimensions.CLAUSE) || f.getKey().equals(FacetDimensions.YEAR)) {
                continue; // clause: a paragraph filter, applied inside the document query; year: below
            }
            for (String value : f.getValue()) {
                drillDown.add(FacetDimensions.indexDim(f.getKey()), FacetDimensions.path(f.getKey(), value));
            }
        }
        Query years = yearConstraint(filters.getOrDefault(FacetDimensions.YEAR, List.of()), dateRange);
        if (years != null) {
            drillDown.add(FacetDimensions.indexDim(FacetDimensions.YEAR), years);
        }
        return drillDown;
    }

    /** Selected years (any of them) and the date range (as well), as one drill-down on the year dimension. */
    private Query yearConstraint(List<String> years, Query dateRange) {
        String dim = FacetDimensions.indexDim(FacetDimensions.YEAR);
        String field = config.getDimConfig(dim).indexFieldName;
        BooleanQuery.Builder anyYear = new BooleanQuery.Builder();
        for (String year : years) {
            anyYear.add(new TermQuery(DrillDownQuery.term(field, dim, FacetDimensions.path(FacetDimensions.YEAR, year))),
                    BooleanClause.Occur.SHOULD);
        }
        if (years.isEmpty()) {
            return dateRange;
        }
        Query selected = new ConstantScoreQuery(anyYear.build());
        return dateRange == null ? selected : new BooleanQuery.Builder().add(selected, BooleanClause.Occur.FILTER)
                .add(dateRange, BooleanClause.Occur.FILTER).build();
    }

    /** What a query run through the executor threw, as itself rather than wrapped in an ExecutionException. */
    private static RuntimeException unwrapped(RuntimeException e) throws IOException {
        if (e.getCause() instanceof ExecutionException ee) {
            if (ee.getCause() instanceof RuntimeException cause) {
                return cause;
            }
            if (ee.getCause() instanceof IOException cause) {
                throw cause;
            }
        }
        return e;
    }

    private Map<String, List<FacetValue>> facetValues(Facets facets, Map<String, List<String>> filters,
                                                      SortedSetDocValuesReaderState state, List<String> dims)
            throws IOException {
        Map<String, List<FacetValue>> out = new TreeMap<>();
        for (String dim : dims) {
            if (dim.equals(FacetDimensions.CLAUSE)) {
                continue;
            }
            Set<String> selected = Set.copyOf(filters.getOrDefault(dim, List.of()));
            List<FacetValue> values = new ArrayList<>();
            String indexDim = FacetDimensions.indexDim(dim);
            if (!indexed(state, indexDim)) {
                out.put(dim, List.of()); // no document has this facet yet (Lucene has no counts to ask for)
                continue;
            }
            FacetResult top = dim.equals(FacetDimensions.YEAR) ? facets.getAllChildren(indexDim)
                    : facets.getTopChildren(TOP_VALUES, indexDim);
            add(values, dim, "", top, selected);
            if (dim.equals(FacetDimensions.FORUM)) {
                for (String path : openBranches(selected)) {
                    add(values, dim, path + FacetDimensions.PATH_SEPARATOR,
                            facets.getTopChildren(TOP_VALUES, indexDim, path.split("\\" + FacetDimensions.PATH_SEPARATOR)),
                            selected);
                }
            }
            addMissingSelections(values, dim, facets, filters.getOrDefault(dim, List.of()));
            if (dim.equals(FacetDimensions.YEAR)) {
                values.sort((a, b) -> a.value().compareTo(b.value()));
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    /**
     * Each selected forum and every forum above it, in order: listing their children keeps a selected committee's
     * siblings in view, so a user can widen to "Second or Third Committee" without first unselecting.
     */
    private static Set<String> openBranches(Set<String> selected) {
        Set<String> open = new java.util.TreeSet<>();
        for (String path : selected) {
            String[] parts = path.split("\\" + FacetDimensions.PATH_SEPARATOR);
            for (int n = 1; n <= parts.length; n++) {
                open.add(String.join(FacetDimensions.PATH_SEPARATOR, java.util.Arrays.copyOf(parts, n)));
            }
        }
        return open;
    }

    private void add(List<FacetValue> values, String dim, String prefix, FacetResult result, Set<String> selected) {
        if (result == null) {
            return;
        }
        for (LabelAndValue lv : result.labelValues) {
            String value = prefix + lv.label;
            String label = labels.label(dim, value);
            values.add(new FacetValue(value, label != null ? label : FacetDimensions.defaultLabel(dim, value),
                    lv.value.longValue(), selected.contains(value)));
        }
    }

    /** A selected value stays listed (so it can be unselected) even when outside the top values or at zero. */
    private void addMissingSelections(List<FacetValue> values, String dim, Facets facets, List<String> selected)
            throws IOException {
        for (String value : selected) {
            if (values.stream().anyMatch(v -> v.value().equals(value))) {
                continue;
            }
            String[] path = FacetDimensions.path(dim, value);
            long count = path.length == 0 ? 0 : Math.max(0, facets.getSpecificValue(FacetDimensions.indexDim(dim), path)
                    .longValue());
            String label = labels.label(dim, value);
            values.add(new FacetValue(value, label != null ? label : FacetDimensions.defaultLabel(dim, value), count,
                    true));
        }
    }

    private boolean indexed(SortedSetDocValuesReaderState state, String dim) {
        return config.getDimConfig(dim).hierarchical ? state.getDimTree(dim) != null : state.getOrdRange(dim) != null;
    }

    /** The facet state of this reader, or null for an index without facets yet (empty). */
    SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        CachedState c = cached;
        if (c != null && c.reader() == reader) {
            return c.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, config);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        cached = new CachedState(reader, state);
        return state;
    }
}
