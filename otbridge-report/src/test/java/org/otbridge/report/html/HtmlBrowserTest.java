package org.otbridge.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Severity;
import org.otbridge.report.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example's report opened in headless Chromium: the page makes no request beyond its own file,
 * its script runs under its Content-Security-Policy (filters and path drawing work), and the
 * overview, diagram and tables are there. Keeps a screenshot and a PDF print under
 * target/html-report. Skipped when chromium and chromium-driver are not installed (CI installs them).
 */
class HtmlBrowserTest {

    static final Path ARTIFACTS = Path.of("target", "html-report");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start(@TempDir Path temp) throws IOException {
        Optional<String[]> installed = HeadlessChromium.installed();
        Assumptions.assumeTrue(installed.isPresent(), "chromium and chromium-driver are not installed");
        profile = temp.resolve("profile");
        browser = HeadlessChromium.start(installed.get(), profile, 1400, 2000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Path write(String name, String html) throws IOException {
        Files.createDirectories(ARTIFACTS);
        Path file = ARTIFACTS.resolve(name).toAbsolutePath();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(html);
        }
        return file;
    }

    /**
     * Every URL the page asked for, from the DevTools log (Network.requestWillBeSent); Chromium's
     * own {@code chrome://} resources (the clear icon of a search field) come from the browser itself.
     */
    private static List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).get("message");
            if ("Network.requestWillBeSent".equals(message.get("method").stringValue())) {
                String url = message.get("params").get("request").get("url").stringValue();
                if (!url.startsWith("chrome://")) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    @Test
    void theExampleReportLoadsNothingAndWorks() throws IOException {
        Assessment example = Fixtures.bundled();
        Path file = write("example.html", HtmlReportTest.html(example));
        browser.manage().logs().get(LogType.PERFORMANCE); // start from an empty log
        browser.get(file.toUri().toString());

        assertThat(requests()).as("requests made by the page").containsOnly(file.toUri().toString());
        assertThat(((Number) browser.executeScript("return performance.getEntriesByType('resource').length")).intValue())
                .isZero();
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(problems).as("console errors, such as a blocked script").isEmpty();

        assertThat(browser.findElements(By.cssSelector("#overview .q"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#overview .slot .pending"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#slot-scorecard tbody tr"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#slot-top-actions ol.actions li"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("#zone-diagram g.node")))
                .hasSizeGreaterThanOrEqualTo(example.model().zones().size());
        assertThat(browser.findElements(By.cssSelector("#zone-diagram g.edge"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#meeting-points tbody tr"))).hasSize(example.meetingPoints().size());
        assertThat(browser.findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(example.findings().size());
        assertThat(browser.findElements(By.cssSelector("#raci tbody tr"))).hasSize(example.raci().rows().size());

        // The script runs: drawing a path highlights its zones, the filters hide rows.
        new Select(browser.findElement(By.id("path-select"))).selectByIndex(1);
        assertThat(browser.findElements(By.cssSelector("#zone-diagram .node.hl"))).isNotEmpty();
        new Select(browser.findElement(By.id("f-severity"))).selectByValue("critical");
        long critical = example.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).count();
        assertThat(browser.findElement(By.id("f-count")).getText()).isEqualTo(String.valueOf(critical));
        new Select(browser.findElement(By.id("f-severity"))).selectByValue("");

        Files.write(ARTIFACTS.resolve("example.png"), browser.getScreenshotAs(OutputType.BYTES));
        byte[] pdf = Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
        Files.write(ARTIFACTS.resolve("example.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void hostileModelStringsStayText() throws IOException {
        Path file = write("hostile.html", HtmlReportTest.html(HostileModel.assessed()));
        browser.get(file.toUri().toString());
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains(HostileModel.SCRIPT);
        assertThat(browser.findElements(By.cssSelector("img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("script"))).hasSize(1);
    }
}
