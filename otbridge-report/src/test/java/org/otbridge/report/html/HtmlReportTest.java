package org.otbridge.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.whatif.WhatIf;
import org.otbridge.report.Fixtures;
import org.otbridge.report.WhatIfReport;

/** The HTML page as text: self-contained, every section there, model strings escaped. */
class HtmlReportTest {

    static String html(Assessment assessment) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReport().write(assessment, out);
        return out.toString();
    }

    @Test
    void theExampleHasEverySectionAndFetchesNothing() throws IOException {
        Assessment example = Fixtures.bundled();
        String html = html(example);
        for (String id : new String[] {"overview", "meeting-points", "diagram", "attack-paths", "resilience",
            "control-fitness", "drift", "raci", "findings", "exceptions"}) {
            assertThat(html).contains("<section id=\"" + id + "\"");
        }
        assertThat(html).contains("Content-Security-Policy", "default-src &#39;none&#39;", "<svg id=\"zone-diagram\"",
                "IT/OT boundary");
        // Nothing that would load: no src attributes, no links but anchors on the page.
        assertThat(html).doesNotContainPattern("\\ssrc\\s*=");
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) {
            assertThat(hrefs.group(1)).startsWith("#");
        }
        assertThat(count(html, "<tr data-severity=")).isEqualTo(example.findings().size());
        assertThat(count(html, "<option value=\"") - count(html, "<option value=\"\"")
                - 5 - 7).as("an option per attack path").isEqualTo(example.attackPaths().size());
        assertThat(html).doesNotContain("Not computed yet.");
        // Page one opens with the decisions: the first actions with what each buys, then the scorecard.
        assertThat(html.indexOf("id=\"slot-top-actions\"")).isPositive()
                .isLessThan(html.indexOf("id=\"slot-scorecard\""));
        assertThat(html.indexOf("id=\"slot-scorecard\"")).isLessThan(html.indexOf("Where do IT and OT meet?"));
        assertThat(html).contains(example.actions().get(0).buys().replace("->", "-&gt;"));
        // ELK's coordinates can differ between layouts in one JVM (left to investigate); the rest is stable.
        assertThat(withoutDiagram(html(example))).as("the same assessment gives the same page").isEqualTo(withoutDiagram(html));
    }

    @Test
    void theDriftSectionShowsWhatTheModelDoesNotDeclare() throws IOException {
        assertThat(html(Fixtures.bundled())).contains("No traffic was read for this assessment");
        Assessment assessment = Fixtures.withDrift();
        var drift = assessment.drift().orElseThrow();
        String html = html(assessment);
        int section = html.indexOf("<section id=\"drift\"");
        String part = html.substring(section, html.indexOf("</section>", section));
        assertThat(part).contains("Read 3 inputs", "id=\"drift-flows\"", "id=\"drift-hosts\"",
                "id=\"drift-connections\"", "asset:office-pc (10.0.0.9)", "commands from an unexpected host",
                "remote tool on OT", "crosses the OT boundary", "never seen", "not covered: nothing seen of asset:plc-2",
                "192.168.10.113", "zone:ops (by subnet)");
        assertThat(count(part, "<tr") - 3).as("rows: undeclared hosts, flows needing a look, connections not confirmed")
                .isEqualTo(drift.counts().hostsUndeclared() + drift.flows().stream().filter(f -> f.remoteTool()
                        || f.unexpectedCommands() || f.status() != org.otbridge.analysis.drift.FlowStatus.DECLARED
                        && f.status() != org.otbridge.analysis.drift.FlowStatus.ZONE).count()
                        + drift.connections().stream().filter(c -> c.status() != org.otbridge.analysis.drift
                        .ConnectionStatus.SEEN || !c.otherProtocols().isEmpty()).count());
    }

    @Test
    void modelStringsAreEscapedWherever_theyAppear() throws IOException {
        String html = html(HostileModel.assessed());
        assertThat(html).doesNotContain(HostileModel.SCRIPT).doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(count(html, "<script>")).as("only the page's own script").isEqualTo(1);
    }

    @Test
    void aWhatIfPageHasItsSections() throws IOException {
        Assessment example = Fixtures.bundled();
        WhatIf whatIf = new WhatIf(new SiteFacts(example.model()));
        var scenario = whatIf.scenario("teamviewer-abuse").orElseThrow();
        StringWriter out = new StringWriter();
        new WhatIfHtml().write(new WhatIfReport(example.model(), scenario, whatIf.run(scenario)), out);
        assertThat(out.toString()).contains("<section id=\"case\"", "<section id=\"reach\"", "Services at risk",
                "Content-Security-Policy");
    }

    static String withoutDiagram(String html) {
        return html.replaceAll("(?s)<svg id=\"zone-diagram\".*?</svg>", "");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
