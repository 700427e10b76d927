package org.travaux.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.travaux.index.Fields;
import org.travaux.index.StoredRequest;
import org.travaux.model.CitationType;
import org.travaux.model.FollowUpRequest;

/**
 * Builds the follow-up timeline of a symbol typed in any form: the document itself when the collection has it, what
 * its operative paragraphs requested, and every document citing it in date order with the type and text of the
 * citing paragraph — so a reader sees which requests were answered ("submitted pursuant to resolution 67/219").
 */
public final class FollowUpTimeline {
    /** Citing paragraphs listed at most; the counts still cover them all. */
    public static final int MAX_CITING = 1000;
    /** A report's session from its symbol under the cited document's series: "A/74/100" → 74 under "A". */
    private static final Pattern SERIES = Pattern.compile("^(.*?)/(?:RES|DEC)/.*$");

    private final Searchers searchers;

    public FollowUpTimeline(Searchers searchers) {
        this.searchers = searchers;
    }

    /**
     * @param typed    the symbol as the user typed it; not a symbol at all is an {@link InvalidQueryException}
     * @param language the language version preferred when a citing document or the document itself has several
     */
    public Timeline timeline(String typed, String language) throws IOException {
        String key = SymbolLookup.key(typed);
        IndexSearcher searcher = searchers.acquire();
        try {
            Optional<String> canonical = SymbolLookup.canonical(searcher, typed);
            if (canonical.isEmpty()) {
                String shown = typed.strip().replaceAll("\\s+", " ");
                return new Timeline(shown.isEmpty() ? key : shown, null, null, null, List.of(), List.of(), 0, false,
                        Map.of());
            }
            String symbol = canonical.get();
            String id = new ReferenceTargets(searcher, language).documentFor(symbol);
            Document d = id == null ? null : DocumentReader.find(searcher, id).orElse(null);
            CitingParagraphs citing = new CitingParagraphs(searcher);
            Query query = CitingParagraphs.query(symbol, null);
            long total = searcher.count(query);
            List<CitationPage.Incoming> entries = oneVersionEach(citing, query, symbol, language);
            List<Timeline.Request> requests = d == null ? List.of() : requests(searcher, id, symbol, entries);
            return new Timeline(symbol, id, d == null ? null : d.get(Fields.TITLE), d == null ? null : d.get(Fields.DATE),
                    requests, entries, total, total > MAX_CITING, citing.counts(symbol));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Citing paragraphs by date; of the language versions of one citing paragraph, the preferred language's. */
    private static List<CitationPage.Incoming> oneVersionEach(CitingParagraphs citing, Query query, String symbol,
                                                             String language) throws IOException {
        List<CitationPage.Incoming> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ScoreDoc sd : citing.byDate(query, MAX_CITING, false).scoreDocs) {
            CitationPage.Incoming e = citing.read(sd.doc, symbol);
            if (e.symbol() == null) {
                out.add(e);
                continue;
            }
            String version = e.symbol() + "\t" + e.paragraph();
            Integer at = seen.get(version);
            if (at == null) {
                seen.put(version, out.size());
                out.add(e);
            } else if (Objects.equals(e.language(), language) && !Objects.equals(out.get(at).language(), language)) {
                out.set(at, e);
            }
        }
        return out;
    }

    /** What the document's operative paragraphs requested, each report with the citing reports that may answer it. */
    private static List<Timeline.Request> requests(IndexSearcher searcher, String id, String symbol,
                                                   List<CitationPage.Incoming> citing) throws IOException {
        List<Timeline.Request> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : DocumentReader.inOrder(searcher, DocumentReader.kindAndId(Fields.KIND_PARAGRAPH, id),
                Integer.MAX_VALUE).scoreDocs) {
            Document p = stored.document(sd.doc, Set.of(Fields.PARA_ID, Fields.TEXT, Fields.REQUEST));
            for (String value : p.getValues(Fields.REQUEST)) {
                FollowUpRequest r = StoredRequest.decode(value);
                out.add(new Timeline.Request(p.get(Fields.PARA_ID), r.kind(), r.due(), r.session(), r.year(),
                        p.get(Fields.TEXT), answers(r, symbol, citing)));
            }
        }
        return out;
    }

    /**
     * Reports citing the document as submitted pursuant to it (or in follow-up to it): of the session the request
     * named ("A/74/100" for session 74 of the Assembly), or dated no later than the year it named, or any when the
     * request named no date. Resolutions and decisions that cite the document are follow-up, but not the report.
     */
    static List<String> answers(FollowUpRequest request, String symbol, List<CitationPage.Incoming> citing) {
        if (!request.kind().equals("report")) {
            return List.of();
        }
        Matcher series = SERIES.matcher(symbol);
        String root = series.matches() ? series.group(1) : null;
        List<String> out = new ArrayList<>();
        for (CitationPage.Incoming e : citing) {
            if (!e.type().equals(CitationType.PURSUANT_TO.value()) || e.symbol() == null
                    || e.symbol().matches(".*/(?:RES|DEC)/.*") || out.contains(e.document())) {
                continue;
            }
            boolean due;
            if (request.session() != null) {
                due = root != null && e.symbol().startsWith(root + "/" + request.session() + "/");
            } else if (request.year() != null) {
                due = e.date() != null && Integer.parseInt(e.date().substring(0, 4)) <= request.year();
            } else {
                due = true;
            }
            if (due) {
                out.add(e.document());
            }
        }
        return out;
    }
}
