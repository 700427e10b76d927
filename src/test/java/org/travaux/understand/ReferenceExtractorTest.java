package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.travaux.model.DocumentSymbol;
import org.travaux.model.Reference;
import org.travaux.understand.ReferenceExtractor.CitingContext;

/** References in real paragraphs of ../shared/corpus/resolutions and the seeds, with the citing document's symbol. */
class ReferenceExtractorTest {
    private static final ReferenceExtractor EXTRACTOR = ReferenceExtractor.standard();

    /** citing symbol ("-": none) => paragraph => the symbols cited, in order, ';' between. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            // Seed ga68-letter-peru…: the Assembly's resolutions, in a letter without a symbol of its own.
            "- => In view of the forthcoming second High-level Dialogue on International Migration and Development,"
                    + " to be convened on 3 and 4 October 2013, and the call by the General Assembly, in its"
                    + " resolutions 65/170 and 67/219, for Member States to contribute to the High-level Dialogue"
                    + " => A/RES/65/170;A/RES/67/219",
            "- => * A/68/50. => A/68/50",
            "A/RES/73/195 => Recalling its resolution 71/1 of 19 September 2016, in which it decided to convene an"
                    + " intergovernmental conference to adopt a global compact for safe, orderly and regular"
                    + " migration, as well as its resolutions 71/280 of 6 April 2017, 72/244 of 24 December 2017 and"
                    + " 72/308 of 6 August 2018, => A/RES/71/1;A/RES/71/280;A/RES/72/244;A/RES/72/308",
            "A/RES/73/195 => [without reference to a Main Committee (A/73/L.66)] => A/73/L.66",
            "A/RES/55/20 => Concerned that, since the adoption of its resolutions 47/19, 48/16, 49/9, 50/10, 51/17,"
                    + " 52/10, 53/4 and 54/21, further measures of that nature"
                    + " => A/RES/47/19;A/RES/48/16;A/RES/49/9;A/RES/50/10;A/RES/51/17;A/RES/52/10;A/RES/53/4;"
                    + "A/RES/54/21",
            "A/RES/35/201 => Recalling its resolutions 3535 (XXX) of 17 December 1975, 31/139 of 16 December 1976,"
                    + " 33/115 A to C of 18 December 1978 => A/RES/3535 (XXX);A/RES/31/139;A/RES/33/115 A",
            "A/RES/68/15 => Recalling the advisory opinion rendered on 9 July 2004 by the International Court of"
                    + " Justice, and also recalling General Assembly resolution ES-10/15 of 20 July 2004,"
                    + " => A/RES/ES-10/15",
            "S/RES/2782 (2025) => Having considered the reports of the Secretary-General on the United Nations"
                    + " Disengagement Observer Force (UNDOF) of 12 March 2025 (S/2025/154) and 3 June 2025"
                    + " (S/2025/350), and also reaffirming its resolution 1308 (2000) of 17 July 2000,"
                    + " => S/2025/154;S/2025/350;S/RES/1308 (2000)",
            "A/RES/77/10 => the Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253"
                    + " (2015) => S/RES/1267 (1999);S/RES/1989 (2011);S/RES/2253 (2015)",
            "A/HRC/RES/15/5 => Taking into account also Commission on Human Rights resolution 2005/66 of 20 April"
                    + " 2005, Council decision 2/105 of 27 November 2006, Council resolutions 9/11 of 24 September"
                    + " 2008 and 12/12 of 1 October 2009,"
                    + " => E/CN.4/RES/2005/66;A/HRC/DEC/2/105;A/HRC/RES/9/11;A/HRC/RES/12/12",
            "A/HRC/RES/35/29 => as well as resolution 68/272 of 19 May 2014, in which the Assembly welcomed the"
                    + " contribution of the Inter-Parliamentary Union => A/RES/68/272",
            "A/HRC/RES/45/6 => recalling all Commission on Human Rights resolutions on the right to development,"
                    + " including resolutions 1998/72 of 22 April 1998 and 2004/7 of 13 April 2004"
                    + " => E/CN.4/RES/1998/72;E/CN.4/RES/2004/7",
            "A/RES/78/229 => Welcoming also Economic and Social Council resolution 2017/19 of 6 July 2017 on"
                    + " promoting => E/RES/2017/19",
            "E/CN.9/2013/1 => In accordance with Council decision 2005/213, the Commission, immediately following"
                    + " the closure of its forty-fifth session => E/DEC/2005/213",
            "E/RES/1818 (LV) => _Recalling_ its resolution 1756 (LIV) of 16 May 1973, in which the Secretary-General"
                    + " => E/RES/1756 (LIV)",
            "A/RES/3357 (XXIX) => in accordance with the decision in paragraph 5 of General Assembly resolution 3042"
                    + " (XXVII) => A/RES/3042 (XXVII)",
            "A/RES/217 (III) => Having considered resolution 155 (VII) of the Economic and Social Council of 13"
                    + " August 1948 on advisory social welfare services, => E/RES/155 (VII)",
            "UNEP/EA.2/Res.14 => Stresses its commitment to implementing fully and without delay the commitments"
                    + " undertaken in United Nations Environment Assembly resolution 1/3 and General Assembly"
                    + " resolution 69/314; => UNEP/EA.1/Res.3;A/RES/69/314",
            "UNEP/EA.5/Res.11 => Recalling its resolution 4/1 on innovative pathways to achieve sustainable"
                    + " consumption and production => UNEP/EA.4/Res.1",
            // Named instruments through instruments.tsv.
            "A/RES/73/195 => We, the Heads of State and Government and High Representatives, meeting in Morocco on"
                    + " 10 and 11 December 2018, reaffirming the New York Declaration for Refugees and Migrants and"
                    + " determined to make an important contribution to enhanced cooperation on international"
                    + " migration in all its dimensions, have adopted this Global Compact for Safe, Orderly and"
                    + " Regular Migration: => A/RES/71/1",
            "A/RES/76/7 => We recall the Global Compact for Safe, Orderly and Regular Migration and the Global"
                    + " Compact on Refugees => A/RES/73/195;A/73/12 (Part II)",
            "A/HRC/RES/32/19 => Reaffirming the Vienna Declaration and Programme of Action, the Declaration on the"
                    + " Elimination of Violence against Women, the Beijing Declaration and Platform for Action and"
                    + " the Programme of Action of the International Conference on Population and Development"
                    + " => A/CONF.157/23;A/RES/48/104;A/CONF.177/20;A/CONF.171/13",
            "A/HRC/RES/36/5 => Reaffirming the Universal Declaration of Human Rights, which proclaims that all human"
                    + " beings are born free and equal in dignity and rights => A/RES/217 (III)",
            "A/RES/77/246 => Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda"
                    + " of the Third International Conference on Financing for Development => A/RES/69/313",
            "A/RES/70/125 => technologies to achieve the 2030 Agenda for Sustainable Development => A/RES/70/1",
            "A/RES/70/130 => parties to the International Convention on the Protection of the Rights of All Migrant"
                    + " Workers and Members of Their Families to take note of => A/RES/45/158",
    })
    void extractsEveryReference(String citing, String text, String expected) {
        CitingContext ctx = CitingContext.of(citing.equals("-") ? null : SymbolParser.parse(citing).orElseThrow());
        assertThat(EXTRACTOR.extract("p1", text, ctx)).extracting(Reference::symbol)
                .containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    /** What looks like a citation but has no UN symbol, or names a text that did not exist yet. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " => ", value = {
            "A/RES/76/148 => information on the progress made and challenges in the implementation of Commission on"
                    + " the Status of Women resolutions 49/7 of 11 March 2005",
            "E/RES/2021/10 => including the Connect 2030 Agenda for Global Telecommunication/Information and"
                    + " Communication Technology",
            "S/RES/2231 (2015) => to terminate all provisions of Council Decision 2010/413/CFSP (as subsequently"
                    + " amended)",
            "A/HRC/RES/56/17 => African Commission on Human and Peoples’ Rights resolution 91 and decisions"
                    + " 250/2002, 275/2003 and 428/12",
            "A/RES/71/1 => We commit to launching, in 2016, a process of intergovernmental negotiations leading to"
                    + " the adoption of a global compact for safe, orderly and regular migration",
            "A/RES/78/160 => mandating a concise, action-oriented outcome document entitled"
                    + " “A Pact for the Future”",
            "ECE/CP.TEIA/44 => The Conference adopted decision 2022/1 on strengthening Natech risk management",
            "A/RES/46/232 => Taking note of decision 92/11 of 14 February 1992 of the Governing Council of the"
                    + " United Nations Development Programme",
            "A/RES/73/195 => 73/195. Global Compact for Safe, Orderly and Regular Migration",
    })
    void leavesAloneWhatIsNotACitation(String citing, String text) {
        CitingContext ctx = CitingContext.of(SymbolParser.parse(citing).orElseThrow());
        assertThat(EXTRACTOR.extract("p1", text, ctx)).isEmpty();
    }

    @Test
    void referencesCarryTheParagraphAndAShortContext() throws IOException {
        String letter = Files.readString(Path.of("corpus", "ga68-letter-peru-rcp-global-meeting-migration-2013.txt"));
        String paragraph = Arrays.stream(letter.split("\\n\\s*\\n")).filter(p -> p.contains("65/170")).findFirst()
                .orElseThrow();
        List<Reference> refs = EXTRACTOR.extract("2", paragraph, CitingContext.of(null));
        assertThat(refs).extracting(Reference::symbol).containsExactly("A/RES/65/170", "A/RES/67/219");
        assertThat(refs).allSatisfy(r -> {
            assertThat(r.paragraphId()).isEqualTo("2");
            assertThat(r.context()).contains(r.symbol().substring("A/RES/".length())).doesNotContain("  ", "\n");
            assertThat(r.context().length()).isBetween(60, 140);
        });
    }

    @Test
    void noDuplicatesNorSelfReferences() {
        String text = "Recalling its resolution 73/195 and resolution 70/1, the 2030 Agenda for Sustainable Development"
                + " (A/RES/70/1), and the joint letter A/79/716-S/2025/18 and S/2025/18";
        List<Reference> refs = EXTRACTOR.extract("p9", text,
                CitingContext.of(new DocumentSymbol("A/79/716-S/2025/18")));
        assertThat(refs).extracting(Reference::symbol).containsExactly("A/RES/73/195", "A/RES/70/1");
        CitingContext compact = CitingContext.of(new DocumentSymbol("A/RES/73/195"));
        assertThat(EXTRACTOR.extract("p1", "its resolution 73/195", compact)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"A/RES/73/195, A", "A/73/L.66, A", "A/HRC/RES/36/5, A/HRC", "S/RES/2782 (2025), S", "E/RES/2006/2, E",
            "E/CN.9/2006/5, E/CN.9", "UNEP/EA.4/Res.1, UNEP/EA", "HSP/HA.2/Res.1, HSP/HA", "ECE/TRANS/344, ECE",
            "A/79/716-S/2025/18, A"})
    void theRootOfACitingDocumentComesFromItsSymbol(String symbol, String root) {
        assertThat(CitingContext.of(new DocumentSymbol(symbol)).root()).isEqualTo(root);
    }

    @Test
    void theAliasTableMustNameValidSymbols() {
        List<String[]> rows = List.<String[]>of(new String[] {"Some Declaration", "12/2005"});
        assertThatThrownBy(() -> new ReferenceExtractor(rows))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Some Declaration");
    }
}
