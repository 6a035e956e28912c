package org.tthc.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tthc.api.HeadlessChromium;
import org.tthc.portal.demo.DemoCatalogue;
import org.tthc.api.web.security.DemoAccounts;

/**
 * The portal in a real browser (Debian's headless Chromium through chromedriver): a citizen submits online with
 * uploads, the officer processes it through the steps with a supplement round, finishes and returns it, the citizen
 * rates it; the anonymous status page shows every stage; the public pages fit a 390 px wide phone. Chromium missing
 * is a failure, never a skip ({@link HeadlessChromium}): {@code scripts/test-services.sh install} installs it.
 */
class PortalBrowserTest extends PortalWebTest {
    @TempDir
    static Path files;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws IOException {
        chromium = HeadlessChromium.start(files, Duration.ofSeconds(20));
        browser = chromium.browser();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aDossierGoesFromOnlineSubmissionThroughASupplementRoundToTheRating() throws IOException {
        signIn(DemoAccounts.CITIZEN);
        open("/submit?procedure=" + DemoCatalogue.BIRTH_REGISTRATION);
        new Select(browser.findElement(By.id("organisation")))
                .selectByValue(DemoCatalogue.JUSTICE);
        browser.findElement(By.id("phone")).sendKeys("0912345678");
        browser.findElement(By.id("document-TP01")).sendKeys(pdf("to-khai.pdf"));
        browser.findElement(By.id("document-TP02")).sendKeys(png("giay-chung-sinh.png"));
        clickAndWait(By.id("submit-dossier"));
        String code = browser.findElement(By.id("dossier-code")).getText();
        assertThat(code).startsWith(DemoCatalogue.JUSTICE + "-");
        assertThat(browser.findElement(By.id("submitted")).getText()).contains(code);
        assertThat(texts(By.cssSelector("#documents li"))).containsExactly("to-khai.pdf", "giay-chung-sinh.png");

        signIn(DemoAccounts.JUSTICE_OFFICER);
        open("/officer");
        assertThat(browser.findElement(By.id("inbox")).getText()).contains(code);
        open("/officer/dossiers/" + code);
        act("ASSIGN");
        browser.findElement(By.id("REQUEST_SUPPLEMENT-reason")).sendKeys("Thiếu bản sao giấy chứng nhận kết hôn");
        act("REQUEST_SUPPLEMENT");
        assertThat(currentStatus()).isEqualTo("Yêu cầu bổ sung giấy tờ");

        signIn(DemoAccounts.CITIZEN);
        open("/my/dossiers/" + code);
        assertThat(browser.findElement(By.id("supplement")).getText()).contains("Thiếu bản sao giấy chứng nhận kết hôn");
        browser.findElement(By.id("supplement-document")).sendKeys(pdf("ket-hon.pdf"));
        clickAndWait(By.id("send-supplement"));
        assertThat(currentStatus()).isEqualTo("Đang xử lý");
        assertThat(texts(By.cssSelector("#documents li"))).contains("ket-hon.pdf");

        signIn(DemoAccounts.JUSTICE_OFFICER);
        open("/officer/dossiers/" + code);
        act("FORWARD");
        act("FORWARD");
        assertThat(browser.findElements(By.id("do-FORWARD"))).as("no forward from the last step").isEmpty();
        act("FINISH");
        act("RETURN_RESULT");
        assertThat(currentStatus()).isEqualTo("Đã trả kết quả");

        signIn(DemoAccounts.CITIZEN);
        open("/my/dossiers/" + code);
        browser.findElement(By.id("overall-1")).click();
        clickAndWait(By.id("send-rating"));
        assertThat(browser.findElement(By.id("rated")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("send-rating"))).as("rated once").isEmpty();

        browser.manage().deleteAllCookies();
        open("/status?code=" + code);
        assertThat(currentStatus()).isEqualTo("Đã trả kết quả");
        List<String> stages = texts(By.cssSelector("#stages li strong"));
        assertThat(stages).containsExactly("Tiếp nhận hồ sơ", "Phân công xử lý", "Yêu cầu bổ sung, hoàn thiện hồ sơ",
                "Tiếp nhận hồ sơ bổ sung", "Chuyển bước xử lý tiếp theo", "Chuyển bước xử lý tiếp theo",
                "Hoàn thành xử lý", "Trả kết quả");
        assertThat(browser.findElement(By.id("dossier-status")).getText())
                .doesNotContain("Nguyễn Văn An", "0912345678", DemoAccounts.JUSTICE_OFFICER);

        publicPagesFitAPhone(code);
    }

    @Test
    void anUploadOverTheSizeLimitIsAnsweredWithTheLimitNotACsrfRefusal() throws IOException {
        signIn(DemoAccounts.CITIZEN);
        open("/submit?procedure=" + DemoCatalogue.CERTIFIED_COPY);
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, elevenMegabytes, 0, 9);
        browser.findElement(By.id("document-TP01")).sendKeys(write("too-large.pdf", elevenMegabytes));
        clickAndWait(By.id("submit-dossier"));

        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Tệp tải lên vượt quá dung lượng cho phép.");
    }

    /** At 390 px the public pages scroll only vertically. */
    private void publicPagesFitAPhone(String code) {
        Dimension desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.manage().deleteAllCookies();
            for (String page : List.of("/", "/status", "/status?code=" + code, "/login", "/?lang=en")) {
                assertFitsTheWidth(page);
            }
            signIn(DemoAccounts.CITIZEN);
            for (String page : List.of("/submit?procedure=" + DemoCatalogue.BUILDING_PERMIT, "/my/dossiers",
                    "/my/dossiers/" + code)) {
                assertFitsTheWidth(page);
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private void assertFitsTheWidth(String page) {
        open(page);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        long content = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(viewport).as("viewport of %s", page).isLessThanOrEqualTo(390);
        assertThat(content).as("content width of %s at %d px", page, viewport).isLessThanOrEqualTo(viewport);
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        clickAndWait(By.id("login-submit"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private void act(String action) {
        clickAndWait(By.id("do-" + action));
        assertThat(browser.findElements(By.cssSelector(".notice.error"))).as("refusal after %s: %s", action,
                texts(By.cssSelector(".notice.error"))).isEmpty();
    }

    private void clickAndWait(By button) {
        chromium.clickAndAwaitNextPage(browser.findElement(button));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private String currentStatus() {
        return browser.findElement(By.id("current-status")).getText();
    }

    private List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }

    private static String pdf(String name) throws IOException {
        return write(name, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static String png(String name) throws IOException {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        return write(name, signature);
    }

    private static String write(String name, byte[] content) throws IOException {
        File file = Files.write(files.resolve(name), content).toFile();
        return file.getAbsolutePath();
    }
}
