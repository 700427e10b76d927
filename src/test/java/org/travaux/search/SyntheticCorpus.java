package org.travaux.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.travaux.index.TravauxIndex;
import org.travaux.model.BlockKind;
import org.travaux.model.ClauseKind;
import org.travaux.model.DocumentIds;
import org.travaux.model.DocumentMetadata;
import org.travaux.model.DocumentSymbol;
import org.travaux.model.FileRecord;
import org.travaux.model.OfficialDocument;
import org.travaux.model.Outcome;
import org.travaux.model.Paragraph;
import org.travaux.model.Reference;
import org.travaux.model.SourceFile;
import org.travaux.model.ThemeScore;

/**
 * Random but reproducible {@link OfficialDocument}s written straight into an index (no extraction): forums, dates,
 * types, languages (Latin, Cyrillic, Arabic and Chinese text), countries, themes, clause kinds and UN symbols.
 * Paragraph text mixes a small vocabulary of code words (NATO alphabet: no two share a stem in any UN language
 * analyzer, and no filler word stems to one) with filler in the document's language, so a brute-force count over
 * the model objects knows exactly which paragraphs a one-word query matches.
 */
public final class SyntheticCorpus {
    public static final String ROOT_NAME = "synthetic";
    /** Words that appear in paragraph text, headings and some titles; queries use them. */
    public static final List<String> WORDS = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
            "hotel", "kilo", "lima", "oscar", "sierra", "tango", "zulu");
    public static final List<List<String>> FORUMS = List.of(
            List.of("General Assembly"),
            List.of("General Assembly", "Third Committee"),
            List.of("General Assembly", "Second Committee"),
            List.of("Security Council"),
            List.of("Economic and Social Council"),
            List.of("Economic and Social Council", "Commission on Population and Development"),
            List.of("Human Rights Council"),
            List.of());
    public static final List<String> TYPES = List.of("resolution", "report", "letter", "statement", "note");
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");
    public static final List<String> COUNTRIES = List.of("Peru", "Mexico", "Philippines", "Morocco", "Côte d'Ivoire");
    public static final List<String> THEMES = List.of("migration", "remittances", "refugees", "sdg-10",
            "human-trafficking", "climate", "gender");
    private static final Map<String, List<String>> FILLER = Map.of(
            "en", List.of("The Assembly takes note of the report.", "Member States are invited to cooperate.",
                    "Recalling its earlier resolutions on this matter."),
            "fr", List.of("L'Assemblée prend acte du rapport.", "Les États Membres sont invités à coopérer.",
                    "Rappelant ses résolutions antérieures."),
            "es", List.of("La Asamblea toma nota del informe.", "Se invita a los Estados Miembros a cooperar.",
                    "Recordando sus resoluciones anteriores."),
            "ru", List.of("Генеральная Ассамблея принимает к сведению доклад.", "Государствам-членам предлагается сотрудничать.",
                    "Ссылаясь на свои предыдущие резолюции о миграции."),
            "ar", List.of("إن الجمعية العامة تحيط علما بالتقرير.", "تدعو الدول الأعضاء إلى التعاون.",
                    "إذ تشير إلى قراراتها السابقة بشأن الهجرة."),
            "zh", List.of("大会注意到该报告。", "请会员国开展合作。", "回顾其以往关于移民问题的决议。"));
    private static final List<String> VERBS = List.of("Recalling", "Noting", "Decides", "Requests", "Urges");

    private SyntheticCorpus() {
    }

    /** {@code count} documents from {@code seed}; the first two carry A/RES/73/195 and S/RES/2782 (2025). */
    public static List<OfficialDocument> generate(long seed, int count) {
        Random random = new Random(seed);
        List<OfficialDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(document(random, i));
        }
        return docs;
    }

    /** Writes {@code docs} into {@code index} and commits. */
    public static void write(TravauxIndex index, List<OfficialDocument> docs) throws IOException {
        for (OfficialDocument doc : docs) {
            index.put(doc, recordOf(doc));
        }
        index.commit(Map.of());
    }

    public static FileRecord recordOf(OfficialDocument doc) {
        return new FileRecord(doc.id(), ROOT_NAME, doc.source(), Outcome.INDEXED, "", doc.mediaType(), null, 0L, 1, "");
    }

    private static OfficialDocument document(Random random, int i) {
        String path = "docs/" + (i % 5 == 0 ? "résolutions/" : "") + "doc-" + i + ".txt";
        String id = DocumentIds.of(ROOT_NAME, path);
        String language = random.nextInt(12) == 0 ? null : pick(random, LANGUAGES);
        List<String> forum = pick(random, FORUMS);
        String type = random.nextInt(8) == 0 ? null : pick(random, TYPES);
        LocalDate date = random.nextInt(10) == 0 ? null
                : LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String country = "statement".equals(type) || random.nextInt(6) == 0 ? pick(random, COUNTRIES) : null;
        DocumentSymbol symbol = switch (i) {
            case 0 -> new DocumentSymbol("A/RES/73/195");
            case 1 -> new DocumentSymbol("S/RES/2782 (2025)");
            default -> random.nextInt(3) == 0 ? new DocumentSymbol(symbol(random, forum)) : null;
        };
        List<ThemeScore> themes = new ArrayList<>();
        for (String theme : THEMES) {
            if (random.nextInt(4) == 0) {
                themes.add(new ThemeScore(theme, Math.round(random.nextDouble() * 100) / 100.0));
            }
        }
        String title = "Synthetic " + (type == null ? "document" : type) + " " + i
                + (random.nextInt(5) == 0 ? " on " + pick(random, WORDS) : "");
        Integer year = date == null && random.nextBoolean() ? 2000 + random.nextInt(26) : null; // a catalogue year
        DocumentMetadata metadata = new DocumentMetadata(title, symbol, forum, date, year,
                date == null ? List.of() : List.of(date), random.nextInt(3) == 0 ? 60 + random.nextInt(20) : null,
                List.of(), type, language, language, "General", country, country == null ? null : "H.E. Speaker " + i,
                themes, Map.of("iso3", "XYZ"), Map.of("title", "sidecar"), List.of());
        int paragraphCount = i % 17 == 16 ? 0 : 1 + random.nextInt(6);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int n = 0; n < paragraphCount; n++) {
            paragraphs.add(paragraph(random, n, language, themes, symbol));
        }
        SourceFile source = new SourceFile("/data/" + ROOT_NAME, path, 1000 + i, 1_700_000_000_000L + i,
                HexFormat.of().formatHex(Long.toString(seed(i)).getBytes()).repeat(4).substring(0, 64));
        return new OfficialDocument(id, source, "text/plain", paragraphCount == 0 ? 0 : 1 + random.nextInt(3), "",
                metadata, paragraphs);
    }

    private static Paragraph paragraph(Random random, int n, String language, List<ThemeScore> docThemes,
                                       DocumentSymbol symbol) {
        ClauseKind clause = pick(random, List.of(ClauseKind.values()));
        StringBuilder text = new StringBuilder();
        if (clause != ClauseKind.NARRATIVE && "en".equals(language)) {
            text.append(pick(random, VERBS)).append(' ');
        }
        int words = random.nextInt(4); // 0..3 code words: some paragraphs have none
        for (int w = 0; w < words; w++) {
            text.append(pick(random, WORDS)).append(random.nextBoolean() ? ", " : " ");
        }
        List<String> filler = FILLER.get(language == null ? "en" : language);
        text.append(pick(random, filler));
        if (random.nextInt(6) == 0) {
            text.append(" See resolution 73/195 and S/RES/2782 (2025) — « migrants » 🌍.");
        }
        List<Reference> references = symbol != null && random.nextInt(4) == 0
                ? List.of(new Reference("A/RES/73/195", Integer.toString(n + 1), "resolution 73/195")) : List.of();
        List<String> section = random.nextInt(4) == 0 ? List.of("Part " + (1 + random.nextInt(3)), pick(random, WORDS))
                : List.of();
        List<String> themes = docThemes.isEmpty() || random.nextBoolean() ? List.of()
                : List.of(pick(random, docThemes).code());
        String number = clause == ClauseKind.NARRATIVE ? null : Integer.toString(n + 1);
        return new Paragraph(number != null ? number : "p" + (n + 1), n, number, section, BlockKind.PARAGRAPH,
                text.toString(), 1, clause, clause == ClauseKind.NARRATIVE ? null : "decides",
                random.nextInt(5) == 0, random.nextInt(5) == 0, language, themes, references);
    }

    private static String symbol(Random random, List<String> forum) {
        String organ = forum.isEmpty() ? "A" : switch (forum.get(0)) {
            case "Security Council" -> "S";
            case "Economic and Social Council" -> "E";
            case "Human Rights Council" -> "A/HRC";
            default -> "A";
        };
        return organ.equals("S") ? "S/RES/" + (2000 + random.nextInt(800)) + " (" + (2000 + random.nextInt(26)) + ")"
                : organ + "/RES/" + (50 + random.nextInt(30)) + "/" + (1 + random.nextInt(300));
    }

    private static long seed(int i) {
        return 0x5DEECE66DL * (i + 1);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The lower-cased code words of a text, as the index's tokenizer sees them (code words are plain ASCII). */
    public static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }
}
