package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.travaux.model.CitationType;
import org.travaux.model.DocumentSymbol;
import org.travaux.model.Reference;
import org.travaux.understand.ReferenceExtractor.CitingContext;

/** Citation types of real paragraphs of ../shared/corpus (resolutions, reports and the UN Parallel Corpus). */
class CitationTyperTest {
    private static final CitationTyper TYPER = CitationTyper.standard();

    /** paragraph => the cited number or symbol as written (its first occurrence) => the type. */
    @ParameterizedTest(name = "{2}: {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            // recalls
            "Recalling its resolution 70/293 of 25 July 2016 on the Third Industrial Development Decade for Africa"
                    + " (2016–2025), in which it underlined the need for the African continent to take urgent action"
                    + " => 70/293 => recalls",
            "Recalling that, in its resolution 71/313 of 6 July 2017, the General Assembly urged that communication and"
                    + " coordination => 71/313 => recalls",
            "Recalls its resolutions expressing support for staff mobility in the Organization, in particular section"
                    + " IV of its resolution 67/255, and welcomes the efforts made by the Secretary-General"
                    + " => 67/255 => recalls",
            // reaffirms
            "Reaffirming its resolution 74/114 of 16 December 2019, => 74/114 => reaffirms",
            "Reaffirms its resolution 1373 (2001) and in particular its decisions that all States shall prevent and"
                    + " suppress the financing of terrorist acts => 1373 (2001) => reaffirms",
            // takes_note
            "Takes note of the report of the Independent Expert issued in accordance with Human Rights Council"
                    + " resolution 42/12, and encourages Member States => 42/12 => pursuant_to",
            "Taking note of Economic and Social Council resolution 2009/30 of 31 July 2009 regarding the"
                    + " strengthening => 2009/30 => takes_note",
            "Taking note of Human Rights Council resolution 11/2 of 17 June 2009 on accelerating efforts"
                    + " => 11/2 => takes_note",
            "Takes note with appreciation of the report of the Secretary-General, entitled “Inclusive development"
                    + " for and with persons with disabilities”, on the implementation of General Assembly resolution"
                    + " 77/189; => 77/189 => takes_note",
            "Noting General Assembly resolution 76/300 of 28 July 2022 on the human right to a clean, healthy and"
                    + " sustainable environment => 76/300 => takes_note",
            "Noting with appreciation resolution 73/328 of 25 July 2019 on promoting interreligious and intercultural"
                    + " dialogue => 73/328 => takes_note",
            // the report of a meeting: "took note" is the meeting's own act
            "The Committee took note of the programme of work and biennial evaluation for 2022–2023"
                    + " (ECE/TRANS/SC.3/2021/12), adopted by SC.3 => ECE/TRANS/SC.3/2021/12 => takes_note",
            // welcomes
            "Welcoming also Human Rights Council resolution 33/25 of 30 September 2016, in which the Council amended"
                    + " the mandate of the Expert Mechanism => 33/25 => welcomes",
            "Welcomes and urges the full implementation of General Assembly resolution 70/125; => 70/125 => welcomes",
            "Welcoming the extension by the General Assembly, in its resolution 76/202 of 17 December 2021, of the"
                    + " mandate of the 10-Year Framework => 76/202 => welcomes",
            // endorses
            "Endorses Economic and Social Council resolution 1991/38, which calls on the Commission on Narcotic"
                    + " Drugs to give policy guidance => 1991/38 => endorses",
            "Endorses the recommendation of the Economic and Social Council in its resolution 1989/50 that an ad hoc"
                    + " working group of the Commission for Social Development be convened => 1989/50 => endorses",
            // pursuant_to
            "The present report is submitted pursuant to General Assembly resolution 73/195, in which the Assembly"
                    + " endorsed the Global Compact for migration. => 73/195 => pursuant_to",
            "Takes note of the report of the Secretary-General submitted pursuant to resolution 75/100;"
                    + " => 75/100 => pursuant_to",
            "Decides, in follow-up to its resolution 63/219, to convene the one-day high-level meeting"
                    + " => 63/219 => pursuant_to",
            "At the 8th plenary meeting of its first regular session of 1982, on 15 April 1982, the Council, in"
                    + " pursuance of General Assembly resolution 35/219 A of 17 December 1980, decided"
                    + " => 35/219 A => pursuant_to",
            "Notes with appreciation the action taken by the Secretary-General in compliance with General Assembly"
                    + " resolution 37/86 B => 37/86 B => pursuant_to",
            // requests_report
            "Requests the Executive Director to report to the Governing Council at its twenty-fifth session on the"
                    + " implementation by the United Nations Human Settlements Programme of General Assembly"
                    + " resolution 67/226 => 67/226 => requests_report",
            "Requests the Secretary-General to report to the Council at its 2025 session on progress achieved in"
                    + " implementing resolution 2013/12, under the sub-item => 2013/12 => requests_report",
            "requests the Secretary-General to include, in his report on the implementation of Assembly resolution"
                    + " 67/226 => 67/226 => requests_report",
            // decides
            "Decides to review progress in implementing the present resolution and resolution 67/290 on the format"
                    + " and organizational aspects of the high-level political forum => 67/290 => decides",
            "Decides that the present resolution shall supplement its resolution 60/251; => 60/251 => decides",
            "Decides to apportion among Member States the amount of 17,661,466 dollars for the period from 1 July to"
                    + " 31 December 2024, in accordance with the levels updated in its resolution 76/239"
                    + " => 76/239 => pursuant_to",
            "Decide que, de conformidad con lo dispuesto en su resolución 973 (X), de 15 de diciembre de 1955, se"
                    + " => 973 (X) => pursuant_to",
            // refers_to: no verb of this paragraph carries the reference
            "In its resolution 1977 (2011), the Security Council decided to extend the mandate => 1977 (2011)"
                    + " => refers_to",
            "Bearing in mind its resolution 49/31 of 9 December 1994 on the protection and security of small States"
                    + " => 49/31 => refers_to",
            "This is in response to the General Assembly’s request for nationalization (see resolution 76/274, para."
                    + " 34). => 76/274 => pursuant_to",
            // a document named as the origin of something else, or as a frame, is referred to
            "the Counter-Terrorism Committee established pursuant to Security Council resolution 1373 (2001) is giving"
                    + " to other Members of the Organization. => 1373 (2001) => refers_to",
            "to protect and promote democracy, the rule of law, social inclusion, inclusive economic growth,"
                    + " sustainable development and the advancement of gender equality and the empowerment of women and"
                    + " girls, in the context of the 2030 Agenda for Sustainable Development => 2030 Agenda => refers_to",
            // what the document itself contains or decided keeps the verb
            "Noting also the convening of the United Nations Conference to Support the Implementation of Sustainable"
                    + " Development Goal 14, as decided by the General Assembly in its resolutions 70/226 of 22 December"
                    + " 2015 and 70/303 => 70/226 => takes_note",
            "Reaffirming the human right of everyone to be recognized everywhere as a person before the law, which is"
                    + " enshrined in, inter alia, the Universal Declaration of Human Rights, the International Covenant"
                    + " on Civil and Political Rights => International Covenant => reaffirms",
            "Recalling the New York Declaration for Refugees and Migrants, adopted by resolution 71/1 of 19 September"
                    + " 2016, => 71/1 => recalls",
            "In keeping with paragraph 10 of General Assembly resolution 77/267, the part consisting of the programme"
                    + " plan => 77/267 => pursuant_to",
            "including the second International Law Seminar for African Universities, to be held in Ethiopia in 2024"
                    + " in furtherance of paragraph 20 of its resolution 71/139 => 71/139 => pursuant_to",
            // after a comma, a verb of no type starts a new predicate; without one it shares or describes the object
            "Welcomes the appointment of Virginia Gamba as the Special Representative of the Secretary-General for"
                    + " Children and Armed Conflict, pursuant to General Assembly resolutions 51/77 and 60/231 of 23\u00A0"
                    + "December 2005, and recognizes the progress achieved since the establishment of the mandate of the"
                    + " Special Representative, as extended by the Assembly in its resolution 69/157; => 69/157"
                    + " => refers_to",
            "Encourages all relevant United Nations mechanisms and processes, in accordance with their respective"
                    + " mandates, including the Commission on the Status of Women, the Conference of States Parties to the"
                    + " Convention on the Rights of Persons with Disabilities, the Open-ended Working Group on Ageing and"
                    + " the 2030 Agenda for Sustainable Development, including the high-level political forum on"
                    + " sustainable development, to further enhance the participation of national human rights institutions compliant with the Paris Principles and to allow for their"
                    + " contribution to these United Nations mechanisms and processes, bearing in mind the relevant"
                    + " provisions dealing with their participation contained in General Assembly resolution 60/251"
                    + " of 15 March 2006 => 60/251 => refers_to",
            "Taking note of the final report (S/2024/432) of the Group of Experts on the DRC established pursuant to"
                    + " resolution 1533 (2004) and extended pursuant to resolutions 1807 (2008), 1857 (2008) => 1857"
                    + " => refers_to",
            // a new sentence starts a new clause (and a past tense narrates, it does not recall)
            "Introducing the report of the Executive Director on the review of the governance structure of UN-Habitat"
                    + " (HSP/GC/25/2/Add.1), the Deputy Executive Director recalled that no consensus had been reached on"
                    + " governance reform at the twenty-fourth session of the Governing Council. Subsequently, the"
                    + " General Assembly had, through resolution 68/239, encouraged the Committee => 68/239"
                    + " => refers_to",
            // French and Spanish (UN Parallel Corpus)
            "Rappelant sa résolution 2117 (2013), et vivement préoccupé par le => 2117 (2013) => recalls",
            "Recordando su resolución 1970 (2011) y todas sus resoluciones posteriores => 1970 (2011) => recalls",
            "Prenant note également de la résolution 263, en date du 5 novembre 2013 => 263 => takes_note",
            "Ces fonctions ont été officiellement reconnues par le Conseil économique et social dans sa résolution"
                    + " 1576 (L) du 20 mai 1971 => 1576 (L) => refers_to",
            "de conformidad con el mandato del Grupo de Expertos enunciado en el párrafo 26 de la resolución 1874"
                    + " (2009), => 1874 (2009) => pursuant_to",
            "le développement présenté ci-dessous a été établi sur la base des mandats existants, en application de"
                    + " la résolution 1894 (LVII) du Conseil économique et social => 1894 (LVII) => pursuant_to",
    })
    void theVerbThatCarriesAReferenceDecidesItsType(String paragraph, String cited, String type) {
        int at = paragraph.indexOf(cited);
        assertThat(at).as("'%s' is in the paragraph", cited).isGreaterThanOrEqualTo(0);
        assertThat(TYPER.type(paragraph, at)).isEqualTo(CitationType.fromValue(type));
    }

    /** Openers of real French and Spanish paragraphs (UN Parallel Corpus), typed as a reference following them. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiterString = " => ", value = {
            "2. Se félicite de l'évaluation => welcomes",
            "Se félicitant que le Secrétaire général entende suivre de près toutes les activités => welcomes",
            "2. Acoge con beneplácito las actividades relacionadas con el agua emprendidas por los Estados Miembros"
                    + " => welcomes",
    })
    void frenchAndSpanishOpenersAreRead(String paragraph, String type) {
        assertThat(TYPER.type(paragraph, paragraph.length())).isEqualTo(CitationType.fromValue(type));
    }

    @Test
    void everyItemOfAListIsTypedByTheVerbBeforeTheList() {
        List<Reference> refs = ReferenceExtractor.standard().extract("3", "Recalling its resolutions 65/170 of 20"
                + " December 2010 and 67/219 of 21 December 2012, and taking note of the report of the"
                + " Secretary-General (A/68/190),", CitingContext.of(new DocumentSymbol("A/RES/69/229")));
        assertThat(refs).extracting(Reference::symbol, Reference::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A/RES/65/170", CitationType.RECALLS),
                org.assertj.core.groups.Tuple.tuple("A/RES/67/219", CitationType.RECALLS),
                org.assertj.core.groups.Tuple.tuple("A/68/190", CitationType.TAKES_NOTE));
    }

    @Test
    void aLongListKeepsItsVerbToTheLastItemAndPastATitle() {
        // A/RES/75/206, preamble: the second list follows a quoted title and "as well as"
        List<Reference> refs = ReferenceExtractor.standard().extract("p4", "Recalling its resolutions 55/186 of 20"
                + " December 2000 and 56/181 of 21 December 2001, entitled “Towards a strengthened and stable"
                + " international financial architecture responsive to the priorities of growth and development”, as"
                + " well as its resolutions 57/241 of 20 December 2002, 58/202 of 23 December 2003 and 74/202 of 19"
                + " December 2019,", CitingContext.of(new DocumentSymbol("A/RES/75/206")));
        assertThat(refs).hasSize(5).allSatisfy(r -> assertThat(r.type()).isEqualTo(CitationType.RECALLS));
    }

    @Test
    void theNearestPhraseWins() {
        String p = "Takes note of the report of the Secretary-General submitted pursuant to resolution 73/195 and"
                + " recalls resolution 70/1;";
        assertThat(TYPER.type(p, p.indexOf("73/195"))).isEqualTo(CitationType.PURSUANT_TO);
        assertThat(TYPER.type(p, p.indexOf("70/1"))).isEqualTo(CitationType.RECALLS);
        assertThat(TYPER.type(p, p.indexOf("report"))).isEqualTo(CitationType.TAKES_NOTE);
    }

    @Test
    void aTitleInQuotationMarksIsNotTheCitingParagraphsOwnWords() {
        // constructed from A/RES/57/144, para. 9, with a reference added inside the title
        String p = "Decides to include in the provisional agenda of its fifty-eighth session the item entitled"
                + " “Follow-up to the outcome of the Millennium Summit, in accordance with resolution 55/2”.";
        assertThat(TYPER.type(p, p.indexOf("55/2"))).isEqualTo(CitationType.DECIDES);
        String after = "Recalling its resolution 70/1, entitled “Welcoming the 2030 Agenda”, and resolution 70/2,";
        assertThat(TYPER.type(after, after.indexOf("70/2"))).isEqualTo(CitationType.RECALLS);
    }

    @Test
    void aSemicolonEndsTheClause() {
        String p = "Recalls its resolution 73/195; resolution 74/100 is not recalled here";
        assertThat(TYPER.type(p, p.indexOf("74/100"))).isEqualTo(CitationType.REFERS_TO);
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        String p = "Recalling paras. 5 and 6 of the report (A/74/100, Vol. I), and its resolution 73/195,";
        assertThat(TYPER.type(p, p.indexOf("73/195"))).isEqualTo(CitationType.RECALLS);
    }

    @Test
    void aPhraseWithAGapSpansAFewWordsOnly() {
        assertThat(Phrases.compile("requests ... report").matcher("requests the Secretary-General to submit"
                + " to the Assembly at its seventy-fifth session a report").find()).isTrue();
        assertThat(Phrases.compile("requests|request ... report").matcher("requests" + " word".repeat(30)
                + " report").find()).isFalse();
        assertThat(Phrases.compile("takes|taking note").matcher("undertakes note").find()).isFalse();
    }

    @Test
    void aBadTableRowIsRefused() {
        assertThatThrownBy(() -> new CitationTyper(List.<String[]>of(new String[] {"praises", "en", "praising"})))
                .hasMessageContaining("praises");
        assertThatThrownBy(() -> new CitationTyper(List.<String[]>of(new String[] {"recalls", "en"})))
                .hasMessageContaining("type, language and phrase");
        assertThatThrownBy(() -> TYPER.type("short", 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
