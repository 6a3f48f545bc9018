package org.otbridge.bench;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.synth.SyntheticModel;
import org.otbridge.report.html.HtmlReport;

/**
 * The HTML report of a synthetic utility of N assets: how long writing it takes, how large it is,
 * and how long headless chromium takes to open and lay it out (from navigation start to the end
 * of the load event, and the whole {@code get} as a user waits for it). {@code HtmlReportBenchmark
 * ASSETS}. Rendering is skipped when chromium and chromium-driver are not installed.
 */
public final class HtmlReportBenchmark {

    private HtmlReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int assets = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("otbridge-html-bench");
        try {
            SyntheticModel.write(dir.resolve("model"), assets, 1L);
            LoadResult loaded = new ModelLoader().load(dir.resolve("model"));
            if (!loaded.ok()) {
                throw new IllegalStateException("synthetic model has problems: " + loaded.problems().get(0));
            }
            Assessment assessment = new Assessor(LocalDate.of(2026, 11, 26)).assess(loaded.model());
            Path html = dir.resolve("report.html");
            long t0 = System.nanoTime();
            try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                new HtmlReport().write(assessment, out);
            }
            long t1 = System.nanoTime();
            double megabytes = Files.size(html) / 1e6;
            String render = render(html);
            System.out.printf(Locale.ROOT, "html assets=%-8d zones=%-6d findings=%-7d write=%5.2f s  size=%6.2f MB  %s%n",
                    assets, loaded.model().zones().size(), assessment.findings().size(), (t1 - t0) / 1e9, megabytes, render);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String render(Path html) throws IOException {
        String browser = "/usr/bin/chromium";
        String driverExe = "/usr/bin/chromedriver";
        if (!Files.isExecutable(Path.of(browser)) || !Files.isExecutable(Path.of(driverExe))) {
            return "render=skipped (no chromium)";
        }
        Path profile = Files.createTempDirectory("otbridge-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverExe))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            long t0 = System.nanoTime();
            driver.get(html.toUri().toString());
            long t1 = System.nanoTime();
            Number load = (Number) driver.executeScript(
                    "var t = performance.timing; return t.loadEventEnd - t.navigationStart;");
            Number nodes = (Number) driver.executeScript("return document.getElementsByTagName('*').length;");
            return String.format(Locale.ROOT, "render: load-event=%5.2f s  get=%5.2f s  elements=%d", load.doubleValue() / 1000,
                    (t1 - t0) / 1e9, nodes.longValue());
        } finally {
            driver.quit();
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
