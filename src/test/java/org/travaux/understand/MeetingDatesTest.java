package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // seed ga68: the meeting the letter reports on, from the body; the High-level Dialogue "to be convened" is not
            "Letter dated 26 June 2013 from the Permanent Representative of Peru ¦ I have the honour to inform you that the fourth Global Meeting of Chairs and Secretariats of Regional Consultative Processes on Migration was held in Lima on 22 and 23 May 2013, under the theme ¦ In view of the forthcoming second High-level Dialogue on International Migration and Development, to be convened on 3 and 4 October 2013 | 2013-05-22 2013-05-23",
            // seed ecosoc-cpd39: the session the letter is for and the meeting it transmits
            "Commission on Population and Development Thirty-ninth session ¦ 3-7 April 2006 ¦ Item 4 of the provisional agenda* ¦ Letter dated 27 February 2006 ¦ I have the honour to transmit to you herewith the conclusions of the Expert Group Meeting on International Migration and Development in Latin America and the Caribbean, which took place in Mexico City from 30 November to 2 December 2005 (see annex). | 2005-11-30 2005-12-02 2006-04-03 2006-04-07",
            "Commission on Population and Development ¦ Fifty-eighth session ¦ New York, 7–11 April 2025 ¦ Item 4 of the provisional agenda* | 2025-04-07 2025-04-11",
            "Human Rights Council ¦ Forty-eighth session ¦ 13 September–11 October 2021 ¦ Agenda item 10 | 2021-09-13 2021-10-11",
            "Working Party on Rail Transport (Fifty-fifth session, 16-18 October 2001, agenda item 13 ) | 2001-10-16 2001-10-18",
            "Commission de la population et du développement ¦ Trente-neuvième session ¦ 3-7 avril 2006 | 2006-04-03 2006-04-07",
            "Sendai (Japón), 14 a 18 de marzo de 2015 | 2015-03-14 2015-03-18",
            // a budget period and a reporting period are not meetings; a resolution's preamble cites others' meetings
            "Seventy-ninth session ¦ Agenda item 161 ¦ Budget for the United Nations Interim Administration Mission in Kosovo for the period from 1 July 2025 to 30 June 2026 | ",
            "The General Assembly, ¦ Expresses its profound gratitude to Morocco for hosting the Conference, held in Marrakech on 10 and 11 December 2018 | ",
            "Dates des visites sur le terrain : du 25 mars au 15 avril 2025 | ",
    })
    void findsMeetingDates(String paragraphs, String expected) {
        List<LocalDate> want = expected == null ? List.of() : Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
        assertThat(MeetingDates.read(DateReaderTest.split(paragraphs))).isEqualTo(want);
    }

    @Test
    void aClosingPlenaryMeetingIsAMeetingDate() {
        assertThat(MeetingDates.read(DateReaderTest.split("The General Assembly, ¦ 1. Endorses the Global Compact ¦ 60th plenary meeting ¦ 19 December 2018")))
                .containsExactly(LocalDate.of(2018, 12, 19));
    }
}
