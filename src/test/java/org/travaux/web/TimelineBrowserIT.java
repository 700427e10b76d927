package org.travaux.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The timeline page in Debian's headless chromium (never downloaded), over a real index of the citation fixtures:
 * what it shows, the type filter, hostile text kept as text, no console errors (so no CSP violation), an axe audit.
 * Skipped, with the reason, where chromium or chromedriver is not installed.
 */
@EnabledIf(value = "browserInstalled", disabledReason = "needs /usr/bin/chromium and /usr/bin/chromedriver"
        + " (apt-get install chromium chromium-driver)")
class TimelineBrowserIT {
    static final Path CHROMIUM = Path.of(System.getProperty("travaux.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("travaux.chromedriver", "/usr/bin/chromedriver"));
    @TempDir
    static Path tmp;
    static TestServer server;
    static ChromeDriver driver;

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void serveAndOpen() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("A_RES_73_195.html", "A_RES_75_900.html", "A_RES_75_900.fr.html", "A_75_50.html")) {
            Files.copy(Path.of("src/test/resources/web/graph", name), corpus.resolve(name));
        }
        Files.copy(Path.of("src/test/resources/web/citing/A_74_100.html"), corpus.resolve("A_74_100.html"));
        server = TestServer.start(tmp.resolve("index"), List.of(corpus), index -> AdminAccess.closed());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--lang=en-US",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void close() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetTheConsole() {
        driver.manage().logs().get(LogType.BROWSER); // reading the log empties it
    }

    @Test
    void theTimelineShowsTheDocumentItsRequestsAndWhatCitedItInDateOrder() throws Exception {
        open("/timeline?symbol=resolution%2073/195");
        assertThat(find("#tl-title").getText()).isEqualTo("A/RES/73/195 — Global Compact for Safe, Orderly and"
                + " Regular Migration");
        assertThat(find("#tl-symbol").getAttribute("value")).isEqualTo("resolution 73/195");
        List<WebElement> requests = driver.findElements(By.cssSelector("#tl-requests > li"));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getText()).contains("Report", "due at its seventy-fourth session",
                "Answered by A/74/100");
        assertThat(requests.get(1).getText()).contains("Meeting", "due in 2022");

        List<WebElement> citing = driver.findElements(By.cssSelector("#tl-citing > li"));
        assertThat(citing).extracting(li -> li.findElement(By.cssSelector(".tl-date")).getText())
                .containsExactly("2019-08-01", "2020-07-03", "2021-01-04", "2021-01-04");
        assertThat(citing.get(0).findElement(By.cssSelector(".tl-type")).getText()).isEqualTo("pursuant to");
        String paragraphLink = citing.get(0).findElement(By.linkText("para. 1")).getAttribute("href");
        assertThat(paragraphLink).endsWith("#para-1").contains("/doc/");
        assertThat(find("#tl-feed").getAttribute("href")).endsWith("/feeds/cites.atom?symbol=A%2FRES%2F73%2F195");
        assertThat(find("#tl-status").getText()).isEqualTo("4 citing paragraphs in 3 documents.");
        assertThat(consoleErrors()).isEmpty();
        screenshot("timeline-1280.png");
    }

    @Test
    void theTypeFilterShowsOnlyThatType() {
        open("/timeline?symbol=A/RES/73/195");
        new Select(find("#tl-type")).selectByValue("pursuant_to");
        List<WebElement> shown = driver.findElements(By.cssSelector("#tl-citing > li")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSize(2).allSatisfy(li -> assertThat(li.getText()).contains("pursuant to"));
    }

    @Test
    void documentTextIsShownAsTextNeverRun() {
        open("/timeline?symbol=A/RES/73/195");
        assertThat(driver.findElements(By.cssSelector("#tl-citing > li")).get(1).getText())
                .contains("<script>alert(\"x\")</script> & covers “remittances”");
        assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aSymbolOutsideTheCollectionAndABadSymbolAreExplained() {
        open("/timeline?symbol=A/RES/70/1");
        assertThat(find("#tl-line").getText()).startsWith("Not in the collection");
        assertThat(driver.findElements(By.cssSelector("#tl-citing > li"))).hasSize(2);
        assertThat(find("#tl-requests-section").isDisplayed()).isFalse();

        open("/timeline?symbol=migration");
        assertThat(find("#tl-status").getText()).contains("'migration' is not a document symbol");
        assertThat(find("#tl-head").isDisplayed()).isFalse();
    }

    @Test
    void thePageHasNoAccessibilityViolations() {
        open("/timeline?symbol=A/RES/73/195");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        assertThat(results.getViolations()).extracting(Rule::getId).isEmpty();
    }

    private static void open(String path) {
        driver.get(server.base() + path);
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage("the timeline to render").until(d ->
                Boolean.TRUE.equals(driver.executeScript("return document.documentElement.dataset.ready === 'true'")));
    }

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
