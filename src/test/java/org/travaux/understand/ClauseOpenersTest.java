package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.travaux.model.ClauseKind;

class ClauseOpenersTest {
    private final ClauseOpeners openers = new ClauseOpeners(DataTables.read("clause-verbs.tsv"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // S/RES/2782 (2025) and A/RES/73/195
            "Noting with concern that the situation in the Middle East is tense and is likely to remain so, | PREAMBULAR | Noting with concern",
            "Recalling its resolution 71/1 of 19 September 2016, in which it decided to convene an intergovernmental conference, | PREAMBULAR | Recalling",
            "Having considered the reports of the Secretary-General on the United Nations Disengagement Observer Force, | PREAMBULAR | Having considered",
            "Bearing in mind the purposes and principles of the Charter of the United Nations, | PREAMBULAR | Bearing in mind",
            "Deeply concerned about the situation of migrant workers,                | PREAMBULAR | Deeply concerned",
            // A/HRC/RES/54/2: an adverb inside the opener
            "Guided also by the Universal Declaration of Human Rights,               | PREAMBULAR | Guided by",
            // an opener that is not listed, read from its form
            "Applauding the efforts of the Special Envoy,                           | PREAMBULAR | Applauding",
            "Calls upon the parties concerned to implement immediately its resolution 338 (1973) of 22 October 1973; | OPERATIVE | Calls upon",
            "Also decides to develop a three-year programme of work, to be updated and adopted every year;             | OPERATIVE | Decides",
            "Strongly encourages the main sponsors of initiatives to take into consideration the multiannual programme; | OPERATIVE | Encourages",
            "Takes note of the report of the Secretary-General on the implementation of resolution 78/154;             | OPERATIVE | Takes note",
            "We commit to strengthen the global evidence base on international migration                               | OPERATIVE | We commit",
            // French and Spanish, from S/RES/2205 (2015) and the UNPC resolutions
            "Rappelant sa résolution 2117 (2013), et vivement préoccupé par le fait que le transfert illicite, | PREAMBULAR | Rappelant",
            "Considérant qu’il est essentiel d’encourager le développement de relations amicales entre nations, | PREAMBULAR | Considérant",
            "Prie le Secrétaire général de garder à l'examen les besoins en ressources d'ONU-Habitat         | OPERATIVE  | Prie",
            "Décide également de répartir entre les États Membres pour 2015                                | OPERATIVE  | Décide",
            "Recordando también que en 2015 se celebra el septuagésimo aniversario del fin de la Segunda Guerra Mundial, | PREAMBULAR | Recordando",
            "Decide aprobar el reglamento del Premio Nelson Rolihlahla Mandela de las Naciones Unidas        | OPERATIVE  | Decide"})
    void readsTheVerbThatOpensAClause(String text, ClauseKind kind, String verb) {
        ClauseOpeners.Opener opener = openers.find(text).orElseThrow();

        assertThat(opener.kind()).isEqualTo(kind);
        assertThat(opener.verb()).isEqualTo(verb);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Population Division of the Department of Economic and Social Affairs is responsible",
            "Notwithstanding the above, the meeting continued.",
            "Decisions taken at the fifty-seventh session are listed in annex II."})
    void narrativeTextHasNoOpener(String text) {
        assertThat(openers.find(text)).isEmpty();
    }
}
