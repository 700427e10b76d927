package org.travaux.index;

/** Field names of the schema documented in {@code package-info.java}; the one place they are spelled. */
public final class Fields {
    private Fields() {
    }

    public static final String KIND = "kind";
    public static final String KIND_DOCUMENT = "document";
    public static final String KIND_PARAGRAPH = "paragraph";
    public static final String KIND_FILE = "file";

    public static final String ID = "id";
    public static final String KEY = "key";
    public static final String ROOT = "root";
    public static final String ROOT_NAME = "root_name";
    public static final String SOURCE = "source";
    public static final String SIZE = "size";
    public static final String MODIFIED = "modified";
    public static final String SHA256 = "sha256";
    public static final String OUTCOME = "outcome";
    public static final String REASON = "reason";
    public static final String MEDIA_TYPE = "media_type";
    public static final String DUPLICATE_OF = "duplicate_of";
    public static final String INGESTED = "ingested";
    public static final String PIPELINE = "pipeline";
    public static final String SIDECAR_HASH = "sidecar_hash";

    public static final String TITLE = "title";
    public static final String SYMBOL = "symbol";
    public static final String SYMBOL_KEY = "symbol_key";
    public static final String DATE = "date";
    /** Year of the document date as an int point: {@code year:2013}, {@code date:[2005 TO 2010]}. */
    public static final String YEAR = "year";
    public static final String SESSION = "session";
    public static final String AGENDA = "agenda";
    public static final String TYPE = "type";
    public static final String LANGUAGE = "language";
    public static final String ORIGINAL_LANGUAGE = "original_language";
    public static final String DISTRIBUTION = "distribution";
    public static final String COUNTRY = "country";
    public static final String SPEAKER = "speaker";
    public static final String FORUM = "forum";
    public static final String THEME = "theme";
    /** Stored "code\tscore" per theme of a document. */
    public static final String THEME_SCORE = "theme_score";
    public static final String MEETING_DATE = "meeting_date";
    /** Prefix of stored sidecar fields without a place of their own ({@code x.iso3}). */
    public static final String EXTRA_PREFIX = "x.";
    /** Stored notes for a documentalist (disagreeing sources). */
    public static final String METADATA_NOTE = "metadata_note";
    public static final String PAGES = "pages";
    public static final String PARAGRAPHS = "paragraphs";
    public static final String NOTE = "note";
    /** Prefix of the stored fields that say where a metadata field's value came from ({@code src.title}). */
    public static final String SOURCE_OF_PREFIX = "src.";

    public static final String PARA_ID = "para_id";
    public static final String ORDINAL = "ordinal";
    public static final String NUMBER = "number";
    public static final String BLOCK = "block";
    public static final String SECTION = "section";
    public static final String HEADINGS = "headings";
    public static final String CONTEXT = "context";
    public static final String PAGE = "page";
    public static final String TEXT = "text";
    public static final String CLAUSE = "clause";
    public static final String VERB = "verb";
    public static final String COMMITMENT = "commitment";
    public static final String RECOMMENDATION = "recommendation";
    public static final String PARA_LANGUAGE = "para_language";
    /** Canonical symbols a paragraph cites (keyword, stored). */
    public static final String CITES = "cites";
    /** Every lookup key of every cited symbol ({@link SymbolKeys}), for {@code cites:} however a symbol is typed. */
    public static final String CITES_KEY = "cites_key";
    /** "type\tsymbol" of each edge ({@link StoredReference#edgeTerm}), to count and filter edges by type. */
    public static final String CITES_EDGE = "cites_edge";
    /** Stored "symbol\ttype\tcontext" per reference ({@link StoredReference}). */
    public static final String REF = "ref";
    /** Stored "kind\tsession\tyear\tdue" per follow-up request of an operative paragraph ({@link StoredRequest}). */
    public static final String REQUEST = "request";

    /** Facet dimensions (SortedSetDocValues facets). */
    public static final String FACET_FORUM = "forum";
    public static final String FACET_YEAR = "year";
    public static final String FACET_TYPE = "type";
    public static final String FACET_LANGUAGE = "language";
    public static final String FACET_THEME = "theme";
    public static final String FACET_CLAUSE = "clause";
    public static final String FACET_COUNTRY = "country";
    /** Distinct symbols a document cites: the most cited documents of any result. */
    public static final String FACET_CITES = "cites";
}
