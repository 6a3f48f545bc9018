package org.otbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.plan.Problem;
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
    void summaryOpensWithTheScorecardThenProblemsByMistakeWithTheirSubjects() {
        String text = new TextSummary().render(Fixtures.sample());

        assertThat(lines(text).get(0)).isEqualTo("Test Utility: 0 assets, 0 zones, 0 connections, 0 services, 0 suppliers");
        assertThat(lines(text).get(1)).startsWith("Problems: ").contains("from 5 open findings");
        assertThat(lines(text).get(3)).isEqualTo("Where the site stands on the three mistakes:");
        for (Mistake mistake : Mistake.values()) {
            assertThat(text).containsPattern("  (ACT|WATCH|IN ORDER) +" + Pattern.quote(mistake.title()) + ": ");
        }
        // The two findings on connection:vendor-ra's integration are one problem; the accepted one is not listed.
        assertThat(text).containsPattern("CRITICAL +connection:vendor-ra: Vendor remote access bypasses the DMZ")
                .contains("asset:hist-1: Historian replicates to IT \"directly\"")
                .contains("with connection:hist-repl")
                .doesNotContain("Always-on vendor access");
        assertThat(text.indexOf("Integration treated as pure gain:\n")).isLessThan(text.indexOf("connection:vendor-ra:"));
        assertThat(text).contains("--format json").doesNotContain("\u001b").doesNotContain("\r").endsWith("\n");
    }

    @Test
    void driftIsOneLineOnTheFirstScreenAndTwoInTheVerboseOutput() {
        Assessment assessment = Fixtures.withDrift();
        var c = assessment.drift().orElseThrow().counts();
        String text = new TextSummary().render(assessment);
        assertThat(c.flowsCrossing()).isPositive();
        assertThat(c.unexpectedCommandFlows()).isPositive();
        assertThat(lines(text)).contains("Drift: " + c.hostsUndeclared() + " of " + c.hosts() + " hosts, "
                + (c.flowsUndeclared() + c.flowsReversed()) + " of " + c.flows() + " flows undeclared; "
                + c.flowsCrossing() + " across OT, " + c.unexpectedCommandFlows() + " unexpected command"
                + (c.unexpectedCommandFlows() == 1 ? "" : "s") + ", 1 remote tool");
        assertThat(lines(text)).hasSizeLessThanOrEqualTo(TextSummary.MAX_LINES).allSatisfy(line ->
                assertThat(line.length()).isLessThanOrEqualTo(100));
        String verbose = new TextSummary().renderVerbose(assessment);
        assertThat(verbose).contains("Observed traffic (3 inputs, " + assessment.drift().get().observed().packets()
                + " packets): " + c.hostsUndeclared() + " of " + c.hosts() + " hosts, "
                + (c.flowsUndeclared() + c.flowsReversed()) + " of " + c.flows() + " flows not in the model\n  "
                + c.flowsCrossing() + " across the OT boundary, " + c.unexpectedCommandFlows() + " with unexpected "
                + "commands, 1 remote tool on OT, " + c.connectionsNeverSeen() + " connections unseen\n");
        assertThat(new TextSummary().render(Fixtures.bundled())).doesNotContain("Drift: ");
    }

    @Test
    void emptyResultIsShortAndSaysEveryMistakeIsInOrder() {
        String text = new TextSummary().render(Fixtures.empty());
        assertThat(lines(text)).hasSizeLessThanOrEqualTo(14);
        assertThat(text).contains("Quiet Utility").contains("Problems: 0 from 0 open findings")
                .doesNotContain("Do first").doesNotContain("worst first").contains("--format json");
        assertThat(lines(text)).filteredOn(l -> l.startsWith("  IN ORDER  ")).hasSize(3);
    }

    @Test
    void bigResultStaysUnderFortyLines() {
        List<Finding> findings = new ArrayList<>();
        List<MeetingPoint> points = new ArrayList<>();
        List<Shortcut> shortcuts = new ArrayList<>();
        String[] rules = {"OTB-ARCH-001", "OTB-FIT-002", "OTB-GOV-001", "OTB-CONT-007", "OTB-ARCH-004"};
        for (int i = 0; i < 500; i++) {
            findings.add(Fixtures.finding(rules[i % rules.length], Severity.values()[i % 5],
                    "A rather long title that goes on and on about finding number " + i + " and why it matters a lot",
                    false, "asset:a-" + i, "asset:b-" + i, "asset:c-" + i, "asset:d-" + i, "asset:e-" + i));
            points.add(Fixtures.connectionPoint("c-" + i, Domain.IT, Domain.OT, i % 2 == 0));
            shortcuts.add(0, new Shortcut(Fixtures.ref("connection:c-" + i), "connection", "dmz", Fixtures.ref("zone:it-" + i),
                    Fixtures.ref("asset:s-" + i), List.of(), 1.0 + i, 1.0, i));
        }
        Assessment big = Fixtures.assessment(Fixtures.emptyModel("Big"), findings, points, List.of(), shortcuts);
        String text = new TextSummary().render(big);
        assertThat(lines(text)).hasSizeLessThanOrEqualTo(40);
        for (Mistake mistake : Mistake.values()) {
            assertThat(lines(text)).contains("  " + mistake.title() + ":");
        }
        assertThat(text).containsPattern("\\.\\.\\. and [0-9]+ more").contains("IT and OT meet at 500 points, 250 bypassing the DMZ; 500 shortcuts past the design");
        assertThat(lines(text)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));

        // The line of drift takes the room of a problem: still at most 40 lines, still every mistake.
        Assessment withDrift = Assessment.of(big.model(), findings, Fixtures.assessment(big.model(), findings, points,
                List.of(), shortcuts).sections().with(org.otbridge.analysis.Analyses.DRIFT, Fixtures.withDrift().drift()));
        String driftText = new TextSummary().render(withDrift);
        assertThat(driftText).contains("Drift: ");
        assertThat(lines(driftText)).hasSizeLessThanOrEqualTo(40);
        for (Mistake mistake : Mistake.values()) {
            assertThat(lines(driftText)).contains("  " + mistake.title() + ":");
        }
    }

    @Test
    void bundledExampleSummary() {
        Assessment assessment = Fixtures.bundled();
        String text = new TextSummary().render(assessment);
        assertThat(lines(text).get(0)).startsWith(assessment.model().name() + ": ")
                .contains(assessment.model().assets().size() + " assets");
        assertThat(text).contains("Problems: ").contains("Do first (5 of 10 actions").contains("--format json");
        assertThat(lines(text)).hasSizeLessThanOrEqualTo(40);
        assertThat(lines(text)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void verboseExplainsEveryProblemSoNobodyNeedsTheJson() {
        Assessment assessment = Fixtures.bundled();
        String text = new TextSummary().renderVerbose(assessment);
        for (Problem p : assessment.problems()) {
            assertThat(text).contains(p.subject().key() + ": " + p.title());
        }
        for (Finding f : assessment.findings()) {
            assertThat(text).contains(f.rule() + " (" + f.severity().yamlName());
        }
        // the explanation and the recommendation of a finding, word for word, wrapped
        Finding first = assessment.findings().get(0);
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Why: " + first.explanation().replaceAll("\\s+", " ").strip())
                .contains("Do: " + first.recommendation().replaceAll("\\s+", " ").strip());
        assertThat(text).contains("Do first (risk ");
    }
}
