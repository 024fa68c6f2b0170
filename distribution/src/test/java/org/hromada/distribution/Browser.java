package org.hromada.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium driven through Debian's chromedriver (packages chromium and
 * chromium-driver; .ci/run installs them). Paths can be overridden with -Dhromada.chromium and
 * -Dhromada.chromedriver. Nothing is downloaded: the network here reaches package registries only.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver open() throws Exception {
        String chromium = System.getProperty("hromada.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("hromada.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(driver))) {
            throw new IllegalStateException("Browser tests need chromium and chromedriver at " + chromium + " and "
                    + driver + " (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("hromada-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
