package org.travaux.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.travaux.index.TravauxIndex;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Paragraph;
import org.travaux.model.ThemeScore;

/**
 * Totals, hits and every facet count of {@link SearchService#search} checked against a brute-force count over the
 * model objects of ~200 synthetic documents: a document counts when at least one of its paragraphs matches the query
 * (text, title or headings) and it passes the filters; values of one dimension OR, dimensions AND, a dimension's
 * counts ignore its own selection (DrillSideways), and clause is a paragraph-level filter.
 */
class FacetCountsTest {
    private static final int DOCUMENTS = 200;
    private static final int PAGE = 12;
    private static final List<String> DIMS = List.of("forum", "year", "theme", "type", "lang", "clause", "country",
            "cites");

    @TempDir
    static Path tmp;
    static TravauxIndex index;
    static Searchers searchers;
    static SearchService service;
    static List<OfficialDocument> docs;

    /** A query the user types and what it means for one paragraph's words (text, title and headings). */
    record TestQuery(String text, Predicate<Set<String>> matches) {
        @Override
        public String toString() {
            return "'" + text + "'";
        }
    }

    /** Filters as the API takes them. */
    record Filters(Map<String, List<String>> values, LocalDate from, LocalDate to) {
        @Override
        public String toString() {
            return values + (from != null ? " from " + from : "") + (to != null ? " to " + to : "");
        }
    }

    static final List<TestQuery> QUERIES = List.of(
            new TestQuery("", w -> true),
            new TestQuery("alpha", w -> w.contains("alpha")),
            new TestQuery("bravo", w -> w.contains("bravo")),
            new TestQuery("Charlie", w -> w.contains("charlie")),
            new TestQuery("zulu", w -> w.contains("zulu")),
            new TestQuery("\"lima\"", w -> w.contains("lima")),
            new TestQuery("alpha bravo", w -> w.contains("alpha") && w.contains("bravo")),
            new TestQuery("kilo OR tango", w -> w.contains("kilo") || w.contains("tango")),
            new TestQuery("echo -delta", w -> w.contains("echo") && !w.contains("delta")),
            new TestQuery("title:golf", null), // title words only: see paragraphMatches
            new TestQuery("nonexistentword", w -> false));

    @BeforeAll
    static void buildIndex() throws IOException {
        docs = SyntheticCorpus.generate(20250101L, DOCUMENTS);
        index = TravauxIndex.open(tmp.resolve("index"));
        SyntheticCorpus.write(index, docs);
        searchers = Searchers.over(index);
        service = new SearchService(searchers);
    }

    @AfterAll
    static void close() throws IOException {
        searchers.close();
        index.close();
    }

    @Test
    void unfilteredCountsMatchBruteForce() throws IOException {
        for (TestQuery q : QUERIES) {
            check(q, new Filters(Map.of(), null, null), SearchRequest.Sort.RELEVANCE);
        }
    }

