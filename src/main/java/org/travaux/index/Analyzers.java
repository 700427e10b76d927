package org.travaux.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * The analyzers of the schema: a language-neutral one for every text (exact forms, all scripts), and one stemming
 * analyzer per UN language for the {@code text_<lang>} field of paragraphs in that language, so "migrants" finds
 * "migrant" in English and "migrations" finds "migration" in French without one language's rules hurting another.
 */
public final class Analyzers {
    /** The six official UN languages, each with its own stemmed text field. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");

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

    /** The stemming analyzer of one UN language. */
    public static Analyzer forLanguage(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            case "zh" -> new SmartChineseAnalyzer();
            default -> throw new IllegalArgumentException("no analyzer for language '" + language + "'");
        };
    }

    /** The stemmed text field of a language ({@code text_fr}). */
    public static String textField(String language) {
        return Fields.TEXT + "_" + language;
    }

    /**
     * The analyzer the writer and the query parser use: universal for text, title and headings, the language's own
     * for {@code text_<lang>}, keyword for every other tokenized field.
     */
    public static Analyzer perField() {
        Analyzer universal = universal();
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(Fields.TEXT, universal);
        fields.put(Fields.TITLE, universal);
        fields.put(Fields.HEADINGS, universal);
        fields.put(Fields.CONTEXT, universal);
        for (String language : LANGUAGES) {
            fields.put(textField(language), forLanguage(language));
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }
}
