package org.otbridge.report.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.otbridge.analysis.Assessment;
import org.otbridge.report.JsonReport;
import org.otbridge.report.TextSummary;
import org.otbridge.report.WhatIfJson;
import org.otbridge.report.WhatIfReport;
import org.otbridge.report.WhatIfText;
import org.otbridge.report.csv.CsvFindings;
import org.otbridge.report.diff.DiffHtml;
import org.otbridge.report.diff.DiffJson;
import org.otbridge.report.diff.DiffMarkdown;
import org.otbridge.report.diff.DiffResult;
import org.otbridge.report.diff.DiffText;
import org.otbridge.report.csv.WhatIfCsv;
import org.otbridge.report.html.HtmlReport;
import org.otbridge.report.html.WhatIfHtml;
import org.otbridge.report.markdown.MarkdownReport;
import org.otbridge.report.markdown.WhatIfMarkdown;
import org.otbridge.report.sarif.SarifReport;
import org.otbridge.report.sarif.WhatIfSarif;
import org.otbridge.report.view.ReportVersion;
import org.otbridge.report.xlsx.WhatIfXlsx;
import org.otbridge.report.xlsx.XlsxReport;
import tools.jackson.core.JacksonException;

/** Every format each kind of result is written in: the one list the commands choose from. */
public final class Formats {

    private Formats() {
    }

    /** Formats of the design not written yet, with the endings that would choose them. */
    public static final Map<String, List<String>> PLANNED = Map.of();

    private static final FormatRegistry<Assessment> ASSESSMENT = new FormatRegistry<>(List.of(
            TextFormat.of("text", List.of(".txt"), "a short summary for a terminal",
                    (assessment, out) -> out.write(new TextSummary().render(assessment))),
            TextFormat.of("json", List.of(".json"), "everything, as documented in docs/output.md",
                    (assessment, out) -> json(() -> new JsonReport().write(assessment, out))),
            TextFormat.of("html", List.of(".html", ".htm"),
                    "one self-contained page for management and engineers (docs/reports.md)",
                    (assessment, out) -> new HtmlReport().write(assessment, out)),
            TextFormat.of("sarif", List.of(".sarif", ".sarif.json"), "findings as SARIF 2.1.0 for code review",
                    (assessment, out) -> json(() -> new SarifReport(ReportVersion.get()).write(assessment, out))),
            TextFormat.of("csv", List.of(".csv"), "the findings, one row each",
                    (assessment, out) -> new CsvFindings().write(assessment.model(), assessment.findings(), out)),
            BinaryFormat.of("xlsx", List.of(".xlsx"), "a workbook with a sheet per section",
                    (assessment, out) -> new XlsxReport().write(assessment, out)),
            TextFormat.of("md", List.of(".md"), "summary, top findings, meeting points and shortcuts in Markdown",
                    (assessment, out) -> new MarkdownReport().write(assessment, out))));

    private static final ReportFormat<Assessment> VERBOSE_TEXT = TextFormat.of("text", List.of(".txt"),
            "every problem with its explanation and recommendation",
            (assessment, out) -> out.write(new TextSummary().renderVerbose(assessment)));

    private static final ReportFormat<Assessment> PLAN_TEXT = TextFormat.of("text", List.of(".txt"),
            "the action plan: each action, what it buys and the problems it closes",
            (assessment, out) -> out.write(new TextSummary().renderPlan(assessment)));

    /** The text format of {@code otbridge plan}. */
    public static ReportFormat<Assessment> planText() {
        return PLAN_TEXT;
    }

    /** The text format that prints everything ({@code --verbose}) instead of the first screen. */
    public static ReportFormat<Assessment> verboseText() {
        return VERBOSE_TEXT;
    }

    private static final FormatRegistry<WhatIfReport> WHAT_IF = new FormatRegistry<>(List.of(
            TextFormat.of("text", List.of(".txt"), "what stops, in order, and what an attacker reaches",
                    (report, out) -> out.write(new WhatIfText().render(report.model(), report.scenario(),
                            report.result()))),
            TextFormat.of("json", List.of(".json"), "everything, as documented in docs/whatif.md",
                    (report, out) -> json(() -> new WhatIfJson().write(report.model(), report.scenario(),
                            report.result(), out))),
            TextFormat.of("html", List.of(".html", ".htm"), "one self-contained page: what stops, what is reached",
                    (report, out) -> new WhatIfHtml().write(report, out)),
            TextFormat.of("sarif", List.of(".sarif", ".sarif.json"),
                    "no findings in a what-if: a note per service it stops or puts at risk, at the scenario",
                    (report, out) -> json(() -> new WhatIfSarif(ReportVersion.get()).write(report, out))),
            TextFormat.of("csv", List.of(".csv"), "no findings in a what-if: one row per effect",
                    (report, out) -> new WhatIfCsv().write(report, out)),
            BinaryFormat.of("xlsx", List.of(".xlsx"), "a workbook: down, services, timeline, reached, at risk",
                    (report, out) -> new WhatIfXlsx().write(report, out)),
            TextFormat.of("md", List.of(".md"), "what stops and what an attacker reaches, in Markdown",
                    (report, out) -> new WhatIfMarkdown().write(report, out))));

    private static final FormatRegistry<DiffResult> DIFF = new FormatRegistry<>(List.of(
            TextFormat.of("text", List.of(".txt"), "one line per change, new and worse first",
                    (diff, out) -> out.write(new DiffText().render(diff))),
            TextFormat.of("json", List.of(".json"), "every change, as documented in docs/reports.md",
                    (diff, out) -> json(() -> new DiffJson().write(diff, out))),
            TextFormat.of("md", List.of(".md"), "what the change opens and closes, for a merge request",
                    (diff, out) -> new DiffMarkdown().write(diff, out)),
            TextFormat.of("html", List.of(".html", ".htm"), "one self-contained page",
                    (diff, out) -> new DiffHtml().write(diff, out))));

    public static FormatRegistry<Assessment> assessment() {
        return ASSESSMENT;
    }

    public static FormatRegistry<WhatIfReport> whatIf() {
        return WHAT_IF;
    }

    /** The formats of {@code otbridge diff}. */
    public static FormatRegistry<DiffResult> diff() {
        return DIFF;
    }

    /** Jackson reports a failing writer with an unchecked exception; the caller expects IOException. */
    private static void json(Runnable writing) throws IOException {
        try {
            writing.run();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
