package org.travaux.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.travaux.model.ClauseKind;
import org.travaux.understand.ClauseOpeners.Opener;

/**
 * Reads the role of each paragraph of a document: preambular and operative clauses where the document (or a part of
 * it, such as a draft resolution in a report) is resolution-style, narrative everywhere else; the verb that opens a
 * clause; and, for every text, whether it uses commitment or recommendation language. Word lists live in
 * {@code clause-verbs.tsv} and {@code clause-phrases.tsv}.
 */
final class ClauseClassifier {

    /**
     * One paragraph as the classifier sees it.
     *
     * @param text    the cleaned text without its printed number
     * @param depth   0 unnumbered, 1 a numbered paragraph, 2 and more a sub-paragraph ("(a)", "(i)")
     * @param heading the paragraph is a heading
     * @param instrument the paragraph stands in the body of an instrument: an annex, or under a numbered section
     *                   heading such as "Article 5" or "Rule 12"
     */
    public record Input(String text, int depth, boolean heading, boolean instrument) {
    }

    /** What the classifier says about one paragraph; {@code verb} is the opener as listed ("Noting with concern"). */
    public record Clause(ClauseKind kind, String verb, boolean commitment, boolean recommendation) {
    }

    /** "Resolution adopted by the General Assembly on …", "Resolution 2782 (2025)", "Adopted by the Security Council". */
    private static final Pattern TITLE = Pattern.compile("(?i)(resolution|résolution|resolución) (adopted|adoptée|aprobada)"
            + "\\b.*|(?i:resolution|résolution|resolución) \\d{1,4} \\(\\d{4}\\)|(?i)adopted by the security council at\\b.*");
    /** The body that speaks a resolution: "The General Assembly,", "L'Assemblée générale,", "El Consejo de Seguridad,". */
    private static final Pattern FORMULA = Pattern.compile(
            "[“\"]?(The|La|Le|Les|El|Los|L['’]) ?\\p{Lu}[\\p{L}\\- ,’']{2,80}?(?:[,.:]|(?<=Assembly|Council|Conference|Commission))");
    private static final int OPENING = 40;

    private final ClauseOpeners openers;
    private final PhraseFlag commitment;
    private final PhraseFlag recommendation;

    ClauseClassifier(List<String[]> verbs, List<String[]> phrases) {
        this.openers = new ClauseOpeners(verbs);
        this.commitment = new PhraseFlag(column(phrases, "commitment"), column(phrases, "not-commitment"));
        this.recommendation = new PhraseFlag(column(phrases, "recommendation"), column(phrases, "not-recommendation"));
    }

