package org.travaux.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.travaux.index.Fields;

/**
 * The symbols most documents cite, counted on the documents' {@code cites} facet (each document once per symbol),
 * with the document of the collection that has each one. The facet state is built once per index reader.
 */
final class MostCitedSymbols {
    private final FacetCounter facets = new FacetCounter(FacetLabels.NONE);

    List<CitedSymbol> top(IndexSearcher searcher, int size) throws IOException {
        SortedSetDocValuesReaderState state = facets.state(searcher.getIndexReader());
        if (state == null || state.getOrdRange(Fields.FACET_CITES) == null) {
            return List.of(); // nothing cites anything yet
        }
        FacetsCollector collected = searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)),
                new FacetsCollectorManager());
        FacetResult top = new SortedSetDocValuesFacetCounts(state, collected).getTopChildren(size, Fields.FACET_CITES);
        ReferenceTargets targets = new ReferenceTargets(searcher, null);
        List<CitedSymbol> out = new ArrayList<>();
        if (top != null) {
            for (LabelAndValue lv : top.labelValues) {
                out.add(new CitedSymbol(lv.label, lv.value.longValue(), targets.documentFor(lv.label)));
            }
        }
        return out;
    }
}
