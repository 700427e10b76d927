package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.travaux.model.ClauseKind;
import org.travaux.model.FollowUpRequest;

/** Requests of real operative paragraphs of ../shared/corpus/resolutions and the UN Parallel Corpus. */
class FollowUpRequestsTest {
    private static final FollowUpRequests READER = FollowUpRequests.standard();

    /** operative paragraph => the requests as kind@session/year ("-" when not stated), ';' between; "" for none. */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "Requests the Secretary-General to submit to the General Assembly at its eightieth session an"
                    + " action-oriented report on the implementation of the present resolution, and decides to include"
                    + " in the provisional agenda of its eightieth session the item entitled “Agriculture development,"
                    + " food security and nutrition”. => report@80",
            "Further requests the Secretary-General to present to the Council a further review of UNMHA, at least"
                    + " one month before UNMHA’s mandate is due to expire; => report@-;review@-",
            "Requests the Secretary-General to convene, in 2025, up to two meetings of the Ad Hoc Working Group of"
                    + " the Whole of no more than two days of total duration each; => meeting@2025",
            "Also requests the High Commissioner to provide it, within the framework of an interactive dialogue with"
                    + " the participation of the independent human rights expert, with an interim report on the"
                    + " situation of human rights in Haiti for its consideration at its fifty-fourth session and a"
                    + " comprehensive report on the subject for its consideration at its fifty-fifth session;"
                    + " => report@54;report@55",
            "Requests the Special Rapporteur of the Human Rights Council on violence against women, its causes and"
                    + " consequences to submit an annual report to the General Assembly at its seventy-sixth and"
                    + " seventy-seventh sessions; => report@76;report@77",
            "Requests the Human Rights Council Advisory Committee to conduct a study on the role of technical"
                    + " assistance and capacity-building in fostering mutually beneficial cooperation in promoting and"
                    + " protecting human rights, and to submit a report thereon to the Human Rights Council before its"
                    + " forty-third session. => report@43;study@-",
            "Requests the secretariat of the Regular Process to compile, subject to budgetary considerations, an"
                    + " inventory of available information on recent and ongoing assessments and other processes at the"
                    + " regional and global levels relevant to the Regular Process, and requests the secretariat to"
                    + " submit it to the Bureau of the Ad Hoc Working Group of the Whole by the end of February 2016;"
                    + " => report@2016",
            "Requests the Secretary-General to report to the Council at its 2025 session on progress achieved in"
                    + " implementing resolution 2013/12 => report@2025",
            "Requests the Secretary-General to provide the assistance necessary to the Special Rapporteur to fulfil"
                    + " the mandate, in particular by placing adequate human and material resources at his or her"
                    + " disposal; => ``",
            "Requests the Secretary-General to make appropriate secretariat arrangements; => ``",
            // a request made before is no request ("upon the Committee's request")
            "To assist the Committee with its analysis of non-compliance with the measures referred to in paragraph 1"
                    + " of this resolution by collating information collected from Member States and submitting case"
                    + " studies, both on its own initiative and upon the Committee’s request, to the Committee for its"
                    + " review; => ``",
            // a title in quotation marks names an agenda item, it asks for nothing
            "Requests the Secretary-General to submit to the Council at its 2024 session, under the sub-item entitled"
                    + " “Review and coordination of the implementation of the Doha Programme of Action for the Least"
                    + " Developed Countries” of the item entitled “Implementation of and follow-up to major United"
                    + " Nations conferences and summits”, a progress report on the implementation of the Doha Programme"
                    + " of Action. => report@2024",
            "Requests the Secretary-General, following consultations with the FGS to undertake a strategic review of"
                    + " UNSOM to include recommendations for clearly defined, measurable and realistic benchmarks to"
                    + " track UNSOM’s timely execution and achievement of its mandate and to report to the Security"
                    + " Council by 30 September 2022; => report@2022;review@-",
            // French and Spanish (UN Parallel Corpus)
            "Prie en outre le Secrétaire général de lui rendre compte de l'application de la présente résolution et"
                    + " de continuer de lui faire rapport sur l'évolution de la situation au Yémen => report@-",
            "Solicita a la Comisión que, por conducto del Consejo Económico y Social, la informe en su septuagésimo"
                    + " período de sesiones sobre los progresos realizados => report@70",
    })
    void anOperativeParagraphsRequestsAndWhenTheyAreDue(String paragraph, String expected) {
        List<String> requests = READER.read(paragraph, ClauseKind.OPERATIVE).stream().map(FollowUpRequestsTest::brief)
                .toList();
        assertThat(String.join(";", requests)).isEqualTo(expected);
    }

    @Test
    void theDuePhraseIsKeptAsPrinted() {
        List<FollowUpRequest> r = READER.read("Requests the Secretary-General to submit to the General Assembly at its"
                + " eightieth session an action-oriented report", ClauseKind.OPERATIVE);
        assertThat(r).containsExactly(new FollowUpRequest("report", "at its eightieth session", 80, null));
    }

    @Test
    void onlyOperativeParagraphsRequest() {
        assertThat(READER.read("Recalling that it requested the Secretary-General to submit a report at its"
                + " seventy-fifth session,", ClauseKind.PREAMBULAR)).isEmpty();
    }

    @Test
    void aYearThatIsNoDueDateIsLeftOut() {
        assertThat(READER.read("Requests the Secretary-General to report on progress in the 2030 Agenda",
                ClauseKind.OPERATIVE)).containsExactly(new FollowUpRequest("report", null, null, null));
    }

    @Test
    void aBadTableRowIsRefused() {
        assertThatThrownBy(() -> new FollowUpRequests(List.<String[]>of(new String[] {"memo", "en", "memo"})))
                .hasMessageContaining("unknown role 'memo'");
    }

    private static String brief(FollowUpRequest r) {
        String due = r.session() != null ? r.session().toString() : r.year() != null ? r.year().toString() : "-";
        return r.kind() + "@" + due;
    }
}