    /** The classifier with the word lists shipped in this package. */
    public static ClauseClassifier standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ClauseClassifier INSTANCE = new ClauseClassifier(DataTables.read("clause-verbs.tsv"),
                DataTables.read("clause-phrases.tsv"));
    }

    /**
     * Classifies a document's paragraphs in reading order. In a resolution-style document every paragraph may be a
     * clause. Elsewhere a resolution-style part opens where the speaking body stands alone ("The General Assembly,") or
     * where preambular clauses start, and closes at the next heading or at a numbered paragraph that opens with no
     * operative verb ("26. At its 10th meeting, the Committee adopted …").
     */
    public List<Clause> classify(List<Input> paragraphs) {
        boolean resolution = resolutionStyle(paragraphs);
        List<Clause> out = new ArrayList<>(paragraphs.size());
        boolean region = resolution;
        ClauseKind last = ClauseKind.NARRATIVE;
        for (int i = 0; i < paragraphs.size(); i++) {
            Input p = paragraphs.get(i);
            boolean formula = !p.heading() && p.depth() == 0 && isFormula(p.text());
            Optional<Opener> opener = p.heading() || formula ? Optional.empty() : openers.find(p.text());
            if (formula || !region && isPreambular(p, opener) && i + 1 < paragraphs.size()
                    && isClause(paragraphs.get(i + 1))) {
                region = true;  // a draft resolution inside a report opens a resolution-style part
            } else if (!resolution && (p.heading() || p.depth() == 1
                    && opener.or(() -> openers.operativeAfterPhrase(p.text()))
                    .filter(o -> o.kind() == ClauseKind.OPERATIVE).isEmpty())) {
                region = false;
            }
            ClauseKind kind = ClauseKind.NARRATIVE;
            String verb = null;
            if (region && !p.heading() && !formula) {
                if (p.depth() >= 2) {
                    kind = last == ClauseKind.NARRATIVE && resolution && p.instrument() ? ClauseKind.OPERATIVE : last;
                } else if (p.depth() == 1) {
                    kind = ClauseKind.OPERATIVE;
                    opener = opener.filter(o -> o.kind() == ClauseKind.OPERATIVE)
                            .or(() -> openers.operativeAfterPhrase(p.text()));
                    verb = opener.map(Opener::verb).orElse(null);
                } else if (opener.isPresent()) {
                    // an unnumbered clause that ends with a comma is preambular, whatever its verb ("Recalls that …,")
                    kind = p.text().endsWith(",") ? ClauseKind.PREAMBULAR : opener.get().kind();
                    verb = opener.get().verb();
                } else if (last == ClauseKind.OPERATIVE && p.text().endsWith(":")) {
                    kind = ClauseKind.OPERATIVE;  // "To realize this commitment, we will draw from the following actions:"
                } else if (resolution && p.instrument() && (p.text().length() > 150 || TextCleaner.endsWithAny(p.text(), ".;:"))) {
                    kind = ClauseKind.OPERATIVE;  // the body of a declaration, convention or rules adopted by the resolution
                }
                last = p.depth() >= 2 ? last : kind;
            }
            List<String> words = PhraseFlag.words(p.text());
            out.add(new Clause(kind, verb, commitment.in(words), recommendation.in(words)));
        }
        return out;
    }

    private static boolean isPreambular(Input p, Optional<Opener> opener) {
        return p.depth() == 0 && opener.filter(o -> o.kind() == ClauseKind.PREAMBULAR).isPresent()
                && TextCleaner.endsWithAny(p.text(), ",;");
    }

    /** A preambular clause, or a numbered operative one: what follows a preambular clause in a resolution. */
    private boolean isClause(Input p) {
        Optional<Opener> o = p.heading() ? Optional.empty() : openers.find(p.text());
        return isPreambular(p, o) || p.depth() == 1 && o.filter(x -> x.kind() == ClauseKind.OPERATIVE).isPresent();
    }

    /**
     * A document is resolution-style when its opening names it a resolution ("Resolution adopted by …"), when the body
     * that speaks it ("The General Assembly,") stands before any numbered paragraph and outside an annex, or when it opens
     * with preambular clauses followed by numbered operative ones. A report that starts one paragraph with
     * "Recognizing", or that carries draft resolutions after its own numbered paragraphs, is not: its draft resolutions
     * are resolution-style parts (see {@link #classify}).
     */
    public boolean resolutionStyle(List<Input> paragraphs) {
        int preambular = 0;
        int operative = 0;
        boolean numbered = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Input p = paragraphs.get(i);
            boolean opening = i < OPENING && !numbered && !p.instrument();
            if (opening && (TITLE.matcher(p.text()).matches() || p.depth() == 0 && !p.heading() && isFormula(p.text()))) {
                return true;
            }
            Optional<Opener> o = p.heading() ? Optional.empty() : openers.find(p.text());
            if (!numbered && o.isPresent() && o.get().kind() == ClauseKind.PREAMBULAR && p.depth() == 0
                    && TextCleaner.endsWithAny(p.text(), ",;")) {
                preambular++;
            } else if (preambular >= 3 && o.isPresent() && o.get().kind() == ClauseKind.OPERATIVE && p.depth() == 1) {
                operative++;
            }
            // a report's own numbered paragraphs come before any draft it carries; the tail of the previous
            // resolution on a printed page ("15. Requests …") does not make a report
            numbered |= p.depth() == 1 && o.filter(x -> x.kind() == ClauseKind.OPERATIVE).isEmpty();
        }
        return preambular >= 3 && operative >= 2;
    }

    /** True when a line starts a clause: PDF lines are rejoined into paragraphs, and a new clause starts a new one. */
    boolean opensClause(String line) {
        return openers.opensClause(line);
    }

    static boolean isFormula(String text) {
        return text.length() <= 90 && FORMULA.matcher(text).matches();
    }

    private static List<String> column(List<String[]> table, String flag) {
        return table.stream().filter(r -> r[0].equals(flag)).map(r -> r[2].strip()).toList();
    }
}
