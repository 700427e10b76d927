package org.travaux.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "resolutions/A_RES_73_195.html          | A_RES_73_195.html-",
            "reports/A_79_992, S_2025_503.en.pdf    | A_79_992-S_2025_503.en.pdf-",
            "budget/A_81_6 (SECT. 10).docx          | A_81_6-SECT.-10-.docx-",
            "reports/***.en.pdf                     | en.pdf-",
            "multilingual/udhr/A_RES_217(III).zh.html | A_RES_217-III-.zh.html-",
            "Session 55 - 2000/AFG_55_2000.txt      | AFG_55_2000.txt-",
            "migración/Résolution été.txt            | Resolution-ete.txt-"})
    void idsAreReadableUrlSafeAndStable(String path, String expectedPrefix) {
        String id = DocumentIds.of("corpus", path);
        assertThat(id).startsWith(expectedPrefix).matches(".*-[0-9a-f]{10}");
        assertThat(DocumentIds.isValid(id)).as(id).isTrue();
        assertThat(DocumentIds.of("corpus", path)).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"a/b", "'a b'", "..", "''", "a%2Fb", "a?b"})
    void rejectsIdsThatNeedEscaping(String id) {
        assertThat(DocumentIds.isValid(id)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void sameFileNameInTwoFoldersGetsTwoIds() {
        assertThat(DocumentIds.of("corpus", "a/report.pdf")).isNotEqualTo(DocumentIds.of("corpus", "b/report.pdf"));
        assertThat(DocumentIds.of("corpus", "report.pdf")).isNotEqualTo(DocumentIds.of("shared", "report.pdf"));
    }

    @org.junit.jupiter.api.Test
    void aKeyComesFromTheSymbolAndLanguage() {
        assertThat(DocumentIds.key("A/RES/73/195", java.util.List.of("General Assembly"), "2018-12-19", "Global Compact",
                "en")).isEqualTo("A-RES-73-195.en");
        assertThat(DocumentIds.key("S/RES/2782 (2025)", java.util.List.of(), null, "x", "fr"))
                .isEqualTo("S-RES-2782-2025.fr");
        assertThat(DocumentIds.key("A/81/6 (Sect. 25)", java.util.List.of(), null, "x", null)).isEqualTo("A-81-6-Sect.-25");
    }

    @org.junit.jupiter.api.Test
    void withoutASymbolTheKeyIsForumDateAndTitle() {
        String key = DocumentIds.key(null, java.util.List.of("Regional Consultative Processes",
                "Regional Conference on Migration"), "2013-05-23",
                "Declaración de Lima: reunión mundial de procesos consultivos regionales sobre migración", "es");
        assertThat(key).isEqualTo("regional-conference-on-migration.2013-05-23.declaracion-de-lima-reunion-mundial-de-procesos.es");
        assertThat(DocumentIds.isValid(key)).isTrue();
        assertThat(DocumentIds.key(null, java.util.List.of(), null, "Statement by Peru", null)).isEqualTo("statement-by-peru");
        assertThat(DocumentIds.key(null, java.util.List.of(), "2024", "", null)).isEqualTo("2024");
    }
}
