package org.travaux.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.travaux.web.browser.SearchPageBrowserIT.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The reader: paragraph permalinks, highlights, find in document, citations, references, versions, Arabic. */
@ExtendWith(BrowserServer.class)
class ReaderBrowserIT {
    static Browser browser;
    static String resolution;
    static String reportEn;
    static String reportAr;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open(1280, 800);
        browser.allowClipboard();
        resolution = idOf("symbol:\"A/RES/99/1\"", "");
        reportEn = idOf("symbol:\"A/99/900\"", "&f.lang=en");
        reportAr = idOf("symbol:\"A/99/900\"", "&f.lang=ar");
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        browser.close();
    }

    @Test
    void aPassageOpensItsParagraphMarkedAndInViewAndBackRestoresTheSearch() throws Exception {
        browser.get("/?q=remittances&f.type=resolution");
        WebElement passage = browser.find(".passage-link");
        String paragraph = passage.getText().replace("¶ ", "");
        passage.click();
        browser.waitReady();
        assertThat(browser.location()).isEqualTo("/doc/" + resolution + "?q=remittances#para-" + paragraph);
        WebElement target = browser.find(".para.is-target");
        assertThat(target.getAttribute("id")).isEqualTo("para-" + paragraph);
        assertThat(inView(target)).isTrue();
        assertThat(target.findElements(By.cssSelector(".para-text mark"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("remittances"));
        browser.screenshot("reader-1280-paragraph.png");

        browser.driver.navigate().back();
        browser.waitReady();
        assertThat(browser.location()).isEqualTo("/?q=remittances&f.type=resolution");
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo("remittances");
        assertThat(browser.find("input[data-dim=type][data-value=resolution]").isSelected()).isTrue();
    }

    @Test
    void paragraphIdsWithSpacesAndParenthesesArePercentEncodedAnchors() {
        browser.get("/doc/" + resolution + "#para-15%20(a)");
        WebElement target = browser.find(".para.is-target");
        assertThat(target.getAttribute("id")).isEqualTo("para-15%20(a)");
        assertThat(target.getAttribute("data-pid")).isEqualTo("15 (a)");
        assertThat(inView(target)).isTrue();
        assertThat(target.findElement(By.cssSelector(".para-num")).getAttribute("href"))
                .endsWith("/doc/" + resolution + "#para-15%20(a)");

        browser.get("/doc/" + resolution + "#para-15 (b)"); // typed by hand, with a space
        assertThat(browser.find(".para.is-target").getAttribute("data-pid")).isEqualTo("15 (b)");

        browser.find("#outline a[href='#para-III']").click();
        browser.waitFor("the outline's section marked", d -> "para-III".equals(
                browser.find(".is-target").getAttribute("id")));
        assertThat(browser.location()).endsWith("#para-III");
    }

    @Test
    void copyCitationPutsTheUnStyleCitationOnTheClipboard() throws Exception {
        browser.get("/doc/" + resolution + "#para-15%20(a)");
        WebElement copy = browser.find(".para.is-target .para-actions button[aria-label^='Copy citation']");
        copy.click();
        browser.waitFor("the Copied feedback", d -> copy.getText().equals("Copied"));
        String clipboard = (String) browser.driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e))");
        JsonNode doc = api("/api/documents/" + resolution);
        String expected = paragraph(doc, "15 (a)").get("citation").asText();
        assertThat(expected).isEqualTo("A/RES/99/1, para. 15 (a)");
        assertThat(clipboard).isEqualTo(expected);

        browser.find(".para.is-target button[aria-label^='Copy link']").click();
        String link = (String) browser.driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e))");
        assertThat(link).isEqualTo(BrowserServer.url("/doc/" + resolution + "#para-15%20(a)"));
        browser.waitFor("the label back", d -> copy.getText().equals("Copy citation"));
    }

    @Test
    void findInTheDocumentWalksThroughItsMatches() throws Exception {
        browser.get("/doc/" + resolution + "?q=remittances");
        int matches = api("/api/documents/" + resolution + "/search?q=remittances").get("matches").size();
        assertThat(matches).isGreaterThan(2);
        assertThat(browser.find("#find-q").getAttribute("value")).isEqualTo("remittances");
        assertThat(browser.find("#find-status").getText()).isEqualTo(matches + " matches");
        assertThat(browser.findAll(".para.has-match")).hasSize(matches);
        browser.find("#find-next").click();
        assertThat(browser.find("#find-status").getText()).isEqualTo("1 of " + matches);
        browser.find("#find-next").click();
        assertThat(browser.find("#find-status").getText()).isEqualTo("2 of " + matches);
        WebElement current = browser.find(".is-current-match");
        assertThat(inView(current)).isTrue();
        browser.find("#find-prev").click();
        assertThat(browser.find("#find-status").getText()).isEqualTo("1 of " + matches);
        browser.find("#find-prev").click();
        assertThat(browser.find("#find-status").getText()).isEqualTo(matches + " of " + matches);
    }

    @Test
    void metadataReferencesVersionsAndDownloadsAreLinked() throws Exception {
        browser.get("/doc/" + resolution + "?q=remittances");
        browser.screenshot("reader-1280.png");
        assertThat(browser.find("#doc-meta").getText()).contains("Symbol\nA/RES/99/1", "Session\n99",
                "Agenda item\n15 (b)", "Forum\nGeneral Assembly › Second Committee", "Date\n20 December 2044");
        assertThat(browser.find("#references a.symbol-link").getAttribute("href"))
                .isEqualTo(BrowserServer.url("/doc/" + reportEn));
        assertThat(browser.find("#references").getText()).contains("A/99/L.1", "not in the collection");

        HttpResponse<String> original = Browser.fetch(browser.find("a[href$='/original']").getAttribute("href"));
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(original.body()).contains("Requests the Secretary-General");

        browser.find("#doc-actions summary").click();
        HttpResponse<String> bibtex = Browser.fetch(browser.find("#doc-actions a[data-format=bibtex]")
                .getAttribute("href"));
        assertThat(bibtex.statusCode()).isEqualTo(200);
        assertThat(bibtex.body()).contains("A/RES/99/1");
        String risOfParagraph = browser.find("#para-8 a[data-format=ris]").getAttribute("href");
        assertThat(risOfParagraph).endsWith("format=ris&paragraph=8");
        assertThat(Browser.fetch(risOfParagraph).body()).contains("para. 8");

        browser.get("/doc/" + reportEn);
        WebElement arabic = browser.find("#versions a");
        assertThat(arabic.getText()).isEqualTo("Arabic");
        assertThat(arabic.getAttribute("href")).isEqualTo(BrowserServer.url("/doc/" + reportAr));
        assertThat(browser.find("#versions .version-title").getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void citationsRunBothWaysAndEachParagraphLinksWhatItCites() {
        browser.get("/doc/" + resolution);
        assertThat(browser.find("#references-title").getAttribute("textContent")).matches("Cites \\d+ documents?");
        WebElement below = browser.find(".para-cites a.symbol-link");
        assertThat(below.getText()).isEqualTo("A/99/900");
        assertThat(below.getAttribute("href")).isEqualTo(BrowserServer.url("/doc/" + reportEn));
        WebElement inText = browser.find(".para-text a.ref-link[href$='" + reportEn + "']");
        assertThat(inText.getText()).isEqualTo("A/99/900");
        assertThat(inText.findElement(org.openqa.selenium.By.xpath("./..")).getText()).contains("High-level Dialogue");

        browser.get("/doc/" + reportEn);
        browser.waitFor("the cited-by panel", d -> browser.find("#cited-by-box").isDisplayed());
        assertThat(browser.find("#cited-by-title").getAttribute("textContent")).startsWith("Cited by ");
        WebElement citing = browser.find("#cited-by a.symbol-link");
        assertThat(citing.getText()).isEqualTo("A/RES/99/1");
        assertThat(citing.getAttribute("href")).startsWith(BrowserServer.url("/doc/" + resolution + "#para-"));
        assertThat(browser.find("#cited-by-more a").getAttribute("href")).endsWith("/timeline?symbol=A%2F99%2F900");
    }

    @Test
    void arabicTextReadsRightToLeft() throws IOException {
        browser.get("/doc/" + reportAr + "#para-3");
        WebElement text = browser.find("#doc-text");
        assertThat(text.getAttribute("lang")).isEqualTo("ar");
        assertThat(text.getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find("#doc-title").getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find("#para-3 .para-text").getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.find("#para-3").getAttribute("class")).contains("is-target");
        browser.screenshot("reader-arabic-1280.png");
    }

    @Test
    void onAPhoneTheTextComesFirstAndTheSidePanelsFold() throws IOException {
        browser.viewport(390, 844);
        try {
            browser.get("/doc/" + resolution + "?q=remittances");
            assertThat(browser.find("#about-box").getAttribute("open")).isNull();
            browser.screenshot("reader-390.png");
            browser.get("/doc/" + resolution + "?q=remittances#para-15%20(a)");
            assertThat(inView(browser.find(".is-target"))).isTrue();
            browser.screenshot("reader-390-paragraph.png");
        } finally {
            browser.viewport(1280, 800);
        }
    }

    @Test
    void theUrlInAParagraphsBibtexOpensThatParagraph() throws Exception {
        browser.get("/doc/" + resolution + "#para-15%20(c)");
        String bibtex = Browser.fetch(browser.find(".is-target a[data-format=bibtex]").getAttribute("href")).body();
        String url = bibtex.replaceAll("(?s).*url = \\{([^}]+)}.*", "$1");
        assertThat(url).isEqualTo(BrowserServer.url("/doc/" + resolution + "#para-15%20(c)"));
        browser.get("/");
        browser.driver.get(url);
        browser.waitReady();
        assertThat(browser.find(".is-target").getAttribute("data-pid")).isEqualTo("15 (c)");
    }

    @Test
    void anUnknownDocumentSaysSo() {
        browser.get("/doc/no-such-document");
        assertThat(browser.find("#doc-title").getText()).isEqualTo("Document not found");
        assertThat(browser.find("#doc-message [role=alert]").getText()).contains("no-such-document");
    }

    private static boolean inView(WebElement e) {
        return (Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", e);
    }

    private static JsonNode paragraph(JsonNode doc, String id) {
        for (JsonNode p : doc.get("paragraphs")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no paragraph " + id);
    }

    static String idOf(String query, String filters) throws Exception {
        JsonNode hits = api("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + filters).get("hits");
        assertThat(hits).as(query + filters).isNotEmpty();
        return hits.get(0).get("id").asText();
    }
}
