package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Problem;

/**
 * Hostile rule files: a condition that would loop without end, exhaust memory, divide by zero or
 * carry a regular expression that crashes the regex compiler is stopped or refused, and named by
 * file, line and rule id, never silent and never a crash.
 */
class BoundedRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Duration BUDGET = Duration.ofSeconds(20);

    private static final SiteFacts SITE = Models.facts("""
            zones:
              - {id: cc, domain: ot, level: 2}
            assets:
              - {id: a-1, type: plc, zone: cc}
              - {id: a-2, type: plc, zone: cc}
              - {id: a-3, type: hmi, zone: cc}
              - {id: a-4, type: hmi, zone: cc}
              - {id: a-5, type: scada-server, zone: cc}
            """);

    private static RuleCatalog.Loaded load(String when) {
        return load(when, RuleLimits.defaults());
    }

    private static RuleCatalog.Loaded load(String when, RuleLimits limits) {
        String text = """
                rules:
                  - id: HOSTILE-1
                    category: control-fitness
                    severity: high
                    scope: asset
                    title: Hostile
                    explanation: Why.
                    recommendation: Do this.
                    when: '%s'
                """.formatted(when.replace("'", "''"));
        return RuleCatalog.read("hostile.yaml", text, limits);
    }

    private static RuleEngine.Result run(String when, RuleLimits limits) {
        RuleCatalog.Loaded loaded = load(when, limits);
        assertThat(loaded.problems()).as(when).isEmpty();
        return assertTimeoutPreemptively(BUDGET, () -> new RuleEngine(loaded.catalog(), TODAY,
                org.otbridge.analysis.attack.AttackCatalog.bundled(), limits).run(SITE));
    }

    private static final String HUNDRED = "[" + String.join(",", java.util.Collections.nCopies(100, "1")) + "]";

    @Test
    void fourNestedLoopsOverAHundredItemsStopAtTheIterationLimitAndNameTheRule() {
        RuleEngine.Result result = run(HUNDRED + ".all(a, " + HUNDRED + ".all(b, " + HUNDRED + ".all(c, " + HUNDRED
                + ".all(d, a + b + c + d > 0))))", RuleLimits.defaults().with("rule-evaluation-time", "10m"));
        assertThat(result.findings()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.toString()).startsWith("hostile.yaml:9:5: rule HOSTILE-1 stopped on asset:a-1: ")
                    .contains("100000 loop steps (limit rule-iterations)");
        });
        // Stopped once: the other four assets are not evaluated again.
        assertThat(result.evaluations()).containsEntry("HOSTILE-1", 1L);
    }

    @Test
    void aSlowConditionStopsAtTheEvaluationTime() {
        RuleLimits limits = RuleLimits.defaults().with("rule-iterations", "2000000000")
                .with("rule-evaluation-time", "200ms");
        RuleEngine.Result result = run(HUNDRED + ".all(a, " + HUNDRED + ".all(b, " + HUNDRED + ".all(c, " + HUNDRED
                + ".all(d, a + b + c + d > 0))))", limits);
        assertThat(result.problems()).singleElement().asString()
                .contains("rule HOSTILE-1 stopped on asset:a-1: one evaluation took longer than 200 ms");
    }

    @Test
    void aConditionThatBuildsEverLargerStringsIsStoppedNotAnOutOfMemoryCrash() {
        // Each step doubles the string: 2^40 characters would need terabytes.
        StringBuilder when = new StringBuilder("'ab'");
        for (int i = 0; i < 40; i++) {
            when.append(".replace('a', 'aa').replace('b', 'bb')");
        }
        RuleEngine.Result result = run("size(" + when + ") > 0", RuleLimits.defaults());
        assertThat(result.problems()).singleElement().asString().contains("rule HOSTILE-1 stopped on asset:a-1: "
                + "the condition built a value of ").contains("(limit rule-value-size is 10000000)");
    }

    @Test
    void aListLargerThanTheValueSizeIsStopped() {
        RuleEngine.Result result = run(HUNDRED + ".map(x, x * 2).size() > 0",
                RuleLimits.defaults().with("rule-value-size", "50"));
        assertThat(result.problems()).singleElement().asString()
                .contains("the condition built a value of 100 characters or items (limit rule-value-size is 50)");
    }

    @Test
    void divisionByZeroIsReportedNotSilent() {
        RuleEngine.Result result = run("size(asset.id) / (size(asset.id) - 3) > 0", RuleLimits.defaults());
        assertThat(result.problems()).singleElement().asString()
                .isEqualTo("hostile.yaml:9:5: rule HOSTILE-1 stopped on asset:a-1: division by zero; its findings are"
                        + " incomplete");
    }

    @Test
    void aMissingValueStaysQuietAsDocumented() {
        RuleEngine.Result result = run("asset.spares_on_hand > 0", RuleLimits.defaults());
        assertThat(result.problems()).isEmpty();
        assertThat(result.findings()).isEmpty();
        assertThat(result.errors()).containsEntry("HOSTILE-1", 5L);
    }

    @Test
    void aRegexThatOverflowsTheCompilerIsRefusedWhenTheFileIsLoaded() {
        RuleCatalog.Loaded loaded = assertTimeoutPreemptively(BUDGET,
                () -> load("asset.id.matches(\"(a{1,1000}){1,1000}\")"));
        assertThat(loaded.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("hostile.yaml:9:5: condition of rule 'HOSTILE-1' does not compile (column 18 of the condition): "
                        + "regular expression is too ")
                .contains("simplify it");
    }

    @Test
    void aRegexThatDoesNotCompileIsRefusedWhenTheFileIsLoaded() {
        RuleCatalog.Loaded loaded = load("matches(asset.id, \"plc-(\")");
        assertThat(loaded.problems()).extracting(Problem::toString).singleElement().asString()
                .contains("hostile.yaml:9:5: condition of rule 'HOSTILE-1' does not compile")
                .contains("regular expression does not compile: missing closing )");
    }

    @Test
    void aHugeRegexIsRefusedAgainstTheProgramSizeLimit() {
        RuleCatalog.Loaded loaded = load("asset.id.matches(\"[a-z]{1,200}[0-9]{1,200}\")",
                RuleLimits.defaults().with("rule-regex-size", "100"));
        assertThat(loaded.problems()).extracting(Problem::toString).singleElement().asString()
                .contains("regular expression is too large").contains("rule-regex-size is 100");
    }

    @Test
    void aRegexBuiltAtRunTimeIsBoundedByTheRuntime() {
        RuleEngine.Result result = run("asset.id.matches('(' + asset.id + '{1,1000}){1,1000}')", RuleLimits.defaults());
        assertThat(result.problems()).singleElement().asString().contains("rule HOSTILE-1 stopped on asset:a-1");
    }

    @Test
    void limitsAreNamedAndCheckedForTheUser() {
        assertThat(RuleLimits.names()).containsExactly("rule-iterations", "rule-evaluation-time", "rule-time",
                "rule-regex-size", "rule-value-size");
        assertThat(RuleLimits.defaults().with("rule-time", "2m").ruleTime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(RuleLimits.defaults().with("rule-evaluation-time", "250ms").evaluationTime())
                .isEqualTo(Duration.ofMillis(250));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleLimits.defaults().with("rule-iteratons", "5"))
                .hasMessage("unknown limit 'rule-iteratons'; did you mean 'rule-iterations'?");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleLimits.defaults().with("rule-time", "0"))
                .hasMessageContaining("rule-time takes a time above 0");
        RuleLimits.names()
                .forEach(name -> assertThat(RuleLimits.describe(name)).contains("default"));
    }
}
