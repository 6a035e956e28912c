package org.tthc.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tthc.api.ApiTest;
import org.tthc.api.HeadlessChromium;
import org.tthc.api.security.ApiDemoAccounts;

/**
 * The analysts' workspace in headless Chromium, on the shared sample of {@link ApiTest}: an analyst signs in on the
 * page login, lands on the dashboard, drills down to a department and opens the dossiers behind a late count (as
 * many as the count); runs a query in the SQL console and downloads it as CSV; the department-scoped analyst sees
 * only the department. Screenshots of the dashboard and the console go to {@code target/workspace-screenshots}
 * (copied by hand to {@code docs/images}).
 */
class WorkspaceBrowserTest extends ApiTest {
    private static final String JUSTICE = ApiDemoAccounts.JUSTICE_DEPARTMENT;
    /** The city's office of the People's Committee: outside the justice analyst's scope. */
    private static final String OFFICE_OF_THE_COMMITTEE = "000.00.01.H97";
    private static final Path SCREENSHOTS = Path.of("target/workspace-screenshots");

    @TempDir
    static Path files;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start(files, Duration.ofSeconds(60));
        browser = chromium.browser();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAnalystDrillsDownToADepartmentAndOpensTheDossiersBehindALateCount() throws IOException {
        signIn(ApiDemoAccounts.ANALYST, "/login");
        assertThat(browser.getCurrentUrl()).endsWith("/workspace");
        assertThat(text(By.id("on-time"))).endsWith("%");
        assertThat(text(By.id("engine"))).contains("Spark");
        chromium.waiter().until(ExpectedConditions.attributeToBe(By.id("monthly-chart"), "data-rendered", "true"));
        assertThat(browser.findElements(By.cssSelector("#monthly-chart svg"))).isNotEmpty();
        screenshot("workspace-dashboard.png");

        click(By.cssSelector("#organisations tr[data-org='" + JUSTICE + "'] a.drill"));
        assertThat(browser.getCurrentUrl()).contains("org=" + JUSTICE);
        List<WebElement> path = browser.findElements(By.cssSelector("#path a"));
        assertThat(path).hasSizeGreaterThanOrEqualTo(2);
        assertThat(path.get(path.size() - 1).getAttribute("href")).contains(JUSTICE);

        WebElement late = browser.findElements(By.cssSelector("#months a.solved-late")).stream()
                .filter(a -> Long.parseLong(a.getText()) > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no month with a dossier solved late"));
        long count = Long.parseLong(late.getText());
        click(late);
        assertThat(browser.getCurrentUrl()).contains("field=SolvedLate");
        assertThat(browser.findElements(By.cssSelector("#dossiers tbody tr"))).hasSize((int) count);
        assertThat(text(By.id("dossier-count"))).startsWith(count + " ");
    }

    @Test
    void anAnalystRunsAQueryInTheConsoleAndDownloadsItAsCsv() throws IOException {
        signIn(ApiDemoAccounts.ANALYST, "/workspace/sql");
        assertThat(browser.getCurrentUrl()).contains("/workspace/sql");
        assertThat(browser.findElements(By.cssSelector("#views details[data-view]"))).extracting(
                e -> e.getAttribute("data-view")).contains("dossier", "event", "org", "period_statistics");
        WebElement editor = browser.findElement(By.id("sql"));
        editor.clear();
        editor.sendKeys("SELECT channel, count(*) AS dossiers FROM dossier GROUP BY channel ORDER BY channel");
        click(By.id("run-query"));
        List<List<String>> rows = browser.findElements(By.cssSelector("#result tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertThat(rows).isNotEmpty();
        assertThat(text(By.id("result-summary"))).contains("Spark");
        assertThat(text(By.id("history"))).contains("GROUP BY channel");
        screenshot("workspace-console.png");

        browser.findElement(By.id("download-csv")).click();
        Path csv = chromium.downloads().resolve("query.csv");
        chromium.waiter().until(driver -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("channel,dossiers");
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(
                rows.stream().map(row -> String.join(",", row)).toList());
    }

    @Test
    void theJusticeAnalystSeesNothingOutsideTheDepartment() {
        signIn(ApiDemoAccounts.JUSTICE_ANALYST, "/login");
        assertThat(text(By.id("scope"))).contains(JUSTICE);
        List<WebElement> path = browser.findElements(By.cssSelector("#path a"));
        assertThat(path).hasSize(1);
        assertThat(path.get(0).getAttribute("href")).contains(JUSTICE);
        assertThat(browser.findElements(By.id("nav-sql"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#organisations tr[data-org]")))
                .allSatisfy(row -> assertThat(row.getAttribute("data-org")).isEqualTo(JUSTICE));

        open("/workspace?org=" + OFFICE_OF_THE_COMMITTEE);
        assertThat(text(By.id("error-status"))).contains("403");
        assertThat(text(By.id("error-detail"))).contains(OFFICE_OF_THE_COMMITTEE, JUSTICE);

        open("/workspace/dossiers?period=2025&org=" + OFFICE_OF_THE_COMMITTEE + "&field=SolvedLate");
        assertThat(text(By.id("error-status"))).contains("403");

        open("/workspace/sql");
        assertThat(text(By.id("error-status"))).contains("403");
        assertThat(text(By.id("error-detail"))).contains(JUSTICE);

        open("/workspace/process");
        List<String> organisations = browser.findElements(By.cssSelector("#by-departments tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
        assertThat(organisations).isNotEmpty().allSatisfy(name -> assertThat(name).contains("Tư pháp"));
    }

    /** Signs in from {@code start} (the login page, or a page that sends there and back after the login). */
    private void signIn(String username, String start) {
        browser.manage().deleteAllCookies();
        open(start);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(ApiDemoAccounts.PASSWORD);
        click(By.id("login-submit"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private void click(By element) {
        click(browser.findElement(element));
    }

    private void click(WebElement element) {
        chromium.clickAndAwaitNextPage(element);
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private String text(By element) {
        return browser.findElement(element).getText();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
