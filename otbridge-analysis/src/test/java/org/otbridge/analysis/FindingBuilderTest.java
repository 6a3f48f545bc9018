package org.otbridge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

class FindingBuilderTest {

    @RuleInfo(id = "OTB-TEST-001", category = Category.ARCHITECTURE, severity = Severity.HIGH, title = "A test rule",
            explanation = "Why it matters in general", recommendation = "What to do instead",
            references = {"IEC 62443-3-3 SR 5.1", "NIST SP 800-82r3 5.2.3 (verify)", "NIST SP 800-82r3 App. F AC-4",
                    "Some guide 4.1 (verify)", "IEC 62443-3-3 SR 5.1"},
            attack = {"T0822", "M0930"}, mistake = Mistake.INTEGRATION, reads = {"asset.type"})
    static final class TestRule {
    }

    @RuleInfo(id = "OTB-TEST-002", category = Category.ARCHITECTURE, severity = Severity.LOW, title = "Bad ids",
            explanation = "x", recommendation = "y", attack = {"T1692.001"}, mistake = Mistake.INTEGRATION,
            reads = {"asset.type"})
    static final class UnknownAttackId {
    }

    private static final String YAML = """
            services:
              - {id: heat, name: District heating, impact: {supply: critical, society: critical}, max_tolerable_downtime: 4h, requires: [asset:scada]}
              - {id: trends, name: Trend reports, impact: {financial: high}, max_tolerable_downtime: 2d, requires: [asset:hist]}
            zones:
              - {id: cc, name: Control centre, domain: ot, level: 2}
            assets:
              - {id: scada, type: scada-server, zone: cc}
              - {id: hist, type: historian, zone: cc}
              - {id: spare, type: server, zone: cc}
              - {id: rtr, type: router, zone: cc}
            connections:
              - {id: feed, from: asset:spare, to: asset:hist, via: [asset:rtr]}
            """;

    private static final Model MODEL = load();

    private static Model load() {
        LoadResult result = new ModelLoader().load(List.of(new ModelSource("m.yaml", YAML)));
        assertThat(result.ok()).as("%s", result.problems()).isTrue();
        return result.model();
    }

    private final SiteFacts facts = new SiteFacts(MODEL);
    private final FindingBuilder out = FindingBuilder.forRule(TestRule.class, facts, AttackCatalog.bundled());

    private static Ref asset(String id) {
        return Ref.of(RefKind.ASSET, id);
    }

    @Test
    void raisesOneStepWhenACriticalServiceIsTouchedAndNamesTheConsequence() {
        Finding finding = out.report("asset:scada is reachable from the office", asset("scada"));
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.services()).containsExactly(Ref.of(RefKind.SERVICE, "heat"));
        assertThat(finding.explanation()).startsWith("asset:scada is reachable from the office. Why it matters in general.")
                .contains("It touches service:heat (District heating; supply, society: critical; tolerates 4h down).")
                .contains("raised from high to critical");
        assertThat(finding.id()).isEqualTo(FindingIds.of("OTB-TEST-001", List.of(asset("scada"))));
        assertThat(finding.rule()).isEqualTo("OTB-TEST-001");
        assertThat(finding.title()).isEqualTo("A test rule");
        assertThat(finding.category()).isEqualTo(Category.ARCHITECTURE);
        assertThat(finding.recommendation()).isEqualTo("What to do instead");
        assertThat(finding.accepted()).isFalse();
    }

    @Test
    void keepsTheDefaultForHighImpactAndLowersWithoutServices() {
        Finding high = out.report("historian detail.", asset("hist"));
        assertThat(high.severity()).isEqualTo(Severity.HIGH);
        assertThat(high.explanation()).contains("service:trends (Trend reports; financial: high; tolerates 2d down)")
                .doesNotContain("Severity");

        Finding none = out.report("spare detail", asset("spare"));
        assertThat(none.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(none.services()).isEmpty();
        assertThat(none.explanation()).contains("No declared service depends on these elements.",
                "lowered from high to medium");
        assertThat(out.findings()).containsExactly(high, none);
    }

    @Test
    void aConnectionTouchesItsEndsAndViaAssets() {
        var feed = MODEL.connection("feed").orElseThrow();
        assertThat(FindingBuilder.scopeOf(feed)).containsExactly(Ref.of(RefKind.CONNECTION, "feed"), asset("spare"),
                asset("hist"), asset("rtr"));
        Finding finding = out.report("feed detail", feed);
        assertThat(finding.subjects()).containsExactly(Ref.of(RefKind.CONNECTION, "feed"));
        assertThat(finding.services()).containsExactly(Ref.of(RefKind.SERVICE, "trends"));
    }

    @Test
    void serviceReferencesInTheScopeStandForThemselves() {
        Finding finding = out.report("detail", List.of(asset("spare")), List.of(Ref.of(RefKind.SERVICE, "heat")));
        assertThat(finding.services()).containsExactly(Ref.of(RefKind.SERVICE, "heat"));
    }

    @Test
    void referencesDropUncheckedSectionsAndNameAttackIdsFromTheBundle() {
        assertThat(out.references()).containsExactly("IEC 62443-3-3 SR 5.1", "NIST SP 800-82r3",
                "NIST SP 800-82r3 App. F AC-4", "ATT&CK ICS T0822 External Remote Services",
                "ATT&CK ICS M0930 Network Segmentation");
        assertThat(out.report("x", asset("scada")).references()).isEqualTo(out.references());
    }

    @Test
    void anAttackIdMissingFromTheBundleIsAProgrammingError() {
        assertThatThrownBy(() -> FindingBuilder.forRule(UnknownAttackId.class, facts, AttackCatalog.bundled()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T1692.001");
    }
}
