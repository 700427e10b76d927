package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // resolutions (HTML): the heading after the number
            "Resolution adopted by the General Assembly on 25 September 2015 ¦ [without reference to a Main Committee (A/70/L.1)] ¦ 70/1. Transforming our world: the 2030 Agenda for Sustainable Development ¦ The General Assembly | A/RES/70/1 | Transforming our world: the 2030 Agenda for Sustainable Development",
            "2024 session ¦ Agenda item 19 (c) ¦ Resolution adopted by the Economic and Social Council on 23 July 2024 ¦ 2024/12. Treatment of children associated with terrorist groups,* including children who are recruited and exploited by those groups | E/RES/2024/12 | Treatment of children associated with terrorist groups, including children who are recruited and exploited by those groups",
            "Organizational session ¦ 3 December 2018 ¦ Agenda item 1 ¦ Statement by the President* ¦ PRST OS/12/1. Enhancing the efficiency of the Human Rights Council, including by addressing financial and time constraints | A/HRC/PRST/OS/12/1 | Enhancing the efficiency of the Human Rights Council, including by addressing financial and time constraints",
            "Hundred and seventy-seventh plenary meeting, ¦ 8 December 1948. ¦ 216 (III). Advisory social welfare services ¦ The General Assembly, ¦ 217 (III). International Bill of Human Rights | A/RES/217 (III) | International Bill of Human Rights",
            "Resolution 2777 (2025) ¦ Adopted by the Security Council at its 9880th meeting, on 17 March 2025 | S/RES/2777 (2025) | Resolution 2777 (2025)",
            // ODS reports, one header line a paragraph (Tika)
            "United Nations E/CN.9/2025/6 ¦ Economic and Social Council Distr.: General ¦ 22 January 2025 ¦ Original: English ¦ 25-00976 (E) 110225 ¦ *2500976* ¦ Commission on Population and Development Fifty-eighth session ¦ New York, 7–11 April 2025 ¦ Item 4 of the provisional agenda* ¦ Programme implementation and future programme of work ¦ of the Secretariat in the field of population ¦ Programme implementation and progress of work in the field of population in 2024: Population Division, Department of Economic and Social Affairs ¦ Report of the Secretary-General ¦ Summary | | Programme implementation and progress of work in the field of population in 2024: Population Division, Department of Economic and Social Affairs: report of the Secretary-General",
            "United Nations S/2025/223 ¦ Security Council Distr.: General ¦ 11 April 2025 ¦ Original: English ¦ 25-04876 (E) 160425 ¦ *2504876* ¦ United Nations Support Mission in Libya ¦ Report of the Secretary-General ¦ I. Introduction | | United Nations Support Mission in Libya: report of the Secretary-General",
            "United Nations S/2025/513 ¦ Security Council Distr.: General ¦ 13 August 2025 ¦ Letter dated 12 August 2025 from the Chargés d’affaires a.i. of the ¦ Permanent Missions of France, Germany and the United Kingdom ¦ of Great Britain and Northern Ireland to the United Nations ¦ addressed to the Secretary-General and the President of the ¦ Security Council ¦ We have the honour to transmit a letter dated 8 August 2025 | | Letter dated 12 August 2025 from the Chargés d’affaires a.i. of the Permanent Missions of France, Germany and the United Kingdom of Great Britain and Northern Ireland to the United Nations addressed to the Secretary-General and the President of the Security Council",
            "United Nations S/2025/157 ¦ Letter dated 12 March 2025 from the President of the Security Council acting in the absence of a Chair of the Security Council Committee established pursuant to resolution ¦ 1540 (2004) addressed to the President of the Security Council ¦ On behalf of the Security Council Committee | | Letter dated 12 March 2025 from the President of the Security Council acting in the absence of a Chair of the Security Council Committee established pursuant to resolution 1540 (2004) addressed to the President of the Security Council",
            "TPNW/MSP/2025/WP.4 ¦ Third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons ¦ 15 February 2025 ¦ English only ¦ New York, 3–7 March 2025 ¦ Review process of the mandate and terms of reference of the Scientific Advisory Group ¦ Working paper submitted by Mexico ¦ I. Scientific Advisory Group | | Review process of the mandate and terms of reference of the Scientific Advisory Group: working paper submitted by Mexico",
            // the same kind of header printed as merged blocks (pdftotext)
            "E/2025/80 ¦ United Nations ¦ Economic and Social Council ¦ Distr.: General 16 July 2025 Original: English ¦ 2025 session 25 July 2024–30 July 2025 Agenda item 20 (a) Social and human rights questions: advancement of women ¦ Results of the eighty-seventh, eighty-eighth and eighty-ninth sessions of the Committee on the Elimination of Discrimination against Women Note by the Secretariat 1. The present note is submitted pursuant to | | Results of the eighty-seventh, eighty-eighth and eighty-ninth sessions of the Committee on the Elimination of Discrimination against Women: note by the Secretariat",
            "A/79/729-S/2025/40 ¦ General Assembly Seventy-ninth session Agenda items 32, 60 and 132 ¦ Security Council Eightieth year ¦ Prevention of armed conflict Report of the United Nations High Commissioner for Refugees, questions relating to refugees, returnees and displaced persons and humanitarian questions ¦ Letter dated 17 January 2025 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General Upon instructions from the Government of the Republic of Azerbaijan | | Letter dated 17 January 2025 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General",
            // old all-capitals headers: the case the body writes the words in
            "UNITEDUNITED ANATIONSNATIONS ¦ General Assembly Distr. GENERAL ¦ A/49/624 11 November 1994 ENGLISH ORIGINAL: FRENCH ¦ Forty-ninth session Agenda items 82 and 18 ¦ IMPLEMENTATION OF THE DECLARATION ON THE GRANTING OF INDEPENDENCE TO COLONIAL COUNTRIES AND PEOPLES ¦ Report of the Special Political and Decolonization Committee (Fourth Committee) ¦ Rapporteur: Mr. Dieudonné NDIAYE (Gabon) ¦ 1. At its 3rd plenary meeting the Assembly considered the Declaration on the Granting of Independence to Colonial Countries and Peoples. | | Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples: report of the Special Political and Decolonization Committee (Fourth Committee)",
            "EVALUATION BRIEF EVALUATION OF IOM ACCOUNTABILITY TO ¦ AFFECTED POPULATIONS ¦ International Organization for Migration (IOM), Headquarters ¦ This evaluation of IOM accountability to affected populations covers the work of IOM. | | Evaluation of IOM accountability to affected populations: evaluation brief",
            "Proposed programme budget for 2027 ¦ Programme planning ¦ Proposed programme budget for 2027 ¦ Part IV ¦ International cooperation for development ¦ Section 10 Least developed countries, landlocked developing countries ¦ and small island developing States ¦ Programme 8 | | Proposed programme budget for 2027. Part IV, International cooperation for development. Section 10, Least developed countries, landlocked developing countries and small island developing States",
    })
    void readsTitlesAsADocumentalistWould(String paragraphs, String symbol, String expected) {
        TitleReader.Title t = TitleReader.read(DateReaderTest.split(paragraphs), symbol);
        assertThat(t).isNotNull();
        assertThat(t.text()).isEqualTo(expected);
    }

    @Test
    void aSpeechHasNoTitleAndNeitherDoHeadersAlone() {
        assertThat(TitleReader.read(List.of("It is an honour for me to address the General Assembly and to convey my "
                + "congratulations to President Lykketoft on his election. Peru is ready to contribute to the success of his mandate."),
                null)).isNull();
        assertThat(TitleReader.read(DateReaderTest.split("United Nations ¦ General Assembly ¦ Distr.: General ¦ 28 June 2013 ¦ 12"),
                null)).isNull();
    }
}
