package org.travaux.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzers of the schema. */
public final class Analyzers {
    private Analyzers() {
    }

    /**
     * Language-neutral analysis for all six UN languages: ICU word segmentation (dictionary-based for Chinese)
     * and ICU folding (case, diacritics, width), so "Migración" matches "migracion" and "ＩＯＭ" matches "IOM".
     */
    public static Analyzer universal() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
            }
        };
    }

    /** The analyzer the writer uses: universal for text fields, keyword for everything else that is tokenized. */
    public static Analyzer forIndexing() {
        Analyzer universal = universal();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(Fields.TEXT, universal, Fields.TITLE, universal, Fields.HEADINGS, universal));
    }
}