    @Test
    void handPickedFilterCombinationsMatchBruteForce() throws IOException {
        List<Filters> combos = List.of(
                filters("forum", List.of("General Assembly")),
                filters("forum", List.of("General Assembly|Third Committee")),
                filters("forum", List.of("General Assembly", "Security Council")),
                filters("forum", List.of("General Assembly|Second Committee", "Economic and Social Council")),
                filters("year", List.of("2013", "2019", "2024")),
                filters("theme", List.of("migration", "remittances")),
                filters("type", List.of("resolution"), "lang", List.of("en", "fr")),
                filters("clause", List.of("operative")),
                filters("clause", List.of("operative", "preambular"), "type", List.of("resolution", "report")),
                filters("country", List.of("Peru", "Côte d'Ivoire")),
                filters("lang", List.of("ar", "zh", "ru"), "theme", List.of("refugees")),
                filters("forum", List.of("General Assembly"), "year", List.of("2010", "2011", "2012"),
                        "clause", List.of("narrative")),
                filters("year", List.of("1999")), // a value no document has
                new Filters(Map.of(), LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31)),
                new Filters(Map.of("forum", List.of("General Assembly")), LocalDate.of(2018, 6, 15), null),
                new Filters(Map.of("clause", List.of("preambular")), null, LocalDate.of(2008, 3, 1)));
        for (Filters f : combos) {
            for (TestQuery q : QUERIES) {
                check(q, f, SearchRequest.Sort.RELEVANCE);
            }
        }
    }

    @Test
    void randomFilterCombinationsMatchBruteForce() throws IOException {
        Random random = new Random(7);
        Map<String, List<String>> domain = domain();
        for (int i = 0; i < 120; i++) {
            Map<String, List<String>> values = new TreeMap<>();
            int dims = random.nextInt(4);
            for (int d = 0; d < dims; d++) {
                String dim = DIMS.get(random.nextInt(DIMS.size()));
                List<String> all = domain.get(dim);
                Set<String> picked = new HashSet<>();
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    picked.add(all.get(random.nextInt(all.size())));
                }
                values.put(dim, List.copyOf(picked));
            }
            LocalDate from = random.nextInt(4) == 0 ? LocalDate.of(2000 + random.nextInt(20), 1, 1) : null;
            LocalDate to = random.nextInt(4) == 0 ? LocalDate.of(2010 + random.nextInt(16), 12, 31) : null;
            if (from != null && to != null && from.isAfter(to)) {
                to = null;
            }
            TestQuery q = QUERIES.get(random.nextInt(QUERIES.size()));
            SearchRequest.Sort sort = SearchRequest.Sort.values()[random.nextInt(3)];
            check(q, new Filters(values, from, to), sort);
        }
    }

    @Test
    void pagingThroughEveryPageReturnsEachMatchingDocumentOnceInDateOrder() throws IOException {
        for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
            for (TestQuery q : List.of(QUERIES.get(0), QUERIES.get(1), QUERIES.get(7))) {
                Set<String> expected = matching(q, new Filters(Map.of(), null, null), null);
                List<DocumentHit> all = new ArrayList<>();
                String cursor = null;
                do {
                    SearchResponse page = service.search(new SearchRequest(q.text(), 7, cursor, sort, Map.of(), null,
                            null));
                    assertThat(page.total()).as("%s %s", q, sort).isEqualTo(expected.size());
                    all.addAll(page.hits());
                    cursor = page.nextCursor();
                } while (cursor != null);
                List<String> ids = all.stream().map(DocumentHit::id).toList();
                assertThat(ids).as("%s %s", q, sort).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
                if (sort != SearchRequest.Sort.RELEVANCE) {
                    List<String> dates = all.stream().map(DocumentHit::date).toList();
                    List<String> dated = dates.stream().filter(d -> d != null).toList();
                    assertThat(dates.subList(0, dated.size())).as("undated documents come last").doesNotContainNull();
                    List<String> order = new ArrayList<>(dated);
                    order.sort(sort == SearchRequest.Sort.DATE_ASC ? String::compareTo
                            : (a, b) -> b.compareTo(a));
                    assertThat(dated).as("%s %s", q, sort).isEqualTo(order);
                }
            }
        }
    }

    // --- the check ---

    private static void check(TestQuery q, Filters f, SearchRequest.Sort sort) throws IOException {
        String what = q + " " + f + " " + sort;
        // a small page: facets and totals do not depend on it, and each hit costs a highlighting pass
        SearchRequest request = new SearchRequest(q.text(), PAGE, null, sort, f.values(), f.from(), f.to());
        SearchResponse r = service.search(request);
        checkLeanerRequests(request, r, what);
        Set<String> expected = matching(q, f, null);
        assertThat(r.total()).as("total of %s", what).isEqualTo(expected.size());
        assertThat(r.totalExact()).as(what).isTrue();
        assertThat(r.partial()).as(what).isFalse();
        if (expected.size() <= PAGE) {
            assertThat(r.hits()).extracting(DocumentHit::id).as("hits of %s", what)
                    .containsExactlyInAnyOrderElementsOf(expected);
        } else {
            assertThat(r.hits()).hasSize(PAGE);
            assertThat(r.hits()).extracting(DocumentHit::id).as("hits of %s", what).isSubsetOf(expected);
            assertThat(r.nextCursor()).as(what).isNotNull();
        }
        for (DocumentHit hit : r.hits()) {
            assertPassagesOfTheirOwnDocument(hit, q, f, what);
        }
        assertThat(r.facets().keySet()).as(what).containsExactlyInAnyOrderElementsOf(DIMS);
        for (String dim : DIMS) {
            List<FacetValue> actual = r.facets().get(dim);
            Map<String, Long> counts = new TreeMap<>();
            for (FacetValue v : actual) {
                assertThat(counts.put(v.value(), v.count())).as("%s listed twice in %s of %s", v.value(), dim, what)
                        .isNull();
                assertThat(v.selected()).as("selected flag of %s=%s in %s", dim, v.value(), what)
                        .isEqualTo(f.values().getOrDefault(dim, List.of()).contains(v.value()));
                assertThat(v.label()).as("label of %s=%s", dim, v.value()).isNotBlank();
            }
            assertThat(counts).as("facet %s of %s", dim, what).isEqualTo(expectedCounts(q, f, dim));
            if (dim.equals("year")) {
                assertThat(actual).extracting(FacetValue::value).as("years in order").isSorted();
            }
        }
    }

    /** The counts one facet should show: non-zero values (and children of selected forums), plus every selection. */
    private static Map<String, Long> expectedCounts(TestQuery q, Filters f, String dim) {
        Set<String> base = matching(q, f, dim);
        List<String> selected = f.values().getOrDefault(dim, List.of());
        Map<String, Long> counts = new TreeMap<>();
        if (dim.equals("clause")) {
            for (String clause : List.of("preambular", "operative", "narrative")) {
                Filters only = withDim(f, "clause", List.of(clause));
                long n = matching(q, only, null).size();
                if (n > 0 || selected.contains(clause)) {
                    counts.put(clause, n);
                }
            }
            return counts;
        }
        for (OfficialDocument d : docs) {
            if (!base.contains(d.id())) {
                continue;
            }
            if (dim.equals("forum")) {
                List<String> forum = d.metadata().forum();
                if (!forum.isEmpty()) {
                    counts.merge(forum.get(0), 1L, Long::sum);
                }
                for (String path : openForumBranches(selected)) {
                    List<String> parts = List.of(path.split("\\|"));
                    if (forum.size() > parts.size() && forum.subList(0, parts.size()).equals(parts)) {
                        counts.merge(path + "|" + forum.get(parts.size()), 1L, Long::sum);
                    }
                }
            } else {
                for (String v : values(d, dim)) {
                    counts.merge(v, 1L, Long::sum);
                }
            }
        }
        for (String s : selected) {
            if (!counts.containsKey(s)) { // a selection stays visible (to be unselected) even when nothing is left
                long n = docs.stream().filter(d -> base.contains(d.id()) && hasValue(d, dim, s)).count();
                counts.put(s, n);
            }
        }
        return counts;
    }

    /**
     * Asking for fewer facets or passages changes nothing else: the same total and hits in the same order, and the
     * facets asked for counted as in the full response.
     */
    private static void checkLeanerRequests(SearchRequest request, SearchResponse full, String what) throws IOException {
        SearchResponse lean = service.search(request.withFacets(List.of()).withPassages(0));
        assertThat(lean.total()).as("lean total of %s", what).isEqualTo(full.total());
        assertThat(lean.totalExact()).as(what).isTrue();
        assertThat(lean.hits()).extracting(DocumentHit::id).as("lean hits of %s", what)
                .isEqualTo(full.hits().stream().map(DocumentHit::id).toList());
        assertThat(lean.facets()).as(what).isEmpty();
        assertThat(lean.hits()).allMatch(h -> h.passages().isEmpty());
        List<String> some = DIMS.stream().filter(d -> (d + what).hashCode() % 2 == 0).toList();
        SearchResponse part = service.search(request.withFacets(some).withPassages(1));
        assertThat(part.facets().keySet()).as("facets asked for in %s", what).containsExactlyInAnyOrderElementsOf(some);
        for (String dim : some) {
            assertThat(part.facets().get(dim)).as("%s of %s", dim, what).isEqualTo(full.facets().get(dim));
        }
        for (int i = 0; i < part.hits().size(); i++) {
            assertThat(part.hits().get(i).passages()).as(what)
                    .isEqualTo(full.hits().get(i).passages().subList(0, 1));
        }
    }

    /**
     * Passages come from the hit's own paragraphs, each matching the query (and the clause filter), as many as there
     * are such paragraphs up to three: passages are scored within the document's block, so a wrong block boundary
     * would show another document's text.
     */
    private static void assertPassagesOfTheirOwnDocument(DocumentHit hit, TestQuery q, Filters f, String what) {
        OfficialDocument d = docs.stream().filter(doc -> doc.id().equals(hit.id())).findFirst().orElseThrow();
        List<String> clauses = f.values().getOrDefault("clause", List.of());
        Set<String> eligible = d.paragraphs().stream()
                .filter(p -> paragraphMatches(q, d, p) && (clauses.isEmpty() || clauses.contains(p.clause().value())))
                .map(Paragraph::id).collect(Collectors.toSet());
        List<String> ids = hit.passages().stream().map(Passage::id).toList();
        assertThat(ids).as("passages of %s in %s", hit.id(), what).doesNotHaveDuplicates()
                .hasSize(Math.min(3, eligible.size())).isSubsetOf(eligible);
    }

    /** Ids of documents with a paragraph matching {@code q} that pass the filters, ignoring {@code ignoredDim}. */
    private static Set<String> matching(TestQuery q, Filters f, String ignoredDim) {
        List<String> clauses = "clause".equals(ignoredDim) ? List.of() : f.values().getOrDefault("clause", List.of());
        Set<String> ids = new HashSet<>();
        for (OfficialDocument d : docs) {
            boolean paragraph = d.paragraphs().stream().anyMatch(p -> paragraphMatches(q, d, p)
                    && (clauses.isEmpty() || clauses.contains(p.clause().value())));
            // the date range is a selection in the year dimension: the year counts ignore it as they ignore f.year
            if (!paragraph || (!"year".equals(ignoredDim) && !inRange(d, f))) {
                continue;
            }
            boolean all = true;
            for (Map.Entry<String, List<String>> e : f.values().entrySet()) {
                if (e.getKey().equals("clause") || e.getKey().equals(ignoredDim)) {
                    continue;
                }
                all &= e.getValue().stream().anyMatch(v -> hasValue(d, e.getKey(), v));
            }
            if (all) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    private static boolean paragraphMatches(TestQuery q, OfficialDocument d, Paragraph p) {
        if (q.matches() == null) {
            return TITLE_WORDS.computeIfAbsent(d, doc -> SyntheticCorpus.words(doc.metadata().title())).contains("golf");
        }
        return q.matches().test(PARAGRAPH_WORDS.computeIfAbsent(p, para -> {
            Set<String> words = new HashSet<>(SyntheticCorpus.words(para.text()));
            words.addAll(SyntheticCorpus.words(d.metadata().title()));
            words.addAll(SyntheticCorpus.words(String.join(" / ", para.section())));
            words.addAll(SyntheticCorpus.words(org.travaux.index.DocumentMapper.context(d.metadata())));
            return words;
        }));
    }

    /** The words a paragraph is found by (its text, its document's title and metadata, its headings), computed once. */
    private static final Map<Paragraph, Set<String>> PARAGRAPH_WORDS = new IdentityHashMap<>();
    private static final Map<OfficialDocument, Set<String>> TITLE_WORDS = new IdentityHashMap<>();

    /** Each selected forum and its ancestors: their children are listed (the selection's siblings stay in view). */
    private static Set<String> openForumBranches(List<String> selected) {
        Set<String> open = new java.util.LinkedHashSet<>();
        for (String path : selected) {
            List<String> parts = List.of(path.split("\\|"));
            for (int n = 1; n <= parts.size(); n++) {
                open.add(String.join("|", parts.subList(0, n)));
            }
        }
        return open;
    }

    private static boolean inRange(OfficialDocument d, Filters f) {
        if (f.from() == null && f.to() == null) {
            return true;
        }
        LocalDate date = d.metadata().date();
        return date != null && (f.from() == null || !date.isBefore(f.from())) && (f.to() == null || !date.isAfter(f.to()));
    }

    private static boolean hasValue(OfficialDocument d, String dim, String value) {
        if (dim.equals("forum")) {
            List<String> parts = List.of(value.split("\\|"));
            List<String> forum = d.metadata().forum();
            return forum.size() >= parts.size() && forum.subList(0, parts.size()).equals(parts);
        }
        return values(d, dim).contains(value);
    }

    private static List<String> values(OfficialDocument d, String dim) {
        var m = d.metadata();
        List<String> out = new ArrayList<>();
        switch (dim) {
            case "year" -> {
                if (m.year() != null) { // the date's year, or a year known without a date
                    out.add(Integer.toString(m.year()));
                }
            }
            case "theme" -> m.themes().stream().map(ThemeScore::code).forEach(out::add);
            case "type" -> add(out, m.type());
            case "lang" -> add(out, m.language());
            case "country" -> add(out, m.country());
            case "cites" -> d.paragraphs().stream().flatMap(p -> p.references().stream()).map(r -> r.symbol())
                    .distinct().forEach(out::add);
            default -> throw new IllegalArgumentException(dim);
        }
        return out;
    }

    private static void add(List<String> out, String value) {
        if (value != null) {
            out.add(value);
        }
    }

    /** Every value a filter may take, including a few no document has. */
    private static Map<String, List<String>> domain() {
        Map<String, List<String>> d = new LinkedHashMap<>();
        d.put("forum", SyntheticCorpus.FORUMS.stream().filter(p -> !p.isEmpty()).map(p -> String.join("|", p))
                .collect(Collectors.toCollection(ArrayList::new)));
        d.get("forum").add("Trusteeship Council");
        List<String> years = new ArrayList<>();
        for (int y = 1998; y <= 2026; y++) {
            years.add(Integer.toString(y));
        }
        d.put("year", years);
        d.put("theme", append(SyntheticCorpus.THEMES, "oceans"));
        d.put("type", append(SyntheticCorpus.TYPES, "verbatim"));
        d.put("lang", append(SyntheticCorpus.LANGUAGES, "de"));
        d.put("country", append(SyntheticCorpus.COUNTRIES, "Chile"));
        d.put("clause", List.of("preambular", "operative", "narrative"));
        d.put("cites", List.of("A/RES/73/195", "A/RES/70/1"));
        return d;
    }

    private static List<String> append(List<String> values, String extra) {
        List<String> out = new ArrayList<>(values);
        out.add(extra);
        return out;
    }

    private static Filters filters(Object... dimsAndValues) {
        Map<String, List<String>> values = new TreeMap<>();
        for (int i = 0; i < dimsAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> v = (List<String>) dimsAndValues[i + 1];
            values.put((String) dimsAndValues[i], v);
        }
        return new Filters(values, null, null);
    }

    private static Filters withDim(Filters f, String dim, List<String> values) {
        Map<String, List<String>> copy = new TreeMap<>(f.values());
        copy.put(dim, values);
        return new Filters(copy, f.from(), f.to());
    }
}
