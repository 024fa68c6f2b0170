package org.hromada.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven through Debian's chromedriver (packages chromium and
 * chromium-driver; .ci/run installs them). Paths can be overridden with -Dhromada.chromium and
 * -Dhromada.chromedriver. Nothing is downloaded: the network here reaches package registries only.
 */
final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Clicks a button or link that loads another page (or submits the form {@code element} is in) and
     * waits until the old page is gone and the new one has loaded: a click returns when the event is
     * dispatched, not when the next page has arrived, so reading the page straight after it races.
     */
    void press(WebElement element) {
        markThisPage();
        element.click();
        awaitNextPage();
    }

    /** Submits the form {@code field} belongs to and waits for the page that answers it. */
    void submit(WebElement field) {
        markThisPage();
        field.submit();
        awaitNextPage();
    }

    /** Does what loads another page (typing Enter in a field, say) and waits for that page. */
    void navigating(Runnable action) {
        markThisPage();
        action.run();
        awaitNextPage();
    }

    /** A mark only this document carries: the next page is known by not having it. */
    private void markThisPage() {
        driver.executeScript("window.hromadaOldPage = true");
    }

    /**
     * Until a loaded document without the mark is there. Chromium may answer a script sent while it
     * swaps documents with an error of its own (no context, detached frame): that means "not yet".
     */
    private void awaitNextPage() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("the next page loads")
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.hromadaOldPage === undefined && document.readyState === 'complete'")));
    }

    /** Quits the browser and deletes its throw-away profile. */
    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Browser open() throws Exception {
        String chromium = System.getProperty("hromada.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("hromada.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(driver))) {
            throw new IllegalStateException("Browser tests need chromium and chromedriver at " + chromium + " and "
                    + driver + " (apt-get install chromium chromium-driver)");
        }
        Path profile = Files.createTempDirectory("hromada-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(browser, profile);
    }
}
