package org.travaux.index;

import org.apache.lucene.facet.FacetsConfig;

/** The facet configuration shared by the writer (to build facet fields) and search (to count them). */
public final class FacetSchema {
    private FacetSchema() {
    }

    public static FacetsConfig config() {
        FacetsConfig config = new FacetsConfig();
        config.setHierarchical(Fields.FACET_FORUM, true);
        config.setMultiValued(Fields.FACET_FORUM, true);
        config.setMultiValued(Fields.FACET_THEME, true);
        config.setMultiValued(Fields.FACET_COUNTRY, false);
        config.setMultiValued(Fields.FACET_CITES, true);
        return config;
    }
}
