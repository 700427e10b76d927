package org.travaux.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** axe-core on both pages (no serious or critical violation), and the keyboard-only journey to a cited paragraph. */
@ExtendWith(BrowserServer.class)
class AccessibilityBrowserIT {
    static Browser browser;
    static String resolution;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open(1280, 800);
        browser.allowClipboard();
        resolution = ReaderBrowserIT.idOf("symbol:\"A/RES/99/1\"", "");
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        browser.close();
    }

    @Test
    void axeFindsNothingSeriousOnTheSearchPageWithResultsFacetsAndChips() {
        browser.get("/?q=migration&f.forum=General+Assembly&from=2006&to=2044");
        assertThat(browser.findAll("#results > li")).isNotEmpty();
        assertThat(browser.findAll(".facet")).hasSizeGreaterThan(3);
        assertThat(browser.seriousAxeViolations()).isEmpty();

        browser.get("/?q=remittances+diaspora&f.type=letter");
        browser.waitFor("suggestion counts", d -> !browser.find(".suggestion-count").getText().isEmpty());
        assertThat(browser.seriousAxeViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void axeFindsNothingSeriousInTheReader() {
        browser.get("/doc/" + resolution + "?q=remittances#para-15%20(a)");
        assertThat(browser.seriousAxeViolations()).isEmpty();
        browser.get("/doc/" + idOfArabic());
        assertThat(browser.seriousAxeViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void axeFindsNothingSeriousOnAPhone() {
        browser.viewport(390, 844);
        try {
            browser.get("/?q=migration");
            browser.find("#facets-toggle").click();
            assertThat(browser.seriousAxeViolations()).isEmpty();
            browser.get("/doc/" + resolution + "?q=remittances");
            assertThat(browser.seriousAxeViolations()).isEmpty();
        } finally {
            browser.viewport(1280, 800);
        }
    }

    @Test
    void theKeyboardAloneGoesFromAQueryToACitedParagraphAndCopiesItsCitation() {
        browser.get("/");
        Actions keys = new Actions(browser.driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("class")).isEqualTo("skip-link");
        assertThat(active().isDisplayed()).isTrue();
        tabUntil("the query box", "#q", 5);
        browser.andWaitForSearch(() -> keys.sendKeys("remittances").sendKeys(Keys.ENTER).perform());

        tabUntil("a passage of the resolution", ".passage-link[href*='" + resolution + "']", 120);
        assertThat(outline(active(), "::after")).isEqualTo("solid"); // the focus ring is drawn around the passage
        String paragraph = active().getText().replace("¶ ", "");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitFor("the reader", d -> browser.location().startsWith("/doc/"));
        browser.waitReady();
        assertThat(browser.location()).endsWith("#para-" + paragraph);
        assertThat(active().getAttribute("id")).isEqualTo("para-" + paragraph);

        tabUntil("the paragraph's copy citation button", "#para-" + paragraph + " button[aria-label^='Copy citation']", 4);
        assertThat(outline(active(), null)).isEqualTo("solid");
        keys.sendKeys(Keys.ENTER).perform();
        WebElement copy = active();
        browser.waitFor("Copied", d -> copy.getText().equals("Copied"));
        assertThat(copy.getAttribute("data-copied")).isEqualTo("A/RES/99/1, para. " + paragraph);
    }

    @Test
    void theYearHistogramIsOperatedWithArrowKeysAndEnter() {
        browser.get("/?q=migration");
        WebElement bars = browser.find(".histogram-bars");
        assertThat(bars.findElements(org.openqa.selenium.By.cssSelector(".bar[tabindex='0']"))).hasSize(1);
        browser.find(".bar[tabindex='0']").sendKeys(Keys.HOME, Keys.ENTER);
        browser.andWaitForSearch(() -> new Actions(browser.driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT,
                Keys.ENTER).perform());
        assertThat(browser.location()).isEqualTo("/?q=migration&from=2006&to=2013");
    }

    private static String idOfArabic() {
        try {
            return ReaderBrowserIT.idOf("symbol:\"A/99/900\"", "&f.lang=ar");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    private static String outline(WebElement e, String pseudo) {
        return (String) browser.js("return getComputedStyle(arguments[0], arguments[1]).outlineStyle", e, pseudo);
    }

    /** Presses Tab until the focused element matches the selector, at most max times. */
    private static void tabUntil(String what, String css, int max) {
        for (int i = 0; i < max && !focused(css); i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(focused(css)).as("Tab reaches " + what + " within " + max + " presses").isTrue();
    }

    private static boolean focused(String css) {
        return (Boolean) browser.js("return document.activeElement.matches(arguments[0])", css);
    }
}
