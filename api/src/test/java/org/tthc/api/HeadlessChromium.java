package org.tthc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through chromedriver, for the browser tests (docs/testing.md): both named explicitly so
 * Selenium Manager never tries to download one, the flags that keep Chromium off Google's hosts, a fresh profile and
 * a download folder in the test's temporary folder. Missing Chromium is a failure, never a skip.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final Path downloads;

    private HeadlessChromium(WebDriver browser, WebDriverWait wait, Path downloads) {
        this.browser = browser;
        this.wait = wait;
        this.downloads = downloads;
    }

    /** Starts Chromium with its profile and downloads under {@code folder}; waits time out after {@code timeout}. */
    public static HeadlessChromium start(Path folder, Duration timeout) throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium; install it with scripts/test-services.sh install").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver; install it with scripts/test-services.sh install")
                .exists();
        Path downloads = Files.createDirectories(folder.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        return new HeadlessChromium(browser, new WebDriverWait(browser, timeout), downloads);
    }

    public WebDriver browser() {
        return browser;
    }

    public WebDriverWait waiter() {
        return wait;
    }

    /** Where downloaded files land. */
    public Path downloads() {
        return downloads;
    }

    /**
     * Clicks {@code element} and waits until the page it leads to has replaced it and loaded completely. Chrome
     * reports an element of the page being left either as stale or, while the new document is being attached, as
     * "Node with given id does not belong to the document" (an unknown error to Selenium, which
     * {@code ExpectedConditions.stalenessOf} lets through): both mean the old page is gone.
     */
    public void clickAndAwaitNextPage(WebElement element) {
        element.click();
        wait.until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        awaitLoaded();
    }

    /** Waits until the page that a click or navigation started has loaded completely. */
    public void awaitLoaded() {
        wait.until(driver -> ((JavascriptExecutor) driver).executeScript("return document.readyState")
                .equals("complete"));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
