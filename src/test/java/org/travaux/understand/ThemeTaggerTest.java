package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.travaux.model.ThemeScore;

/**
 * Theme tags of real paragraphs from UN documents (sources in the comments). The corpus-wide checks at the end
 * read ../shared/corpus and skip, saying why, where it is absent.
 */
class ThemeTaggerTest {
    private static final ThemeTagger TAGGER = ThemeTagger.standard();

    /** Paragraph → migration themes it must get, and migration themes it must not get. */
    static Stream<Arguments> englishParagraphs() {
        return Stream.of(
                // A/RES/73/195, the Global Compact for Migration, objectives 6, 9, 13, 16, 18, 19, 20 and 21
                arguments("22. We commit to review existing recruitment mechanisms to guarantee that they are fair and "
                        + "ethical, and to protect all migrant workers against all forms of exploitation and abuse in "
                        + "order to guarantee decent work and maximize the socioeconomic contributions of migrants in "
                        + "both their countries of origin and destination.",
                        "migrant-workers", "remittances diaspora"),
                arguments("25. We commit to intensify joint efforts to prevent and counter smuggling of migrants by "
                        + "strengthening capacities and international cooperation to prevent, investigate, prosecute and "
                        + "penalize the smuggling of migrants in order to end the impunity of smuggling networks.",
                        "trafficking-smuggling", "refugees-asylum"),
                arguments("29. We commit to ensure that any detention in the context of international migration follows "
                        + "due process, is non-arbitrary, is based on law, necessity, proportionality and individual "
                        + "assessments, is carried out by authorized officials and is for the shortest possible period of "
                        + "time, irrespective of whether detention occurs at the moment of entry, in transit or in "
                        + "proceedings of return, and regardless of the type of place where the detention occurs.",
                        "migrant-rights", "migrant-workers"),
                arguments("32. We commit to foster inclusive and cohesive societies by empowering migrants to become "
                        + "active members of society and promoting the reciprocal engagement of receiving communities "
                        + "and migrants in the exercise of their rights and obligations towards each other, including "
                        + "observance of national laws and respect for customs of the country of destination.",
                        "integration-xenophobia", "remittances"),
                arguments("34. We commit to invest in innovative solutions that facilitate mutual recognition of "
                        + "skills, qualifications and competences of migrant workers at all skills levels, and promote "
                        + "demand-driven skills development to optimize the employability of migrants in formal labour "
                        + "markets in countries of destination and in countries of origin upon return, as well as to "
                        + "ensure decent work in labour migration.",
                        "skilled-migration migrant-workers", "remittances"),
                arguments("35. We commit to empower migrants and diasporas to catalyse their development contributions, "
                        + "and to harness the benefits of migration as a source of sustainable development, reaffirming "
                        + "that migration is a multidimensional reality of major relevance to the sustainable development "
                        + "of countries of origin, transit and destination.",
                        "diaspora migration-development", "refugees-asylum"),
                arguments("36. We commit to promote faster, safer and cheaper remittances by further developing existing "
                        + "conducive policy and regulatory environments that enable competition, regulation and "
                        + "innovation on the remittance market and by providing gender-responsive programmes and "
                        + "instruments that enhance the financial inclusion of migrants and their families.",
                        // "financial inclusion" is not the inclusion of migrants in society
                        "remittances gender", "integration-xenophobia"),
                arguments("37. We commit to facilitate and cooperate for safe and dignified return and to guarantee due "
                        + "process, individual assessment and effective remedy, by upholding the prohibition of "
                        + "collective expulsion and of returning migrants when there is a real and foreseeable risk of "
                        + "death, torture and other cruel, inhuman and degrading treatment or punishment.",
                        "return-reintegration", "remittances"),
                // A/RES/77/177 (least developed countries), preamble
                arguments("Recognizing further the contributions of migrants in mitigating the effects of the COVID-19 "
                        + "pandemic in both their countries of origin and destination, noting with concern the "
                        + "significant socioeconomic consequences that the COVID-19 pandemic has had on migrant workers "
                        + "and refugees from the least developed countries, including those in the low-wage informal "
                        + "economy, and noting with concern that the prospects of upward growth rate of remittances are "
                        + "likely to moderate in 2022 in many countries,",
                        "health migrant-workers refugees-asylum remittances", "diaspora"),
                // A/RES/79/156 (UNHCR), operative 64
                arguments("64. Encourages States and the Office of the High Commissioner, within its protection "
                        + "mandate, to improve the resilience of both forcibly displaced persons and their host "
                        + "communities in the context of adverse effects of climate change and disasters through enhanced "
                        + "strategic partnerships, including with support from donors;",
                        "refugees-asylum climate-environment", "integration-xenophobia"),
                // CEDAW/C/LBN/Q/4-5 (UN Parallel Corpus)
                arguments("17. It is indicated that, by the end of 2012, there were 141,738 women domestic migrant "
                        + "workers in the State party (paras. 90.2 and 250) and that measures are in place aimed at "
                        + "improving the situation of those workers, such as the adoption of a standard employment "
                        + "contract (para. 254.1).",
                        "migrant-workers gender", "trafficking-smuggling"),
                // seed: A/68/... letter from Peru, chair's summary of the fourth Global Meeting of RCPs (2013)
                arguments("1. The fourth Global Meeting of Chairs and Secretariats of Regional Consultative Processes on "
                        + "Migration was held in Lima on 22 and 23 May 2013 under the theme \"Defining the place of "
                        + "regional consultative processes in a changing international migration landscape\".",
                        "migration-governance", "refugees-asylum"),
                // seed: E/CN.9/2006 letter from Mexico, conclusions of the Expert Group Meeting
                arguments("28. One very notable result of emigration was the flow of remittances, which they "
                        + "constituted a major source of income for migrants' countries of origin.",
                        "remittances", "trafficking-smuggling"),
                // internally displaced persons are refugees-asylum, but lend no migration context to "gender"
                arguments("(x) To promote the well-being and protection of all internally displaced persons, including "
                        + "from sexual and gender-based violence, and also from exploitation and abuse committed by "
                        + "State or international military or civilian personnel;",
                        "refugees-asylum", "gender migrant-rights"),
                // A/RES/76/146: UNHCR in a list of agencies does not make the girl child a migration theme
                arguments("42. Requests the Secretary-General to ensure that all organizations of the United Nations "
                        + "system, in particular the United Nations Children's Fund, the United Nations Entity for Gender "
                        + "Equality and the Empowerment of Women (UN-Women), the World Health Organization, the Office "
                        + "of the United Nations High Commissioner for Refugees and the International Labour "
                        + "Organization, take into account the rights and the particular needs of the girl child in "
                        + "country programmes of cooperation;",
                        "", "gender children health migrant-rights"),
                // A/HRC/RES/41/16: the Migrant Workers Convention in a list of treaties lends no context to the others
                arguments("Reaffirming the human right of everyone to education, which is enshrined in the Convention on "
                        + "the Elimination of All Forms of Discrimination against Women, the International Convention "
                        + "on the Elimination of All Forms of Racial Discrimination, the International Convention on the "
                        + "Protection of the Rights of All Migrant Workers and Members of Their Families,",
                        "", "gender integration-xenophobia"));
    }

