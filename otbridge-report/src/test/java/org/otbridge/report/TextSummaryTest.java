package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.model.Domain;

class TextSummaryTest {

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void summaryNamesModelCountsFindingsMeetingPointsAndShortcuts() {
        String text = new TextSummary().render(Fixtures.sample());

        assertThat(lines(text).get(0)).isEqualTo("Test Utility: 0 assets, 0 zones, 0 connections, 0 services, 0 suppliers");
        assertThat(lines(text).get(1))
                .isEqualTo("Findings: 5 (1 critical, 2 high, 0 medium, 1 low, 1 info); 1 accepted");
        assertThat(text).contains("Top findings:")
                .containsPattern("CRITICAL +OTB-ARCH-001 +Vendor remote access bypasses the DMZ")
                .contains("connection:vendor-ra")
                .containsPattern("HIGH +OTB-ARCH-003 +Historian replicates to IT .*\\(x2\\)")
                .as("one line per rule, with the first finding's subjects").contains("asset:hist-2, ...");
        assertThat(text).as("accepted findings are counted, not listed").doesNotContain("Always-on vendor access");
        assertThat(text.indexOf("OTB-ARCH-001")).isLessThan(text.indexOf("OTB-ARCH-003"));
        assertThat(text.indexOf("OTB-GOV-002")).isLessThan(text.indexOf("OTB-EXP-001"));

        assertThat(text).contains("Meeting points of IT, DMZ, OT and outside: 3 (2 connections, 1 multi-homed asset)\n"
                + "  1 connects IT or outside directly to OT, without passing a DMZ\n");
        assertThat(text).contains("Top shortcuts")
                .contains("connection:eng-bridge: from zone:corp to asset:scada-a at cost 1.0, no way without it")
                .contains("connection:vendor-ra: from supplier:acme-scada to asset:plc-n1 at cost 2.5 (7.0 over designed"
                        + " conduits)");
        assertThat(text.indexOf("connection:eng-bridge:")).as("in the analysis's ranking")
                .isLessThan(text.indexOf("connection:vendor-ra:"));
        assertThat(text).contains("Attack paths: 1");
        assertThat(text).contains("--format json");
        assertThat(text).doesNotContain("\u001b").doesNotContain("\r").endsWith("\n");
    }

    @Test
    void driftIsTwoLinesWithWhatWasReadAndTheWorstKinds() {
        Assessment assessment = Fixtures.withDrift();
        var c = assessment.drift().orElseThrow().counts();
        String text = new TextSummary().render(assessment);
        assertThat(text).contains("Observed traffic (3 inputs, " + assessment.drift().get().observed().packets()
                + " packets): " + c.hostsUndeclared() + " of " + c.hosts() + " hosts, "
                + (c.flowsUndeclared() + c.flowsReversed()) + " of " + c.flows() + " flows not in the model\n  "
                + c.flowsCrossing() + " across the OT boundary, " + c.unexpectedCommandFlows() + " with unexpected "
                + "commands, 1 remote tool on OT, " + c.connectionsNeverSeen() + " connections unseen\n");
        assertThat(c.flowsCrossing()).isPositive();
        assertThat(lines(text)).hasSizeLessThanOrEqualTo(TextSummary.MAX_LINES).allSatisfy(line ->
                assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(new TextSummary().render(Fixtures.bundled())).doesNotContain("Observed traffic");
    }

    @Test
    void emptyResultIsShortAndSaysSo() {
        String text = new TextSummary().render(Fixtures.empty());
        assertThat(lines(text)).hasSizeLessThanOrEqualTo(8);
        assertThat(text).contains("Quiet Utility").contains("Findings: 0 (0 critical, 0 high, 0 medium, 0 low, 0 info)")
                .contains("Meeting points of IT, DMZ, OT and outside: 0").doesNotContain("Top findings")
                .doesNotContain("Top shortcuts").contains("--format json");
    }

    @Test
    void bigResultStaysUnderFortyLines() {
        List<Finding> findings = new ArrayList<>();
        List<MeetingPoint> points = new ArrayList<>();
        List<Shortcut> shortcuts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            findings.add(Fixtures.finding("OTB-ARCH-00" + (i % 9 + 1), Severity.values()[i % 5],
                    "A rather long title that goes on and on about finding number " + i + " and why it matters a lot",
                    false, "asset:a-" + i, "asset:b-" + i, "asset:c-" + i, "asset:d-" + i, "asset:e-" + i));
            points.add(Fixtures.connectionPoint("c-" + i, Domain.IT, Domain.OT, i % 2 == 0));
            shortcuts.add(0, new Shortcut(Fixtures.ref("connection:c-" + i), "connection", "dmz", Fixtures.ref("zone:it-" + i),
                    Fixtures.ref("asset:s-" + i), List.of(), 1.0 + i, 1.0, i));
        }
        Assessment big = Fixtures.assessment(Fixtures.emptyModel("Big"), findings, points, List.of(), shortcuts);
        String text = new TextSummary().render(big);
        assertThat(lines(text)).hasSizeLessThanOrEqualTo(40);
        assertThat(text).contains("(x56)").contains("... and 496 more").contains("+2 more")
                .contains("500 (500 connections)\n  250 connect IT or outside directly to OT, without passing a DMZ")
                .contains("connection:c-499: from zone:it-499 to asset:s-499 at cost 1.0 (500.0 over designed conduits)");
        assertThat(lines(text)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));

        // Drift takes the room of one rule: still at most 40 lines.
        for (int i = 0; i < 30; i++) {
            findings.add(Fixtures.finding("OTB-GOV-0" + (10 + i), Severity.HIGH, "Another rule " + i, false, "zone:z-" + i));
        }
        Assessment withDrift = Assessment.of(big.model(), findings, Fixtures.assessment(big.model(), findings, points,
                List.of(), shortcuts).sections().with(org.otbridge.analysis.Analyses.DRIFT, Fixtures.withDrift().drift()));
        String driftText = new TextSummary().render(withDrift);
        assertThat(driftText).contains("Observed traffic (3 inputs", "... and 31 more rules");
        assertThat(lines(driftText)).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void bundledExampleSummary() {
        Assessment assessment = Fixtures.bundled();
        String text = new TextSummary().render(assessment);
        assertThat(lines(text).get(0)).startsWith(assessment.model().name() + ": ")
                .contains(assessment.model().assets().size() + " assets");
        assertThat(text).contains("Findings: ")
                .contains("Meeting points of IT, DMZ, OT and outside: " + assessment.meetingPoints().size())
                .contains("--format json");
        assertThat(lines(text)).hasSizeLessThanOrEqualTo(40);
    }
}
