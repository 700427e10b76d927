package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.travaux.model.DocumentSymbol;

/** Symbols as typed, printed in headers and written in file names, taken from ../shared/corpus and the seeds. */
class SymbolParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", value = {
            "A/RES/73/195 => A/RES/73/195",
            "a/res/73/195 => A/RES/73/195",
            "A/73/L.66 => A/73/L.66",
            "A/68/50 => A/68/50",
            "E/CN.9/2006/5 => E/CN.9/2006/5",
            "e/cn.9/2025/6 => E/CN.9/2025/6",
            "E/2024/50 => E/2024/50",
            "S/RES/2782 (2025) => S/RES/2782 (2025)",
            "S/RES/2782(2025) => S/RES/2782 (2025)",
            "S/RES/2782  (2025) => S/RES/2782 (2025)",
            "S/2025/467 => S/2025/467",
            "A/HRC/RES/36/5 => A/HRC/RES/36/5",
            "A/80/6 (Sect. 10) => A/80/6 (Sect. 10)",
            "A/81/6 (SECT. 10) => A/81/6 (Sect. 10)",
            "A/81/6 (SECT. 29C) => A/81/6 (Sect. 29C)",
            "A/80/15 (Part III) => A/80/15 (Part III)",
            "A/73/12 (PART II) => A/73/12 (Part II)",
            "E/AC.51/2025/L.4/Add.10 => E/AC.51/2025/L.4/Add.10",
            "E/2025/15/ADD.1/REV.1 => E/2025/15/Add.1/Rev.1",
            "DP/2025/14/Corr.1 => DP/2025/14/Corr.1",
            "A/RES/60/1/AMEND.1 => A/RES/60/1/Amend.1",
            "A/79/992-S/2025/503 => A/79/992-S/2025/503",
            "A/79/963–S/2025/438 => A/79/963-S/2025/438",
            "A/79/843*-S/2025/201* => A/79/843-S/2025/201",
            "E/2025/24-E/CN.3/2025/37 => E/2025/24-E/CN.3/2025/37",
            "A/ES-10/1043 => A/ES-10/1043",
            "TD/B/CN.4/48 => TD/B/CN.4/48",
            "UNW/2025/L.3 => UNW/2025/L.3",
            "DP/FPA/2025/6/Add.1 => DP/FPA/2025/6/Add.1",
            "JIU/REP/2025/1 => JIU/REP/2025/1",
            "A/CONF.224/3 => A/CONF.224/3",
            "E/CN.9/2015/NGO/14 => E/CN.9/2015/NGO/14",
            "ST/SG/SER.E/INF/31 => ST/SG/SER.E/INF/31",
            "CEDAW/C/YEM/Q/7-8 => CEDAW/C/YEM/Q/7-8",
            "A/RES/217 (III) => A/RES/217 (III)",
            "A/RES/217(III) => A/RES/217 (III)",
            "A/RES/48/218 B => A/RES/48/218 B",
            "A/RES/71/101 A-B => A/RES/71/101 A-B",
            "A/HRC/RES/S-30/1 => A/HRC/RES/S-30/1",
            "UNEP/EA.4/RES.1 => UNEP/EA.4/Res.1",
            "HSP/HA.2/Res.1 => HSP/HA.2/Res.1",
            "FCCC/SBSTA/2011/MISC.14 => FCCC/SBSTA/2011/Misc.14",
            "ICCD/COP(8)/CST/INF.1 => ICCD/COP(8)/CST/INF.1",
            "A/CONF.224/PC(III)/L.1 => A/CONF.224/PC(III)/L.1",
            "S/AGENDA/7355 => S/Agenda/7355",
            "TRANS/SC.2/2001/20 => TRANS/SC.2/2001/20",
            "(A/73/L.66) => A/73/L.66",
            "A/68/50. => A/68/50",
    })
    void normalisesSymbolsHoweverTyped(String typed, String canonical) {
        assertThat(SymbolParser.parse(typed)).map(DocumentSymbol::canonical).hasValue(canonical);
    }

    @ParameterizedTest(name = "not a symbol: {0}")
    @ValueSource(strings = {"12/2005", "1/2", "24/7", "and/or", "HIV/AIDS", "ISIL/Da", "AFG/55/2000",
            "http://undocs.org/A/RES/73/195", "www.un.org/A/RES/73/195", "S-10/1", "ES-10/15", "A/", "/A/68/50",
            "Meta-evaluation 2020-2024 - Evaluation Brief/0", "", "   "})
    void rejectsWhatIsNotASymbol(String text) {
        assertThat(SymbolParser.parse(text)).isEmpty();
    }

    @Test
    void keysFoldCaseAndSpacesLikeTheIndex() {
        assertThat(SymbolParser.key(new DocumentSymbol("S/RES/2782 (2025)"))).isEqualTo("S/RES/2782(2025)");
        assertThat(SymbolParser.parse("a/81/6 (sect. 10)").map(SymbolParser::key)).hasValue("A/81/6(SECT.10)");
        assertThat(SymbolParser.components(new DocumentSymbol("A/ES-10/1043-S/2025/529")))
                .containsExactly("A/ES-10/1043", "S/2025/529");
        assertThat(SymbolParser.components(new DocumentSymbol("CEDAW/C/YEM/Q/7-8")))
                .containsExactly("CEDAW/C/YEM/Q/7-8");
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({"A/79/716-S/2025/18, A/79/716, true", "A/79/716, A/79/716-S/2025/18, true",
            "S/RES/2782 (2025), S/RES/2782(2025), true", "A/79/992, S/2025/503, false",
            "A/39/361, A/39/36I, false", "A/79/716-S/2025/18, A/79/716-S/2025/19, false"})
    void headerAndFileNameAgreeWhenTheyNameTheSameDocument(String a, String b, boolean same) {
        assertThat(SymbolParser.sameDocument(SymbolParser.parse(a).orElseThrow(), SymbolParser.parse(b).orElseThrow()))
                .isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", value = {
            "A_RES_73_195.html => A/RES/73/195",
            "E_CN.9_2025_6.en.pdf => E/CN.9/2025/6",
            "A_79_992, S_2025_503.en.pdf => A/79/992-S/2025/503",
            "A_ES-10_1043, S_2025_529.en.pdf => A/ES-10/1043-S/2025/529",
            "A_81_6 (SECT. 10).docx => A/81/6 (Sect. 10)",
            "A_81_6 (SECT. 29C).pdf => A/81/6 (Sect. 29C)",
            "A_80_15 (Part I).en.pdf => A/80/15 (Part I)",
            "A_RES_217(III).zh.html => A/RES/217 (III)",
            "A_RES_118_(II).html => A/RES/118 (II)",
            "E_RES_1818(LV).html => E/RES/1818 (LV)",
            "S_RES_2782 (2025).en.pdf => S/RES/2782 (2025)",
            "S_RES_1757(2007).html => S/RES/1757 (2007)",
            "E_CN.9_2015_NGO_14.fr.txt => E/CN.9/2015/NGO/14",
            "A_RES_48_218_B.html => A/RES/48/218 B",
            "A_RES_61_267B.html => A/RES/61/267 B",
            "A_RES_71_101_A-B.html => A/RES/71/101 A-B",
            "A_HRC_RES_S-30_1.html => A/HRC/RES/S-30/1",
            "DP_2025_14_Corr.1.en.pdf => DP/2025/14/Corr.1",
            "E_2025_15_Add.1_Rev.1.en.pdf => E/2025/15/Add.1/Rev.1",
            "A_69_102_ADD.2.ar.txt => A/69/102/Add.2",
            "UNEP_EA.4_RES.1.html => UNEP/EA.4/Res.1",
            "HSP_HA.1_Res.2.html => HSP/HA.1/Res.2",
            "S_AGENDA_7355.en.txt => S/Agenda/7355",
            "ICCD_COP(8)_CST_INF.1.en.pdf => ICCD/COP(8)/CST/INF.1",
            "ECE_AC.23__2002_2_Rev.6.html => ECE/AC.23/2002/2/Rev.6",
            "ECE_BATUMI._CONF_2016_2__Add.1.html => ECE/BATUMI.CONF/2016/2/Add.1",
            "[E_ECE_]TRANS_SC.2_2001_20.en.pdf => TRANS/SC.2/2001/20",
            // The parallel corpus writes brackets, spaces and hyphens of a symbol as dots.
            "S_RES_2196..2015..en.txt => S/RES/2196 (2015)",
            "A_69_308..PART.II..fr.txt => A/69/308 (Part II)",
            "A_ES.10_670.en.txt => A/ES-10/670",
            "CEDAW_C_YEM_Q_7.8.en.txt => CEDAW/C/YEM/Q/7-8",
            "CEDAW_C_HRV_Q_4.5_ADD.1.en.txt => CEDAW/C/HRV/Q/4-5/Add.1",
            "A_CONF.224_PC.III._L.1.ru.txt => A/CONF.224/PC(III)/L.1",
            "ICCD_CRIC.13._4.en.txt => ICCD/CRIC(13)/4",
            "UNEP.DTIE._HG_INC.6_24.zh.txt => UNEP(DTIE)/HG/INC.6/24",
            "ST_SG_SER.E_INF_31.en.txt => ST/SG/SER.E/INF/31",
            "/work/shared/corpus/reports/TD_B_43_6.en.pdf => TD/B/43/6",
    })
    void readsTheSymbolAFileIsNamedAfter(String fileName, String canonical) {
        assertThat(SymbolParser.fromFileName(fileName)).map(DocumentSymbol::canonical).hasValue(canonical);
    }

    @ParameterizedTest(name = "no symbol in {0}")
    @ValueSource(strings = {"***.en.pdf", "AFG_55_2000.txt", "UNDoc-4077798.en.pdf",
            "Meta-evaluation 2020-2024 - Evaluation Brief_0.pdf", "AAP_EN_Evaluation Brief_final_0.pdf",
            "ga68-letter-peru-rcp-global-meeting-migration-2013.txt",
            "ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.pdf",
            "catalog.csv", "evaluations.json"})
    void namesThatAreNotSymbolsGiveNothing(String fileName) {
        assertThat(SymbolParser.fromFileName(fileName)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"E_CN.9_2025_6.en.pdf, en", "E_CN.9_2015_NGO_14.fr.txt, fr", "A_RES_217(III).zh.html, zh",
            "A_69_102_ADD.2.ar.txt, ar", "S_RES_2196..2015..ru.txt, ru", "A_68_908.es.txt, es"})
    void readsTheLanguageSuffix(String fileName, String language) {
        assertThat(SymbolParser.languageFromFileName(fileName)).hasValue(language);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A_RES_73_195.html", "A_81_6 (SECT. 10).docx", "AFG_55_2000.txt"})
    void noLanguageWithoutASuffix(String fileName) {
        assertThat(SymbolParser.languageFromFileName(fileName)).isEmpty();
    }

    /** First lines of real headers (pdftotext of ../shared/corpus/reports), '|' between paragraphs. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " => ", value = {
            "E/CN.9/2025/6||United Nations||Economic and Social Council||Distr.: General|22 January 2025"
                    + " => E/CN.9/2025/6",
            "United Nations||General Assembly||A/AC.109/2025/L.1|Distr.: Limited|4 December 2024 => A/AC.109/2025/L.1",
            "A/79/716-S/2025/18||United Nations||General Assembly|Security Council||Distr.: General"
                    + " => A/79/716-S/2025/18",
            "A/79/963–S/2025/438||United Nations||General Assembly|Security Council => A/79/963-S/2025/438",
            "A/79/843*-S/2025/201*||United Nations||General Assembly|Security Council => A/79/843-S/2025/201",
            "DP/2025/1*||United Nations||Executive Board of the|United Nations Development => DP/2025/1",
            "S/RES/2782 (2025)||United Nations||Security Council||Distr.: General|30 June 2025 => S/RES/2782 (2025)",
            "A/80/15 (Part I)||United Nations||General Assembly||Distr.: General|9 April 2025 => A/80/15 (Part I)",
            "UNITED|NATIONS||A|General Assembly|Distr.|GENERAL|A/48/653|29 November 1993|ORIGINAL: => A/48/653",
            "UNITED|NATIONS||AS|General Assembly|Security Council||Distr.|GENERAL|A/52/826|S/1998/222|17 March 1998"
                    + " => A/52/826-S/1998/222",
            "UNITED|NATIONS||E|Economic and Social|Council||Distr.|GENERAL|TRANS/SC.2/2001/20|6 August 2001"
                    + " => TRANS/SC.2/2001/20",
            "United Nations A/79/972 General Assembly Distr.: General 18 July 2025 => A/79/972",
            "E/CN.9/2006/5 Distr.: General => E/CN.9/2006/5",
    })
    void readsTheOwnSymbolOfAHeader(String header, String canonical) {
        assertThat(SymbolParser.fromHeader(Arrays.asList(header.split("\\|", -1))))
                .map(DocumentSymbol::canonical).hasValue(canonical);
    }

    /** Symbols in the first paragraphs that are citations, not the document's own. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // A/RES/73/195.html: the draft it was adopted from.
            "Seventy-third session|Agenda items 14 and 119|Resolution adopted by the General Assembly on 19 December"
                    + " 2018|[without reference to a Main Committee (A/73/L.66)]|73/195.\tGlobal Compact for Safe,"
                    + " Orderly and Regular Migration|The General Assembly,",
            // FCCC/SBSTA/2011/Misc.14 prints its symbol only as an image; its footnotes start with symbols.
            "8 November 2011|English only||UNITED NATIONS FRAMEWORK CONVENTION ON CLIMATE"
                    + " CHANGE||1|FCCC/SBSTA/2010/13, paragraph 47.|FCCC/SBSTA/2010/13, paragraphs 48–50.",
            // A scanned header whose symbol line the OCR mangled.
            "United Nations||Nations Unies||UNRESTRICTED|E / C N A/109||ECONOMIC|AND|SOCIAL COUNCIL",
            "* A/68/50.",
    })
    void ignoresCitedSymbols(String header) {
        assertThat(SymbolParser.fromHeader(Arrays.asList(header.split("\\|", -1)))).isEmpty();
    }

    /** The seeds have no symbol of their own; the agenda footnotes ("* A/68/50.", "* E/CN.9/2006/1.") are not it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ga68-letter-peru-rcp-global-meeting-migration-2013.txt",
            "ecosoc-cpd39-letter-mexico-egm-migration-lac-2006.txt", "eclac-celade-hld-follow-up-report-2006.txt",
            "eclac-celade-migration-trends-patterns-lac.txt", "eclac-celade-report-preparation-hld-migration.txt"})
    void seedsHaveNoSymbolInTheirHeader(String seed) throws IOException {
        assertThat(SymbolParser.fromHeader(paragraphs(seed))).isEmpty();
    }

    @Test
    void theFootnoteOfTheSeedLetterIsItsAgendaNotItsSymbol() throws IOException {
        List<String> peru = paragraphs("ga68-letter-peru-rcp-global-meeting-migration-2013.txt");
        assertThat(peru).contains("* A/68/50.");
        assertThat(SymbolParser.fromHeader(peru)).isEqualTo(Optional.empty());
    }

    private static List<String> paragraphs(String seed) throws IOException {
        return Arrays.stream(Files.readString(Path.of("corpus", seed)).split("\\n\\s*\\n")).map(String::strip).toList();
    }
}
