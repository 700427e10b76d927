package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.travaux.model.DocumentSymbol;

/** The forum table: symbols of ../shared/corpus to forums, and the seeds' texts to their issuing body. */
class ForumsTest {
    private static final Forums FORUMS = Forums.standard();
    private static final Path SHARED = Path.of("../shared/corpus");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", value = {
            "A/RES/73/195 => ga",
            "A/73/L.66 => ga",
            "A/C.3/79/L.1 => ga.c3",
            "A/C.5/69/SR.32 => ga.c5",
            "A/CN.9/1100 => ga.uncitral",
            "E/CN.9/2025/6 => ecosoc.cpd",
            "E/CN.9/2015/NGO/14 => ecosoc.cpd",
            "E/CN.6/2025/NGO/40 => ecosoc.csw",
            "E/CN.4/109 => ecosoc.chr",
            "E/2025/L.1 => ecosoc",
            "E/RES/1818 (LV) => ecosoc",
            "E/ICEF/2025/L.13 => unicef",
            "A/HRC/RES/59/25 => hrc",
            "A/HRC/EMRIP/2025/1 => hrc.emrip",
            "S/RES/2782 (2025) => sc",
            "S/PRST/2025/1 => sc",
            "S/AC.44/2015/1 => sc.committees",
            "DP/FPA/2025/6/Add.1 => undp",
            "DP/OPS/2025/3 => undp",
            "UNW/2025/L.3 => unwomen",
            "TD/442 => unctad",
            "TD/B/CN.4/48 => unctad.tdb",
            "ST/SG/SER.E/INF/31 => secretariat",
            "ST/SGB/2021/1 => secretariat",
            "JIU/REP/2025/1 => jiu",
            "CEDAW/C/YEM/Q/7-8 => treaty.cedaw",
            "CCPR/C/121/D/2025/2011 => treaty.ccpr",
            "A/79/992-S/2025/503 => ga",
            "A/ES-10/1043-S/2025/529 => ga.ess",
            "A/RES/ES-10/17 => ga.ess",
            "A/81/6 (Sect. 10) => ga",
            "A/CONF.231/3 => conf.gcm",
            "A/CONF.230/2025/1 => conf.ocean2025",
            "A/CONF.222/INF/1 => conf.crime13",
            "A/CONF.199/20 => conf",
            "ECE/TRANS/344 => ece.itc",
            "E/ECE/TRANS/505/Rev.3 => ece.itc",
            "TRANS/SC.2/2001/20 => ece.itc",
            "ECE/BATUMI.CONF/2016/2/Add.1 => ece.efe",
            "UNEP/EA.4/Res.1 => unep.ea",
            "UNEP/GC/SS.XII/3 => unep.gc",
            "UNEP(DTIE)/HG/INC.6/24 => unep.mercury",
            "HSP/HA.2/Res.1 => habitat.ha",
            "PBC.31/1/Add.1 => unido.pbc",
            "PBC/9/OC/1 => pbc",
            "ICCD/COP(8)/CST/8 => unccd",
            "GEGN.2/2025/35 => ecosoc.ungegn",
            "FCCC/CP/2015/10/Add.1 => unfccc.cop",
            "ISBA/21/LTC/6 => unclos.isba",
    })
    void findsTheForumOfASymbolByItsLongestPrefix(String symbol, String code) {
        assertThat(FORUMS.ofSymbol(new DocumentSymbol(symbol))).map(Forums.Forum::code).hasValue(code);
    }

    @Test
    void labelsArePathsFromTheTop() {
        assertThat(FORUMS.forSymbol(new DocumentSymbol("E/CN.9/2006/5")))
                .containsExactly("Economic and Social Council", "Commission on Population and Development");
        assertThat(FORUMS.forSymbol(new DocumentSymbol("A/CN.9/1100")))
                .containsExactly("General Assembly", "United Nations Commission on International Trade Law (UNCITRAL)");
        assertThat(FORUMS.forSymbol(new DocumentSymbol("A/C.3/79/L.1"))).containsExactly("General Assembly",
                "Third Committee");
        assertThat(FORUMS.byCode("eclac.celade")).map(Forums.Forum::labels).hasValue(List.of(
                "Economic Commission for Latin America and the Caribbean",
                "Latin American and Caribbean Demographic Centre (CELADE)"));
        assertThat(FORUMS.forSymbol(new DocumentSymbol("XYZ/1"))).isEmpty();
    }

    /** Every symbol the shared corpus is named after has a forum, so no series is missing from forums.tsv. */
    @Test
    void everySymbolOfTheSharedCorpusHasAForum() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "../shared/corpus is not here (a fresh clone): nothing to check");
        List<String> missing = new ArrayList<>();
        int symbols = 0;
        for (String folder : List.of("reports", "resolutions", "budget", "multilingual/unpc", "multilingual/udhr")) {
            try (Stream<Path> files = Files.list(SHARED.resolve(folder))) {
                for (Path file : files.toList()) {
                    var symbol = SymbolParser.fromFileName(file.getFileName().toString());
                    if (symbol.isPresent()) {
                        symbols++;
                        if (FORUMS.ofSymbol(symbol.get()).isEmpty()) {
                            missing.add(symbol.get().canonical());
                        }
                    }
                }
            }
        }
        assertThat(symbols).isGreaterThan(7000);
        assertThat(missing).isEmpty();
    }

    /** The seeds carry no symbol: the forum is read from their text, preferring the issuing body. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "eclac-celade-hld-follow-up-report-2006.txt, eclac.celade",
            "eclac-celade-migration-trends-patterns-lac.txt, eclac.celade",
            "eclac-celade-report-preparation-hld-migration.txt, eclac.celade",
            "ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.txt, ecosoc.cpd",
            "ga68-letter-peru-rcp-global-meeting-migration-2013.txt, ga",
    })
    void readsTheForumOfASeedFromItsText(String seed, String code) throws IOException {
        assertThat(FORUMS.ofText(Files.readString(Path.of("corpus", seed)))).map(Forums.Forum::code).hasValue(code);
    }

    /** Sentences of the seeds, under a title line naming the forum as a report of it would. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " => ", value = {
            "Regional Conference on Migration (Puebla Process)|The main intergovernmental forums on migration are"
                    + " the Regional Conference on Migration —set up in 1996 => rcp.rcm",
            "South American Conference on Migration|forums (the Regional Conference on Migration and the South"
                    + " American Conference on Migration), which => rcp.csm",
            "Fourth Global Meeting of Chairs and Secretariats of Regional Consultative Processes on"
                    + " Migration|Lima|22 and 23 May 2013 => rcp.global",
            "Sixteenth Ibero-American Summit of Heads of State and Government|The Ibero-American Summit was attended"
                    + " by some 700 people => ibero",
            "Summit of the Americas|Another area of multilateral initiatives is the Summit of the Americas => americas",
            "Global Forum on Migration and Development|Chair’s summary of the Global Forum on Migration and"
                    + " Development => gfmd",
            "EVALUATION BRIEF|META EVALUATION OF IOM EVALUATIONS 2020–2024|including internally by IOM staff => iom",
            "Report on the preparation of the High-level Dialogue on International Migration and Development|the"
                    + " High-level Dialogue on International Migration and Development => ga.hld",
    })
    void readsMigrationForumsWithoutSymbols(String text, String code) {
        assertThat(FORUMS.ofText(text.replace('|', '\n'))).map(Forums.Forum::code).hasValue(code);
    }

    @Test
    void nothingConvincingGivesNothing() {
        // A general debate statement mentions bodies in passing; its forum comes from the catalogue, not the text.
        String speech = "Since we last gathered in\nthis great Assembly one year ago, we have witnessed\n"
                + "developments of historic dimensions.\n" + "x ".repeat(600)
                + "We welcome the work of the International Organization for Migration.";
        assertThat(FORUMS.ofText(speech)).isEmpty();
        assertThat(FORUMS.fromText("")).isEmpty();
        // An organ named inside a sentence is not the masthead.
        assertThat(FORUMS.ofText("Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007")).isEmpty();
    }

    @Test
    void theTableRejectsCodesWithoutANode() {
        List<String[]> rows = List.of(new String[] {"node", "ga", "General Assembly"},
                new String[] {"symbol", "A/C.3", "ga.c3"});
        assertThatThrownBy(() -> new Forums(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ga.c3");
        assertThatThrownBy(() -> new Forums(List.<String[]>of(new String[] {"nodes", "ga", "General Assembly"})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodes");
    }

    @Test
    void seriesAreTheFirstLettersOfTheSymbolPrefixes() {
        assertThat(FORUMS.series()).contains("A", "S", "E", "ST", "TD", "UNW", "DP", "JIU", "CEDAW", "UNEP", "ECE")
                .doesNotContain("AFG", "HIV");
    }
}
