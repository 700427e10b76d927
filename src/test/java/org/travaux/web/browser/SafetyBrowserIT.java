package org.travaux.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Untrusted text stays text. The fixture browser/hostile/xss-remittances.txt carries script payloads in its text and,
 * through its .meta.json sidecar, in its title, forum, country, speaker, agenda item and an extra field; every
 * payload would set window.__xss or document.title if it ever ran. The pages show it on a result list, in the facets,
 * in the chips, in the reader and its highlights; nothing runs and no element is injected.
 */
@ExtendWith(BrowserServer.class)
class SafetyBrowserIT {
    static final String PAYLOAD_TITLE = "Remittances <img src=x onerror=\"window.__xss=1;document.title='XSS'\">";
    static Browser browser;
    static String hostile;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open(1280, 800);
        hostile = ReaderBrowserIT.idOf("hostile fixture", "");
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        browser.close();
    }

    @Test
    void payloadsInResultsFacetsAndChipsAreShownAsText() {
        browser.get("/?q=remittances+hostile");
        assertThat(browser.find(".hit-title a").getText()).startsWith(PAYLOAD_TITLE);
        assertThat(browser.find("#results").getText()).contains("<script>window.__xss=2",
                "\"><svg onload=\"window.__xss=3\">");
        String forum = "Forum <img src=x onerror=\"window.__xss=9\">";
        assertThat(browser.find("section[data-dim=forum]").getText()).contains(forum);
        browser.andWaitForSearch(() -> browser.find("input[data-dim=country]").click());
        assertThat(browser.find(".chip").getText()).contains("Country: Hostilia \"><svg onload=\"window.__xss=3\">");
        assertNothingRan("/?q=remittances+hostile&f.country=");
    }

    @Test
    void payloadsInTheReaderMetadataTextAndHighlightsAreShownAsText() {
        browser.get("/doc/" + hostile + "?q=remittances#para-1");
        assertThat(browser.find("#doc-title").getText()).startsWith(PAYLOAD_TITLE);
        assertThat(browser.find("#doc-meta").getText()).contains("Hostilia \"><svg onload=\"window.__xss=3\">",
                "Mallory </mark><img src=x onerror=\"window.__xss=5\"><mark>",
                "7 <iframe srcdoc=\"<script>parent.__xss=8</script>\"></iframe>",
                "javascript:window.__xss=4 <style>body{display:none}</style>");
        assertThat(browser.find("#para-1 .para-text").getText())
                .contains("<img src=x onerror=\"window.__xss=1;document.title='XSS'\">");
        assertThat(browser.findAll("#para-1 .para-text mark")).isNotEmpty(); // highlighted, and still only text
        assertThat(browser.find("#para-2 .para-text").getText()).contains(
                "</mark><img src=x onerror=\"window.__xss=5\"><mark>", "&lt;img src=x onerror=\"window.__xss=6\"&gt;");
        assertThat(browser.find("#para-3 .para-text").getText()).contains("<iframe srcdoc=", "javascript:window");
        browser.find("#find-q").clear();
        browser.find("#find-q").sendKeys("window img\n");
        browser.waitFor("matches of the hostile words", d -> browser.find("#find-status").getText().contains("of"));
        assertThat(browser.find("#para-2 .para-text").getText()).contains(
                "</mark><img src=x onerror=\"window.__xss=5\"><mark>", "&lt;img src=x onerror=\"window.__xss=6\"&gt;");
        assertNothingRan("/doc/" + hostile);
    }

    @Test
    void theContentSecurityPolicyForbidsInlineScriptAndFramingOnBothPages() throws Exception {
        for (String path : List.of("/", "/doc/" + hostile)) {
            String csp = Browser.fetch(BrowserServer.url(path)).headers().firstValue("Content-Security-Policy")
                    .orElseThrow();
            assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        }
    }

    /** No payload ran, no markup from the documents became elements, and the browser reported nothing blocked. */
    private static void assertNothingRan(String where) {
        assertThat(browser.js("return typeof window.__xss")).as(where).isEqualTo("undefined");
        // the page's own title quotes the hostile title as text; the payloads would have set it to just "XSS"
        assertThat(browser.driver.getTitle()).as(where).isNotEqualTo("XSS").contains("Travaux");
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Object injected = browser.js("return [...document.querySelectorAll('main img, main script, main svg, "
                + "main iframe, main style, aside img, aside svg, aside iframe, [onerror], [onload], "
                + "a[href^=\"javascript:\"]')].map(e => e.outerHTML)");
        assertThat((List<?>) injected).as(where).isEmpty();
        // a payload that reached the DOM as markup would have been refused by the CSP and logged
        assertThat(browser.console()).as(where).noneMatch(line -> line.contains("Content Security Policy"));
    }
}