    @ParameterizedTest
    @MethodSource("englishParagraphs")
    void tagsRealParagraphs(String paragraph, String required, String forbidden) {
        List<String> tags = TAGGER.tag(paragraph, "en");
        assertThat(tags).containsAll(codes(required));
        assertThat(tags).doesNotContainAnyElementsOf(codes(forbidden));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // A/RES/59/25, sustainable fisheries: the trap of this issue
            "Noting the obligation of all States, pursuant to the provisions of the Convention, to cooperate in the "
                    + "conservation and management of straddling fish stocks and highly migratory fish stocks, and "
                    + "recognizing the importance of coordination and cooperation in the areas, inter alia, of data "
                    + "collection, information-sharing, capacity-building and training for the conservation, management "
                    + "and sustainable development of marine living resources,",
            "22.\tCalls upon regional fisheries management organizations with the competence to regulate highly migratory "
                    + "species to strengthen or establish precautionary, science-based conservation and management "
                    + "measures, as appropriate, for sharks taken in fisheries within their convention areas;",
            "47.\tNotes with satisfaction the entry into force on 1 February 2004 of the Agreement on the Conservation of "
                    + "Albatrosses and Petrels under the Convention on the Conservation of Migratory Species of Wild "
                    + "Animals, and encourages relevant States which have not already done so to become parties;",
            // general debate, Australia, 2019
            "We are leading efforts to preserve natural habitats and biodiversity, including through partnerships with "
                    + "other countries to protect migratory birds and their habitats.",
            // A/RES/79/117 (UNCITRAL, A/CN.9 — not the population commission E/CN.9)
            "22. Recalls its resolutions affirming the importance of high-quality, user-friendly and cost-effective United "
                    + "Nations websites, commends the fact that the website of the Commission has been migrated to a "
                    + "mobile device-friendly platform and that it continues to be published in the six official languages,",
            // A/CONF.222/12 and S/2015/128: trafficking of things is not trafficking in persons
            "Responses to trafficking in cultural property broadly depend on inter-State cooperation and coordination and "
                    + "public-private partnerships.",
            "Arms trafficking is only one visible symptom of the development of cooperation between Libyan groups and "
                    + "regional terrorist entities over the past few years.",
            // A/RES/69/160: racism without migrants is left to the SDGs, not to the migration theme
            "31. Expresses concern about the use of the Internet to propagate racism, racial hatred, xenophobia, racial "
                    + "discrimination and related intolerance,",
            // A/RES/73/179: a body of law listed with others names no refugee situation
            "Noting also that States must ensure that any measures taken to combat terrorism are in compliance with their "
                    + "obligations under international law, in particular international human rights, refugee and "
                    + "humanitarian law,"})
    void trapsGetNoMigrationTheme(String paragraph) {
        assertThat(migrationThemes(TAGGER.tag(paragraph, "en"))).isEmpty();
        assertThat(migrationThemes(TAGGER.tag(paragraph, null))).isEmpty();
    }

    @Test
    void fishStocksMayStillBeLifeBelowWater() {
        assertThat(TAGGER.tag("Urges States to cooperate in the conservation of straddling fish stocks and highly "
                + "migratory fish stocks", "en")).containsExactly("sdg-14");
    }

    /** The same sentences in the six languages (UN Parallel Corpus 2015, A/CONF.222/6, A/69/768, E/CN.9/2015/6). */
    static Stream<Arguments> parallelSentences() {
        String smuggling = "trafficking-smuggling";
        String returning = "return-reintegration";
        String development = "migration-development";
        return Stream.of(
                arguments("en", "Similarly to the Trafficking in Persons Protocol, the Protocol against the Smuggling of "
                        + "Migrants by Land, Sea and Air accords high priority to the adoption of general preventive "
                        + "measures targeting potential migrants, and seeks to prevent their possible victimization by "
                        + "smugglers.", smuggling),
                arguments("fr", "Comme le Protocole relatif à la traite des personnes, le Protocole contre le trafic "
                        + "illicite de migrants par terre, air et mer accorde un haut degré de priorité à l'adoption de "
                        + "mesures préventives d'ordre général ciblant les migrants potentiels.", smuggling),
                arguments("es", "De modo similar al Protocolo contra la Trata de Personas, el Protocolo contra el Tráfico "
                        + "Ilícito de Migrantes por Tierra, Mar y Aire otorga gran prioridad a la adopción de medidas "
                        + "preventivas generales dirigidas a los migrantes potenciales.", smuggling),
                arguments("ru", "Как и в Протоколе о торговле людьми, в Протоколе против незаконного ввоза мигрантов по "
                        + "суше, морю и воздуху первоочередное внимание уделяется принятию общих профилактических мер, "
                        + "целью которых являются потенциальные мигранты.", smuggling),
                arguments("ar", "وعلى غرار بروتوكول الاتجار بالأشخاص، فإنَّ بروتوكول مكافحة تهريب المهاجرين عن طريق البر "
                        + "والبحر والجو يولي أولوية عالية لاعتماد تدابير وقائية عامة تستهدف المهاجرين المحتملين.", smuggling),
                arguments("zh", "与《人口贩运议定书》相似，《联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书》"
                        + "高度重视针对潜在的移民采取普遍预防措施。", smuggling),
                arguments("en", "33. The country had taken steps to ease the heavy migratory pressures it faced, such as "
                        + "repatriating illegal immigrants, conducting criminal investigations and strengthening vigilance "
                        + "at the border.", returning),
                arguments("fr", "Face à une forte pression migratoire, le pays a pris certaines mesures, telles que le "
                        + "rapatriement des immigrés illégaux, l'instruction de procès judiciaires ou encore le "
                        + "renforcement de la vigilance aux frontières.", returning),
                arguments("es", "El país adoptó algunas medidas para aliviar las fuertes presiones migratorias a que se "
                        + "enfrenta, como la repatriación de inmigrantes ilegales, la instrucción de procesos judiciales, "
                        + "la vigilancia, o incluso el refuerzo de los controles en las fronteras.", returning),
                arguments("ru", "33. В связи с усиливающимся притоком мигрантов страна приняла некоторые меры, включая "
                        + "высылку нелегальных иммигрантов, привлечение к судебной ответственности, а также усиление "
                        + "охраны границ.", returning),
                arguments("ar", "33 - وفي مواجهة ضغط الهجرة القوي، اتخذ البلد بعض الخطوات، مثل إعادة المهاجرين غير "
                        + "الشرعيين إلى أوطانهم، وإجراء محاكمات وتعزيز اليقظة على الحدود.", returning),
                arguments("zh", "33. 面对强大的移民压力，该国采取了一些措施，包括遣返非法移民、引入司法程序、以及加强边境警戒等。",
                        returning),
                arguments("en", "The meeting also considered how to integrate migration into the implementation framework "
                        + "of the post-2015 United Nations development agenda.", development),
                arguments("fr", "Elle a également permis d'examiner de quelle manière il serait souhaitable d'intégrer la "
                        + "question des migrations au cadre de mise en œuvre du programme de développement des Nations "
                        + "Unies pour l'après-2015.", development),
                arguments("es", "También se examinó el modo de integrar la migración en el marco de aplicación de la "
                        + "agenda para el desarrollo después de 2015.", development),
                arguments("ru", "На совещании также обсуждался вопрос о том, как обеспечить учет проблем миграции при "
                        + "осуществлении повестки дня Организации Объединенных Наций в области развития на период после "
                        + "2015 года.", development),
                arguments("ar", "ونظر الاجتماع أيضا في كيفية دمج الهجرة في إطار تنفيذ خطة الأمم المتحدة للتنمية لما بعد "
                        + "عام 2015.", development),
                arguments("zh", "会议还审议了如何将移徙问题纳入2015年后联合国发展议程执行框架。", development));
    }

    @ParameterizedTest
    @MethodSource("parallelSentences")
    void sameSentenceSameThemesInEveryLanguage(String language, String sentence, String expected) {
        assertThat(migrationThemes(TAGGER.tag(sentence, language))).containsExactly(expected);
        assertThat(migrationThemes(TAGGER.tag(sentence, null))).as("language detected from the script")
                .containsExactly(expected);
    }

    /** The Universal Declaration of Human Rights, articles 14 (1) and 26 (1), as published in each language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "en | Everyone has the right to seek and to enjoy in other countries asylum from persecution. | refugees-asylum",
            "fr | Devant la persécution, toute personne a le droit de chercher asile et de bénéficier de l’asile en "
                    + "d’autres pays. | refugees-asylum",
            "es | En caso de persecución, toda persona tiene derecho a buscar asilo, y a disfrutar de él, en cualquier "
                    + "país. | refugees-asylum",
            "ru | Каждый человек имеет право искать убежища от преследования в других странах и пользоваться этим "
                    + "убежищем. | refugees-asylum",
            "zh | ㈠ 人人有权在其他国家寻求和享受庇护以避免迫害。 | refugees-asylum",
            "en | Everyone has the right to education. Education shall be free, at least in the elementary and "
                    + "fundamental stages. | sdg-4",
            "fr | Toute personne a droit à l’éducation. L’éducation doit être gratuite, au moins en ce qui concerne "
                    + "l’enseignement élémentaire et fondamental. | sdg-4",
            "es | Toda persona tiene derecho a la educación. La educación debe ser gratuita, al menos en lo concerniente "
                    + "a la instrucción elemental y fundamental. | sdg-4",
            "ru | Каждый человек имеет право на образование. Образование должно быть бесплатным по меньшей мере в том, "
                    + "что касается начального и общего образования. | sdg-4",
            "ar | لكل شخص الحق في التعلم. ويجب أن يكون التعليم في مراحله الأولى والأساسية على الأقل بالمجان. | sdg-4",
            "zh | ㈠ 人人都有受教育的权利,教育应当免费,至少在初级和基本阶段应如此。 | sdg-4"})
    void universalDeclaration(String language, String article, String theme) {
        assertThat(TAGGER.tag(article, language)).containsExactly(theme);
    }

    @Test
    void aWrongOrRegionalLanguageCodeFallsBackOnTheScript() {
        String zh = "会议还审议了如何将移徙问题纳入2015年后联合国发展议程执行框架。";
        assertThat(TAGGER.tag(zh, "zh-Hans")).containsExactly("migration-development");
        assertThat(TAGGER.tag(zh, "fr")).as("misdetected language").containsExactly("migration-development");
        assertThat(TAGGER.tag(zh, "de")).as("language without terms").containsExactly("migration-development");
    }

    @Test
    void anAcronymGluedToChineseIsStillAWord() {
        assertThat(TAGGER.tag("UNHCR的报告", null)).containsExactly("refugees-asylum");
    }

    @Test
    void tagsComeInVocabularyOrderWithoutDuplicates() {
        List<String> tags = TAGGER.tag("Remittances sent by women migrant workers; remittances again; poverty.", null);
        List<String> order = TAGGER.vocabulary().themes().stream().map(ThemeVocabulary.Theme::code).toList();
        assertThat(tags).containsExactly("remittances", "migrant-workers", "gender", "sdg-1", "sdg-5");
        assertThat(tags).isSortedAccordingTo((a, b) -> order.indexOf(a) - order.indexOf(b));
    }

    @Test
    void nothingToTagInBlankText() {
        assertThat(TAGGER.tag(null, "en")).isEmpty();
        assertThat(TAGGER.tag("  \n", null)).isEmpty();
        assertThat(TAGGER.tag("1.", "en")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "10, 1", "11, 2", "50, 2", "51, 3", "300, 3", "301, 4", "1500, 15"})
    void evidenceNeededGrowsWithTheDocument(int paragraphs, int needed) {
        assertThat(ThemeTagger.minimumParagraphs(paragraphs)).isEqualTo(needed);
    }

    @Test
    void rollUpScoresShareDampedByEvidence() {
        List<List<String>> paragraphs = new ArrayList<>(Collections.nCopies(36, List.<String>of()));
        paragraphs.set(0, List.of("remittances", "sdg-10"));
        paragraphs.set(1, List.of("remittances"));
        paragraphs.set(2, List.of("remittances", "remittances"));
        paragraphs.set(3, List.of("diaspora"));
        paragraphs.addAll(List.of(List.of("remittances"), List.of("sdg-10"), List.of("sdg-10"), List.of("sdg-10")));
        // 40 paragraphs: remittances in 4, sdg-10 in 4, diaspora in 1 (below the 2 a 40-paragraph text needs)
        List<ThemeScore> themes = TAGGER.rollUp(paragraphs);
        assertThat(themes).extracting(ThemeScore::code).containsExactly("remittances", "sdg-10");
        assertThat(themes.get(0).score()).isCloseTo(4 / 40.0 * 4 / 5.0, within(1e-9));
    }

    @Test
    void oneStrayMentionInALongReportIsNoTheme() {
        List<List<String>> report = new ArrayList<>(Collections.nCopies(1500, List.<String>of("sdg-8")));
        report.set(700, List.of("sdg-8", "diaspora"));
        assertThat(TAGGER.rollUp(report)).extracting(ThemeScore::code).containsExactly("sdg-8");
        List<List<String>> note = List.of(List.of(), List.of("diaspora"), List.of());
        assertThat(TAGGER.rollUp(note)).extracting(ThemeScore::code).containsExactly("diaspora");
    }

    @Test
    void titleThemesAreKeptAndLeadAboveHalf() {
        List<List<String>> body = new ArrayList<>(Collections.nCopies(100, List.<String>of("sdg-8")));
        body.set(0, List.of("sdg-8", "gender"));
        List<ThemeScore> themes = TAGGER.rollUp(body, List.of("gender", "migrant-workers"));
        assertThat(themes).extracting(ThemeScore::code).containsExactly("sdg-8", "gender", "migrant-workers");
        assertThat(themes).allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
        assertThat(themes.get(1).score()).isCloseTo(0.5 + 0.01 * 0.5 / 2, within(1e-9));
        assertThat(themes.get(2).score()).isEqualTo(0.5);
        assertThat(TAGGER.rollUp(List.of(), List.of("gender"))).containsExactly(new ThemeScore("gender", 0.5));
        assertThat(TAGGER.rollUp(List.of())).isEmpty();
    }

    @Test
    void equalScoresFollowVocabularyOrder() {
        assertThat(TAGGER.rollUp(List.of(List.of("sdg-2", "remittances", "sdg-1"))))
                .extracting(ThemeScore::code).containsExactly("remittances", "sdg-1", "sdg-2");
    }

    // ---- over ../shared/corpus, where present ----

    private static Path corpus() {
        Path corpus = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus").normalize();
        assumeTrue(Files.isDirectory(corpus.resolve("resolutions")),
                "../shared/corpus not present: the fish-stocks and Global Compact checks need its resolutions/");
        return corpus;
    }

    @Test
    void noHighlyMigratoryFishStocksResolutionIsAboutMigration() throws IOException {
        List<Path> fishStocks;
        try (Stream<Path> files = Files.list(corpus().resolve("resolutions"))) {
            fishStocks = files.filter(f -> read(f).contains("migratory fish")).sorted().toList();
        }
        assertThat(fishStocks).as("the fish-stocks resolutions of ../shared/corpus").hasSizeGreaterThanOrEqualTo(10);
        for (Path file : fishStocks) {
            List<String> paragraphs = Paragraphs.of(read(file));
            List<List<String>> tags = paragraphs.stream().map(p -> TAGGER.tag(p, "en")).toList();
            assertThat(migrationThemes(TAGGER.rollUp(tags).stream().map(ThemeScore::code).toList()))
                    .as("document themes of %s", file.getFileName()).isEmpty();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).toLowerCase().contains("migratory")) {
                    assertThat(migrationThemes(tags.get(i))).as("%s: %s", file.getFileName(), paragraphs.get(i))
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void theGlobalCompactForMigrationIsAboutMigration() {
        Path gcm = corpus().resolve("resolutions/A_RES_73_195.html");
        List<List<String>> tags = Paragraphs.of(read(gcm)).stream().map(p -> TAGGER.tag(p, "en")).toList();
        List<String> themes = TAGGER.rollUp(tags).stream().map(ThemeScore::code).toList();
        assertThat(themes).containsAll(codes("migrant-rights migrant-workers trafficking-smuggling remittances "
                + "return-reintegration integration-xenophobia migration-data migration-governance diaspora"));
        assertThat(TAGGER.vocabulary().isMigrationTheme(themes.get(0))).as("most salient theme of %s", themes).isTrue();
    }

    @Test
    void theSeedOnRegionalConsultativeProcessesIsAboutGovernance() {
        Path seed = Path.of("corpus/ga68-letter-peru-rcp-global-meeting-migration-2013.txt");
        assumeTrue(Files.isRegularFile(seed), "seed " + seed + " not present");
        List<List<String>> tags = Arrays.stream(read(seed).split("\\n\\s*\\n"))
                .map(p -> p.replaceAll("\\s+", " ").strip()).filter(p -> !p.isEmpty())
                .map(p -> TAGGER.tag(p, "en")).toList();
        assertThat(TAGGER.rollUp(tags).get(0).code()).isEqualTo("migration-governance");
    }

    private static List<String> codes(String spaceSeparated) {
        return spaceSeparated.isBlank() ? List.of() : List.of(spaceSeparated.strip().split("\\s+"));
    }

    private static List<String> migrationThemes(List<String> codes) {
        return codes.stream().filter(TAGGER.vocabulary()::isMigrationTheme).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs of a ../shared/corpus/resolutions file: one {@code <p>}, {@code <h1>} or {@code <h2>} each. */
    private static final class Paragraphs {
        private static final Pattern BLOCK = Pattern.compile("<(p|h1|h2)[^>]*>(.*?)</\\1>", Pattern.DOTALL);

        static List<String> of(String html) {
            List<String> out = new ArrayList<>();
            Matcher m = BLOCK.matcher(html);
            while (m.find()) {
                String text = m.group(2).replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&quot;", "\"")
                        .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                        .replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
            return out;
        }
    }
}
