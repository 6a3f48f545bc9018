package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.model.Problem;
import org.otbridge.model.yaml.YNode;
import org.otbridge.model.yaml.YamlTreeReader;

/**
 * Every built-in control-fitness rule fires on a small model made for it and stays quiet on its
 * OT-fit alternative: cases from fit-cases.yaml, each run through the engine.
 */
class FitRulesTest {

    private static final String CASES = "/org/otbridge/analysis/rules/fit-cases.yaml";

    record Case(String name, String model, List<String> fires, List<String> quiet) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String base;

    static List<Case> cases() throws IOException {
        List<Problem> problems = new ArrayList<>();
        YNode root;
        try (Reader reader = new InputStreamReader(FitRulesTest.class.getResourceAsStream(CASES), StandardCharsets.UTF_8)) {
            root = new YamlTreeReader().read("fit-cases.yaml", reader, problems::add);
        }
        assertThat(problems).isEmpty();
        YNode.YMap map = (YNode.YMap) root;
        base = ((YNode.YScalar) map.get("base")).text();
        List<Case> cases = new ArrayList<>();
        for (YNode item : ((YNode.YList) map.get("cases")).items()) {
            YNode.YMap c = (YNode.YMap) item;
            cases.add(new Case(((YNode.YScalar) c.get("name")).text(), ((YNode.YScalar) c.get("model")).text(),
                    words(c.get("fires")), words(c.get("quiet"))));
        }
        return cases;
    }

    private static List<String> words(YNode node) {
        if (node == null) {
            return List.of();
        }
        return ((YNode.YList) node).items().stream().map(i -> ((YNode.YScalar) i).text()).toList();
    }

    static Stream<Case> caseStream() throws IOException {
        return cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseStream")
    void ruleFiresOrStaysQuiet(Case c) {
        List<Finding> findings = new RuleEngine(RuleCatalog.builtIn(), Models.EXAMPLE_DAY)
                .evaluate(Models.facts(base, c.model()));
        Set<String> fired = new TreeSet<>();
        findings.forEach(f -> fired.add(f.rule()));
        assertThat(c.fires().size() + c.quiet().size()).as("a case expects something").isPositive();
        assertThat(fired).as("rules fired for: " + c.name()).containsAll(c.fires());
        for (String quiet : c.quiet()) {
            assertThat(fired).as("rules fired for: " + c.name()).doesNotContain(quiet);
        }
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.category()).isEqualTo(Category.CONTROL_FITNESS);
            assertThat(f.explanation()).isNotBlank();
            assertThat(f.recommendation()).isNotBlank();
        });
    }

    @Test
    void everyBuiltInRuleHasAFiringAndAQuietCase() throws IOException {
        List<Case> cases = cases();
        Set<String> firing = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        cases.forEach(c -> {
            firing.addAll(c.fires());
            quiet.addAll(c.quiet());
        });
        List<String> ids = RuleCatalog.builtIn().rules().stream().map(Rule::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(25);
        assertThat(firing).as("rules with a case where they fire").containsAll(ids);
        assertThat(quiet).as("rules with a case where they stay quiet").containsAll(ids);
    }
}
