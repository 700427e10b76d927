package org.travaux.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The search page in a real browser: query, facets, year range, chips, history, paging, no results, export. */
@ExtendWith(BrowserServer.class)
class SearchPageBrowserIT {
    static Browser browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = Browser.open(1280, 800);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        browser.close();
    }

    @BeforeEach
    void startFresh() {
        browser.get("/");
    }

    @Test
    void aQueryShowsTheCountAndHighlightedPassagesLinkingToTheirParagraphs() throws Exception {
        browser.andWaitForSearch(() -> browser.find("#q").sendKeys("remittances", Keys.ENTER));
        assertThat(browser.location()).isEqualTo("/?q=remittances");
        long total = api("/api/search?q=remittances").get("total").asLong();
        assertThat(browser.find("#status").getText()).isEqualTo(total + " documents match “remittances”.");
        assertThat(browser.find("#status").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findAll("#results > li")).hasSize((int) Math.min(10, total));
        assertThat(browser.findAll(".passage-text mark")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).containsIgnoringCase("remittance"));
        WebElement resolution = hitTitled("International migration and development (test fixture)");
        assertThat(resolution.findElement(org.openqa.selenium.By.cssSelector(".symbol")).getText())
                .isEqualTo("A/RES/99/1");
        assertThat(resolution.findElement(org.openqa.selenium.By.cssSelector(".passage-link")).getAttribute("href"))
                .matches(".*/doc/fixture-resolution-migration\\.txt-[0-9a-f]+\\?q=remittances#para-\\d+");
        browser.screenshot("search-1280.png");
    }

    @Test
    void aFacetIsSelectedAndUnselectedWithItsCheckboxOrItsChip() {
        browser.get("/?q=remittances");
        long all = browser.findAll("#results > li").size();
        browser.andWaitForSearch(() -> browser.find("input[data-dim=type][data-value=resolution]").click());
        assertThat(browser.location()).isEqualTo("/?q=remittances&f.type=resolution");
        assertThat(browser.findAll(".hit .meta-type")).extracting(WebElement::getText).containsOnly("Resolution");
        assertThat(browser.find("input[data-dim=type][data-value=resolution]").isSelected()).isTrue();
        assertThat(browser.find(".chip").getText()).contains("Document type: Resolution");

        browser.andWaitForSearch(() -> browser.find("input[data-dim=type][data-value=resolution]").click());
        assertThat(browser.location()).isEqualTo("/?q=remittances");
        assertThat(browser.findAll("#results > li")).hasSize((int) all);
        assertThat(browser.find("#chips").isDisplayed()).isFalse();

        browser.andWaitForSearch(() -> browser.find("input[data-dim=type][data-value=report]").click());
        browser.andWaitForSearch(() -> browser.find("input[data-dim=lang][data-value=en]").click());
        assertThat(browser.findAll(".chip")).hasSize(2);
        browser.andWaitForSearch(() -> browser.find(".chip[aria-label='Remove filter Document type: Report']").click());
        assertThat(browser.location()).isEqualTo("/?q=remittances&f.lang=en");
    }

    @Test
    void aYearRangeIsSelectedByClickingTwoBarsByDraggingOrByTyping() throws Exception {
        browser.get("/?q=migration");
        browser.andWaitForSearch(() -> {
            bar(2006).click();
            bar(2013).click();
        });
        assertThat(browser.location()).isEqualTo("/?q=migration&from=2006&to=2013");
        assertThat(years()).isNotEmpty().allSatisfy(y -> assertThat(y).isBetween(2006, 2013));
        assertThat(browser.find(".chip").getText()).contains("Date: 2006–2013");
        assertThat(bar(2007).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(bar(2044).getAttribute("aria-pressed")).isEqualTo("false");

        browser.andWaitForSearch(() -> new Actions(browser.driver).clickAndHold(bar(2044)).moveToElement(bar(2040))
                .moveToElement(bar(2031)).release().perform());
        assertThat(browser.location()).isEqualTo("/?q=migration&from=2031&to=2044");
        assertThat(years()).isNotEmpty().allSatisfy(y -> assertThat(y).isBetween(2031, 2044));

        WebElement from = browser.find("#date-from");
        from.clear();
        from.sendKeys("2013-06");
        browser.andWaitForSearch(() -> browser.find("#date-to").sendKeys(Keys.ENTER));
        assertThat(browser.location()).isEqualTo("/?q=migration&from=2013-06&to=2044");
        browser.screenshot("search-year-range-1280.png");
    }

    @Test
    void theBackButtonWalksBackThroughSearchesAndACopiedLinkReproducesThePage() {
        browser.get("/?q=migration");
        browser.andWaitForSearch(() -> browser.find("input[data-dim=type][data-value=letter]").click());
        browser.andWaitForSearch(() -> browser.find("select#sort option[value='-date']").click());
        String link = browser.location();
        assertThat(link).isEqualTo("/?q=migration&f.type=letter&sort=-date");
        List<String> shown = titles();

        browser.andWaitForSearch(() -> browser.driver.navigate().back());
        assertThat(browser.location()).isEqualTo("/?q=migration&f.type=letter");
        browser.andWaitForSearch(() -> browser.driver.navigate().back());
        assertThat(browser.location()).isEqualTo("/?q=migration");
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo("migration");
        assertThat(browser.find("input[data-dim=type][data-value=letter]").isSelected()).isFalse();

        browser.get(link); // as if pasted into a new tab
        assertThat(titles()).isEqualTo(shown);
        assertThat(browser.find("#sort").getAttribute("value")).isEqualTo("-date");
        assertThat(browser.find("input[data-dim=type][data-value=letter]").isSelected()).isTrue();
    }

    @Test
    void moreResultsAreAddedAndTheirNumberIsKeptInTheUrl() {
        browser.get("/");
        assertThat(browser.findAll("#results > li")).hasSize(10);
        browser.find("#more").click();
        browser.waitFor("more results", d -> browser.findAll("#results > li").size() > 10);
        assertThat(browser.location()).isEqualTo("/?page=2");
        int shown = browser.findAll("#results > li").size();
        browser.get("/?page=2");
        assertThat(browser.findAll("#results > li")).hasSize(shown);
    }

    @Test
    void whenNothingMatchesEachFilterToDropIsOfferedWithItsCount() throws IOException {
        browser.get("/?q=remittances+diaspora&f.type=letter&f.lang=en");
        assertThat(browser.find("#status").getText()).startsWith("0 documents");
        WebElement notice = browser.find("#message .notice");
        assertThat(notice.getText()).contains("try broadening the search", "Check the spelling");
        browser.waitFor("suggestion counts", d -> browser.findAll(".suggestion-count").stream()
                .allMatch(c -> !c.getText().isEmpty()));
        assertThat(notice.getText()).contains("Remove Document type: Letter — 1 document",
                "Remove Language: English — 0 documents", "Match any of the words: remittances OR diaspora");
        assertThat(notice.getText()).containsPattern("Remove every filter — [1-9]\\d* document");
        browser.screenshot("search-no-results-1280.png");
        browser.andWaitForSearch(() -> browser.find(".suggestions a[href*='OR']").click());
        assertThat(browser.findAll("#results > li")).isNotEmpty();
    }

    @Test
    void aQueryTheServerCannotReadIsExplainedWithItsMessage() {
        browser.get("/?q=%22unbalanced");
        WebElement alert = browser.find("#message [role=alert]");
        assertThat(alert.getText()).startsWith("Check the query").contains("quot");
        assertThat(browser.findAll("#results > li")).isEmpty();
    }

    @Test
    void theCurrentResultsExportAsCsvAndJsonWithTheCapStated() throws Exception {
        browser.get("/?q=remittances&f.lang=en");
        assertThat(browser.find("#export").getText()).contains("first 1,000 results");
        HttpResponse<String> csv = Browser.fetch(browser.find("#export-csv").getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("attachment"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,symbol,title,forum,date,type,language,source,url,paragraph,passage");
        long total = api("/api/search?q=remittances&f.lang=en").get("total").asLong();
        assertThat(lines).hasSize((int) total + 1);
        assertThat(csv.body()).contains("A/RES/99/1", "International migration and development (test fixture)");

        HttpResponse<String> json = Browser.fetch(browser.find("#export-json").getAttribute("href"));
        JsonNode body = new ObjectMapper().readTree(json.body());
        assertThat(body.get("cap").asInt()).isEqualTo(1000);
        assertThat(body.get("hits")).hasSize((int) total);
    }

    @Test
    void onAPhoneTheFacetsFoldIntoAToggle() throws Exception {
        browser.viewport(390, 844);
        try {
            browser.get("/?q=remittances&f.forum=General+Assembly");
            assertThat(browser.find("#facets-body").isDisplayed()).isFalse();
            browser.screenshot("search-390.png");
            WebElement toggle = browser.find("#facets-toggle");
            assertThat(toggle.getText()).isEqualTo("Filters (1 active)");
            toggle.click();
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.find("#facets-body").isDisplayed()).isTrue();
            browser.screenshot("search-390-filters.png");
        } finally {
            browser.viewport(1280, 800);
        }
    }

    private static WebElement bar(int year) {
        return browser.find(".bar[data-year='" + year + "']");
    }

    private static List<Integer> years() {
        return browser.findAll(".hit time").stream()
                .map(t -> Integer.parseInt(t.getAttribute("datetime").substring(0, 4))).toList();
    }

    private static List<String> titles() {
        return browser.findAll(".hit-title a").stream().map(WebElement::getText).toList();
    }

    private static WebElement hitTitled(String title) {
        return browser.findAll(".hit").stream()
                .filter(h -> h.findElement(org.openqa.selenium.By.cssSelector(".hit-title")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no hit titled " + title));
    }

    static JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = Browser.fetch(BrowserServer.url(path));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }
}
