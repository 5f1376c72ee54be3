package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The provenance page in a real headless Chromium (Debian's chromium and chromium-driver; scripts/test installs them
 * when missing): it renders, shows the claims, loads its QR code, and shows no personal data of the seeded herders.
 */
@QuarkusTest
class ProvenanceBrowserTest {

    static final String CHROMIUM = System.getProperty("pashm.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("pashm.chromedriver", "/usr/bin/chromedriver");

    static ChromeDriver driver;
    static Path profile;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Db db;

    @BeforeAll
    static void start() throws Exception {
        assertThat(new File(CHROMIUM).canExecute()).as("Debian's chromium at " + CHROMIUM + " (scripts/test installs it)").isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("Debian's chromium-driver at " + CHROMEDRIVER + " (scripts/test installs it)").isTrue();
        profile = Files.createTempDirectory("pashm-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void rendersTheClaimsAndNoPersonalData() throws Exception {
        Chain.Built c = Chain.build(db);
        driver.get(new URL(base, "p/" + c.dehaired).toString());
        assertThat(driver.getTitle()).isEqualTo("Provenance of lot " + c.dehaired);
        assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("Lot " + c.dehaired);
        List<WebElement> claims = driver.findElements(By.cssSelector("#claims tr.claim"));
        assertThat(claims).extracting(WebElement::getText).anySatisfy(t -> assertThat(t)
                .startsWith("Origin: Alxa League, Inner Mongolia").contains("HOLDS")); // CSS upper-cases the verdict
        assertThat(claims).extracting(e -> e.getAttribute("data-verdict")).containsOnly("holds").hasSize(5);
        assertThat(driver.findElement(By.id("harvest")).getText()).startsWith("combed by hand, never shorn");
        assertThat(driver.findElement(By.id("welfare")).getText()).contains("2 of 2 sources conformant");
        assertThat(driver.findElements(By.cssSelector("#chain li"))).hasSizeGreaterThanOrEqualTo(6);
        // The QR code image loaded and is square.
        Object width = ((JavascriptExecutor) driver).executeScript(
                "const i = document.getElementById('qr'); return i.complete ? i.naturalWidth : -1;");
        Object height = ((JavascriptExecutor) driver).executeScript("return document.getElementById('qr').naturalHeight;");
        assertThat(((Number) width).intValue()).isPositive().isEqualTo(((Number) height).intValue());
        String text = driver.findElement(By.tagName("body")).getText();
        String source = driver.getPageSource();
        for (String personal : ProvenancePageTest.personalData(c)) {
            assertThat(text).as("visible text").doesNotContain(personal);
            assertThat(source).as("page source").doesNotContain(personal);
        }
        Path shot = Path.of("target", "provenance-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
    }
}
