package org.travaux.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeVocabularyTest {
    private static final ThemeVocabulary STANDARD = ThemeVocabulary.standard();

    @Test
    void shipsTheSixteenMigrationThemesThenTheSeventeenGoals() {
        List<String> codes = STANDARD.themes().stream().map(ThemeVocabulary.Theme::code).toList();
        assertThat(codes.subList(0, 16)).containsExactly("remittances", "migrant-rights", "migrant-workers",
                "trafficking-smuggling", "refugees-asylum", "return-reintegration", "diaspora",
                "integration-xenophobia", "gender", "children", "skilled-migration", "migration-data",
                "migration-governance", "migration-development", "climate-environment", "health");
        assertThat(codes.subList(16, codes.size()))
                .isEqualTo(IntStream.rangeClosed(1, 17).mapToObj(i -> "sdg-" + i).toList());
        assertThat(STANDARD.themes().subList(0, 16)).allMatch(t -> t.group().equals(ThemeVocabulary.MIGRATION));
        assertThat(STANDARD.themes().subList(16, 33)).allMatch(t -> t.group().equals("sdg"));
        assertThat(STANDARD.theme("sdg-10")).map(ThemeVocabulary.Theme::label).contains("SDG 10: Reduced inequalities");
        assertThat(STANDARD.isMigrationTheme("sdg-10")).isFalse();
        assertThat(STANDARD.isMigrationTheme("no-such-theme")).isFalse();
    }

    @Test
    void everyThemeHasTermsInTheSixLanguages() {
        for (int i = 0; i < STANDARD.themes().size(); i++) {
            assertThat(STANDARD.languagesOf(i)).as(STANDARD.themes().get(i).code())
                    .containsExactlyInAnyOrderElementsOf(ThemeVocabulary.LANGUAGES);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pauvreté | pauvrete",
            "ÉMIGRATION | emigration",
            "Ёлка | елка",
            "main-d’œuvre | main-d'oeuvre",
            "２０３０年议程 | 2030年议程",
            "الأطفال المهاجرون | الاطفال المهاجرون",
            "الْهِجْرَة | الهجره",
            "تيسـير | تيسير",
            "المادة ١٤ | الماده 14",
            "'a \t\n  b' | a b"})
    void foldsCaseAccentsAndArabicVariants(String raw, String folded) {
        assertThat(ThemeText.fold(raw)).isEqualTo(folded);
    }

    @Test
    void groupsExpandAndAnEmptyAlternativeMakesThemOptional() {
        assertThat(ThemeTerms.expand("rights of (all|) migrant*")).containsExactly("rights of all migrant*",
                "rights of  migrant*");
        assertThat(ThemeTerms.expand("(a|b) x (c|d)")).containsExactly("a x c", "a x d", "b x c", "b x d");
    }

    private static final String SMALL = """
            # a comment
            [context]
            en = migra*
            zh = 移民
            window = 40
            [exclude]
            en = migratory (fish|species)
            [theme remittances]
            label = Remittances
            group = migration
            en = remittance* ; brain drain  # trailing comment
            zh = 汇款
            [theme gender]
            label = Gender
            group = migration
            ctx.en = women
            [theme sdg-1]
            label = SDG 1
            group = sdg
            en = sustainable development goal 1 ; poverty
            zh = 可持续发展目标1
            not.en = poverty line
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Remittances rose. | remittances",
            "A remittance-based economy | remittances",
            "remit funds | ''",
            "the brain-drain | remittances",
            "the brain. Drain it | ''",
            "Women migrants | gender",
            "Women of the region; a long digression to push the context far away; then migrants | ''",
            "migratory species and women | ''",
            "侨民汇款 | remittances",
            "可持续发展目标1 | sdg-1",
            "可持续发展目标10 | ''",
            "Sustainable Development Goal 1 | sdg-1",
            "Sustainable Development Goal 10 | ''",
            "below the poverty line | ''",
            "poverty, below the poverty line | sdg-1"})
    void matchesWordsStemsPhrasesAndSubstrings(String text, String expected) {
        ThemeTagger tagger = new ThemeTagger(ThemeVocabulary.parse(SMALL, "small"));
        assertThat(tagger.tag(text, null)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[theme x]\\nlabel = X\\ngroup = g\\nde = Migration | small:1: [theme x] unknown key \"de\"",
            "[theme x]\\nlabel = X\\ngroup = g\\n[theme x]\\nlabel = Y\\ngroup = g | small:4: [theme x] theme code",
            "[theme x]\\ngroup = g | needs exactly one label",
            "[theme X]\\nlabel = X\\ngroup = g | expected [section] or key = value",
            "[theme x]\\nlabel = X\\ngroup = g\\nen = mi* | stem shorter than 3 letters in \"mi*\"",
            "[theme x]\\nlabel = X\\ngroup = g\\nen = mi*gration | '*' must end a word",
            "[theme x]\\nlabel = X\\ngroup = g\\nzh = 移民* | has no meaning in an Arabic or Chinese term",
            "[theme x]\\nlabel = X\\ngroup = g\\nen = (a|b | unbalanced or nested group",
            "[context]\\nlabel = X | small:1: [context] unknown key \"label\"",
            "[context]\\nwindow = far | window must be one number",
            "en = orphan | small:1: expected [section]"})
    void rejectsMistakesNamingTheLine(String file, String message) {
        assertThatThrownBy(() -> ThemeVocabulary.parse(file.replace("\\n", "\n"), "small"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
