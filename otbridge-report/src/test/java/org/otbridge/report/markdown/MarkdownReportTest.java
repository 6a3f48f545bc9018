package org.otbridge.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.report.Fixtures;
import org.otbridge.report.WhatIfReport;

/** Markdown for a wiki or merge request: the summary, top findings, meeting points and shortcuts. */
class MarkdownReportTest {

    @Test
    void theExampleHasItsSectionsAndTablesOfEqualWidth() throws IOException {
        Assessment example = Fixtures.bundled();
        StringWriter out = new StringWriter();
        new MarkdownReport().write(example, out);
        String md = out.toString();
        assertThat(md).contains("# OT Bridge assessment: Nordvik Energi AS", "## Summary", "## Top findings",
                "## Where IT and OT meet", "## Shortcuts");
        assertThat(md).contains("`" + example.shortcuts().get(0).element().key() + "`");
        // Every row of a table has as many cells as its header, whatever the model's strings hold.
        String[] lines = md.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("| ---")) {
                int cells = cells(lines[i - 1]);
                for (int j = i + 1; j < lines.length && lines[j].startsWith("|"); j++) {
                    assertThat(cells(lines[j])).as(lines[j]).isEqualTo(cells);
                }
            }
        }
    }

    @Test
    void withACaptureTheObservedTrafficFollows() throws IOException {
        StringWriter without = new StringWriter();
        new MarkdownReport().write(Fixtures.bundled(), without);
        assertThat(without.toString()).doesNotContain("## Observed traffic");
        Assessment assessment = Fixtures.withDrift();
        StringWriter out = new StringWriter();
        new MarkdownReport().write(assessment, out);
        String md = out.toString();
        var c = assessment.drift().orElseThrow().counts();
        assertThat(md).contains("## Observed traffic", "Read 3 inputs", "- **Not in the model:** " + c.hostsUndeclared()
                + " of " + c.hosts() + " hosts", "| `asset:office-pc` | `asset:plc-1` | modbus tcp/502 | other-protocol, "
                + "crosses OT, unexpected commands | 3 write, 0 program, 0 command |", "remote tool");
        assertThat(md.indexOf("## Observed traffic")).isGreaterThan(md.indexOf("## Shortcuts"));
    }

    @Test
    void modelStringsCannotBreakATableOrInjectHtml() {
        assertThat(Md.text("a | b <img src=x onerror=alert(1)> *bold*"))
                .isEqualTo("a \\| b &lt;img src=x onerror=alert(1)> \\*bold\\*");
        assertThat(Md.text("> quoted, risk 790 -> 760")).isEqualTo("\\> quoted, risk 790 -> 760");
        assertThat(cells(Md.row(java.util.List.of(Md.text("x|y"), Md.code("p|q"))))).isEqualTo(2);
    }

    @Test
    void aWhatIfReadsAsATimeline() throws IOException {
        Assessment example = Fixtures.bundled();
        WhatIf whatIf = new WhatIf(new SiteFacts(example.model()));
        var scenario = whatIf.scenario("scada-hp-loss").orElseThrow();
        StringWriter out = new StringWriter();
        new WhatIfMarkdown().write(new WhatIfReport(example.model(), scenario, whatIf.run(scenario)), out);
        assertThat(out.toString()).contains("# Scenario scada-hp-loss", "## What stops", "### In order, if nothing is restored",
                "`service:steam-supply`");
    }

    /** Cells of a table row: pipes not escaped with a backslash, minus the outer two. */
    static int cells(String row) {
        int pipes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes - 1;
    }
}
