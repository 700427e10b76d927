package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.travaux.model.ClauseKind;

class ClauseClassifierTest {
    private final ClauseClassifier classifier = ClauseClassifier.standard();

    @Test
    void aResolutionHasPreambularAndOperativeClauses() {
        // S/RES/2782 (2025), abridged
        List<ClauseClassifier.Clause> c = classifier.classify(List.of(
                input("Resolution 2782 (2025)", 0),
                input("The Security Council,", 0),
                input("Noting with concern that the situation in the Middle East is tense,", 0),
                input("Recalls that UNDOF’s deployment and the 1974 Disengagement of Forces Agreement are steps toward a "
                        + "just and durable peace on the basis of Security Council Resolution 338 (1973),", 0),
                input("Calls upon the parties concerned to implement immediately its resolution 338 (1973);", 1),
                input("Decides to renew the mandate of UNDOF for a period of six months, that is, until 31 December "
                        + "2025, and requests the Secretary-General to ensure that UNDOF has the required capacity:", 1),
                input("the safety of its personnel;", 2)));

        assertThat(c).extracting(ClauseClassifier.Clause::kind).containsExactly(ClauseKind.NARRATIVE,
                ClauseKind.NARRATIVE, ClauseKind.PREAMBULAR, ClauseKind.PREAMBULAR, ClauseKind.OPERATIVE,
                ClauseKind.OPERATIVE, ClauseKind.OPERATIVE);
        assertThat(c).extracting(ClauseClassifier.Clause::verb).containsExactly(null, null, "Noting with concern",
                "Recalls", "Calls upon", "Decides", null);
    }

    @Test
    void aReportThatOpensAParagraphWithRecognizingStaysNarrative() {
        List<ClauseClassifier.Input> report = List.of(
                heading("IV. International migration"),
                input("Recognizing the importance of migration data, the Population Division implemented enhancements to "
                        + "the management of empirical data, documentation and estimation procedures.", 1),
                input("The Population Division released a report on international migration and sustainable development "
                        + "on 18 December 2024, on the occasion of International Migrants Day.", 1));

        assertThat(classifier.resolutionStyle(report)).isFalse();
        assertThat(classifier.classify(report)).extracting(ClauseClassifier.Clause::kind)
                .containsOnly(ClauseKind.NARRATIVE);
        assertThat(classifier.classify(report)).extracting(ClauseClassifier.Clause::verb).containsOnlyNulls();
    }

    @Test
    void aDraftResolutionInsideAReportIsResolutionStyleUntilTheNextHeading() {
        // A/80/141: a report whose annex II holds the draft resolution it recommends
        List<ClauseClassifier.Input> report = List.of(
                input("The present report is submitted pursuant to rule 49 of the rules of procedure.", 1),
                heading("Annex II"),
                annexed("The General Assembly,", 0),
                annexed("Wishing to promote cooperation between the United Nations and the International Centre for "
                        + "Integrated Mountain Development,", 0),
                annexed("Decides to invite the International Centre for Integrated Mountain Development to participate "
                        + "in the sessions and the work of the General Assembly in the capacity of observer;", 1),
                heading("Annex III"),
                annexed("Recognizing the importance of the Centre, the secretariat prepared a memorandum.", 0));

        assertThat(classifier.resolutionStyle(report)).isFalse();

        assertThat(classifier.classify(report)).extracting(ClauseClassifier.Clause::kind).containsExactly(
                ClauseKind.NARRATIVE, ClauseKind.NARRATIVE, ClauseKind.NARRATIVE, ClauseKind.PREAMBULAR,
                ClauseKind.OPERATIVE, ClauseKind.NARRATIVE, ClauseKind.NARRATIVE);
    }

    @Test
    void theNumberedBodyOfACompactAdoptedByAResolutionIsOperative() {
        List<ClauseClassifier.Input> res = List.of(
                input("Resolution adopted by the General Assembly on 19 December 2018", 0),
                input("Endorses the Global Compact for Safe, Orderly and Regular Migration;", 1),
                heading("Annex"),
                new ClauseClassifier.Input("This Global Compact rests on the purposes and principles of the Charter of "
                        + "the United Nations.", 1, false, true),
                new ClauseClassifier.Input("We commit to strengthen the global evidence base on international migration",
                        1, false, true),
                new ClauseClassifier.Input("To realize this commitment, we will draw from the following actions:", 0,
                        false, true),
                new ClauseClassifier.Input("Elaborate and implement a comprehensive strategy for improving migration data;",
                        2, false, true));

        assertThat(classifier.classify(res)).extracting(ClauseClassifier.Clause::kind).containsExactly(
                ClauseKind.NARRATIVE, ClauseKind.OPERATIVE, ClauseKind.NARRATIVE, ClauseKind.OPERATIVE,
                ClauseKind.OPERATIVE, ClauseKind.OPERATIVE, ClauseKind.OPERATIVE);
        assertThat(classifier.classify(res)).extracting(ClauseClassifier.Clause::verb)
                .containsExactly(null, "Endorses", null, null, "We commit", null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text | commitment | recommendation
            "We commit to strengthen the global evidence base on international migration | true | false",
            "To realize this commitment, we will draw from the following actions:     | true  | false",
            "The States parties undertake to respect and to ensure the rights of migrant workers | true | false",
            "Nous nous engageons à renforcer la coopération internationale            | true  | false",
            "Nos comprometemos a fortalecer la cooperación internacional               | true  | false",
            "Remittances should not be viewed as a substitute for development strategies | false | true",
            "The Committee recommends that the General Assembly approve the proposal  | false | true",
            "Encourages Member States to consider ratifying the Convention             | false | true",
            "Il conviendrait que les États renforcent leurs systèmes de données        | false | true",
            // a letter's closing formula recommends nothing
            "I should be grateful if you would have the present letter circulated as a document of the Security Council | false | false",
            "The Population Division prepared the World Fertility Report 2024         | false | false"})
    void flagsCommitmentAndRecommendationLanguage(String text, boolean commitment, boolean recommendation) {
        ClauseClassifier.Clause c = classifier.classify(List.of(input(text, 0))).get(0);

        assertThat(c.commitment()).isEqualTo(commitment);
        assertThat(c.recommendation()).isEqualTo(recommendation);
    }

    private static ClauseClassifier.Input input(String text, int depth) {
        return new ClauseClassifier.Input(text, depth, false, false);
    }

    private static ClauseClassifier.Input annexed(String text, int depth) {
        return new ClauseClassifier.Input(text, depth, false, true);
    }

    private static ClauseClassifier.Input heading(String text) {
        return new ClauseClassifier.Input(text, 0, true, false);
    }
}
