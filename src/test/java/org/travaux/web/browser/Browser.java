package org.travaux.web.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through /usr/bin/chromedriver (never downloaded), with a fresh profile, a
 * viewport of an exact size, and the few things every browser test needs: wait for the page, screenshots under
 * target/screenshots, axe-core audits, the browser console, and fetching a link the page offers.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("travaux-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserServer.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserServer.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        Browser browser = new Browser(new ChromeDriver(service, options), profile);
        browser.viewport(width, height);
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return browser;
    }

    /** Sizes the window so that the page itself (innerWidth × innerHeight) gets exactly this size. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long w = (Long) js("return window.innerWidth");
        long h = (Long) js("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(2 * width - (int) w, 2 * height - (int) h));
    }

    /** Grants the page's origin clipboard access, so a test can read back what the page copied. */
    void allowClipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", BrowserServer.base(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    /** Opens a path of the app and waits until its page has rendered what it loads. */
    void get(String path) {
        driver.get(BrowserServer.url(path));
        waitReady();
    }

    /** Waits until the page says it is done: a search rendered (search page) or the document shown (reader). */
    void waitReady() {
        waitFor("the page to render", d -> Boolean.TRUE.equals(js("return document.documentElement.dataset.ready"
                + " === 'true' && !document.querySelector('[aria-busy=true]')")));
    }

    /** Runs an action that starts a search and waits until that search has rendered. */
    void andWaitForSearch(Runnable action) {
        long before = renders();
        action.run();
        waitFor("the search to render", d -> renders() > before);
        waitReady();
    }

    long renders() {
        Object n = js("return Number(document.documentElement.dataset.renders || 0)");
        return ((Number) n).longValue();
    }

    void waitFor(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(what).until(condition::apply);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Path, query and fragment of the current URL. */
    String location() {
        return (String) js("return location.pathname + location.search + location.hash");
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** axe-core's violations of impact serious or critical, one line each; every violation is printed. */
    List<String> seriousAxeViolations() {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        for (Rule r : results.getViolations()) {
            System.out.println("axe " + r.getImpact() + " " + r.getId() + " on " + driver.getCurrentUrl() + ": "
                    + r.getHelp() + " " + r.getNodes().stream().map(CheckedNode::getTarget).toList());
        }
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    /** Errors in the browser console since the last read (script errors, failed requests). */
    List<String> consoleErrors() {
        return console().stream().filter(line -> line.contains("[SEVERE]")).toList();
    }

    /** Browser console entries since the last read, minus the favicon a headless browser always asks for. */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                .filter(line -> !line.contains("favicon.ico")).toList();
    }

    /** Fetches a URL the page links to (with the HTTP client: a download would leave the page). */
    static HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
