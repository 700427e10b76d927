package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Distr.: General 7 March 2006 | 2006-03-07",
            "Distr. générale 7 mars 2006 | 2006-03-07",
            "Distr. general 7 de marzo de 2006 | 2006-03-07",
            "Распространение: общая 7 марта 2006 года | 2006-03-07",
            "TRANS/SC.2/2001/20 6 August 2001 | 2001-08-06",
            "Date of Publication: 2025-08-11 | 2025-08-11",
            "issued on March 7, 2006 | 2006-03-07",
            // the first day of "du 25 mars au 15 avril 2025" has no year of its own: the first full date is the last day
            "Dates des visites sur le terrain : du 25 mars au 15 avril 2025 | 2025-04-15",
            // not a date: 31 June does not exist, a year alone is not a date
            "held on 31 June 2006 | ",
            "the 2030 Agenda for Sustainable Development | ",
    })
    void parsesTheFirstDate(String text, LocalDate expected) {
        assertThat(DateReader.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // seed ga68 (A/67/…): the ODS header, "Distr.: General" and the date on one cleaned line
            "General Assembly ¦ Distr.: General 28 June 2013 ¦ Original: English ¦ Sixty-eighth session | 2013-06-28 | distribution",
            // E/CN.9/2025/6 as Tika gives it: one header line a paragraph
            "United Nations E/CN.9/2025/6 ¦ Economic and Social Council Distr.: General ¦ 22 January 2025 ¦ Original: English | 2025-01-22 | distribution",
            // S/RES/1196 (1998), an old header: the class and the symbol between "Distr." and the date
            "UNITED ¦ NATIONS ¦ Distr. ¦ GENERAL ¦ S/RES/1196 (1998) ¦ 16 September 1998 ¦ RESOLUTION 1196 (1998) | 1998-09-16 | distribution",
            // A/RES/73/195 (HTML): the adoption line, not the dates the preamble cites
            "Seventy-third session ¦ Agenda items 14 and 119 ¦ Resolution adopted by the General Assembly on 19 December 2018 ¦ [without reference to a Main Committee (A/73/L.66)] ¦ 73/195. Global Compact for Safe, Orderly and Regular Migration ¦ Recalling its resolution 71/1 of 19 September 2016 | 2018-12-19 | adoption",
            "Resolution 2777 (2025) ¦ Adopted by the Security Council at its 9880th meeting, on 17 March 2025 | 2025-03-17 | adoption",
            "RESOLUTION 1196 (1998) ¦ Adopted by the Security Council at its 3927th meeting, ¦ on 16 September 1998 | 1998-09-16 | adoption",
            "Statement by the President of the Security Council ¦ At the 8327th meeting of the Security Council, held on 10 August 2018, in connection with | 2018-08-10 | adoption",
            "Statement by the President of the Security Council ¦ On 3 February 2021, in connection with the Council’s consideration of the item | 2021-02-03 | adoption",
            // seed eclac-celade-hld-follow-up-report-2006: the date alone at the top, before "December 2006"
            "2 January 2007 ¦ Population Division Department of Economic and Social Affairs United Nations Secretariat New York, 20-21 November 2006 ¦ Economic Commission for Latin America and the Caribbean ¦ December 2006 | 2007-01-02 | top",
            "Juin 2025 ¦ RÉSUMÉ D’ÉVALUATION ÉVALUATION FINALE DU PROJET | 2025-06-01 | top",
            // IOM evaluation brief
            "EVALUATION BRIEF FINAL EVALUATION FOR EU-IOM JOINT INITIATIVE ¦ Field visit dates: November 2022 - January 2023 ¦ Final report date: 19 April 2023 | 2023-04-19 | report date",
            // A/73/716 (HTML has no Distr. line): the letter's own date
            "Seventy-third session ¦ Agenda item 74 (c) ¦ Letter dated 16 January 2019 from the Secretary-General addressed to the President of the General Assembly | 2019-01-16 | letter",
    })
    void findsTheDocumentDate(String paragraphs, LocalDate expected, String rule) {
        DateReader.Found found = DateReader.documentDate(split(paragraphs));
        assertThat(found).isNotNull();
        assertThat(found.date()).isEqualTo(expected);
        assertThat(found.rule()).isEqualTo(rule);
    }

    @Test
    void aResolutionsClosingMeetingAndADatelineAreDatesToo() {
        List<String> hrc = split("45th meeting ¦ 11 October 2021 ¦ [Adopted without a vote.]");
        assertThat(DateReader.documentDate(hrc)).isEqualTo(new DateReader.Found(LocalDate.of(2021, 10, 11), "meeting", 1));
        List<String> letter = new java.util.ArrayList<>(java.util.Collections.nCopies(20, "Text of the annex."));
        letter.add("Baku, 26 May 2025");
        assertThat(DateReader.documentDate(letter).date()).isEqualTo(LocalDate.of(2025, 5, 26));
    }

    @Test
    void aSpeechThatCitesDatesHasNoDate() {
        // debates/Session 55 - 2000/KGZ_55_2000.txt and BLR_57_2002.txt
        assertThat(DateReader.documentDate(split("the Declaration adopted by the General Assembly on 15 December 1997, and the ¦ "
                + "Lukashenka, wrote in a letter dated 11 September 2002,"))).isNull();
    }

    @Test
    void readsAnOfficialRecordsImprint() {
        assertThat(DateReader.imprintYear(split("A/79/19 ¦ United Nations ¦ Report of the Special Committee on Peacekeeping Operations ¦ United Nations • New York, 2025")))
                .isEqualTo(2025);
    }

    /** Paragraphs written on one line, separated by "¦". */
    static List<String> split(String paragraphs) {
        return Arrays.stream(paragraphs.split("\\s*¦\\s*")).toList();
    }
}
