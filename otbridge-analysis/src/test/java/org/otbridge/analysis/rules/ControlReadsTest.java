package org.otbridge.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.otbridge.model.ControlKind;

/**
 * Which controls a rule's findings depend on decides which rules a re-assessment after a change to
 * controls evaluates again: reading too little would keep findings the change altered.
 */
class ControlReadsTest {

    private static Rule rule(String scope, String when) {
        String text = """
                rules:
                  - id: T-1
                    category: control-fitness
                    severity: high
                    scope: %s
                    when: '%s'
                    title: Test rule
                    explanation: Why.
                    recommendation: Do this.
                """.formatted(scope, when.replace("'", "''"));
        RuleCatalog.Loaded loaded = RuleCatalog.read("test.yaml", text);
        assertThat(loaded.problems()).as(when).isEmpty();
        return loaded.catalog().rules().get(0);
    }

    @Test
    void anAssetControlControlReadsTheKindsItTests() {
        assertThat(ControlReads.controlKinds(rule("asset-control", "control.kind == 'account-lockout' && asset.type == 'hmi'")))
                .containsExactly(ControlKind.ACCOUNT_LOCKOUT);
    }

    @Test
    void anAssetControlRuleForAnyKindReadsEveryControl() {
        assertThat(ControlReads.controlKinds(rule("asset-control", "asset.type == 'hmi'")))
                .isEqualTo(EnumSet.allOf(ControlKind.class));
    }

    @Test
    void readingTheControlsOfASubjectReadsEveryKind() {
        Set<ControlKind> all = EnumSet.allOf(ControlKind.class);
        assertThat(ControlReads.controlKinds(rule("asset", "'mfa' in asset.control_kinds"))).isEqualTo(all);
        assertThat(ControlReads.controlKinds(rule("asset", "size(controls) == 0"))).isEqualTo(all);
        assertThat(ControlReads.controlKinds(rule("zone", "'usb-block' in zone.control_kinds"))).isEqualTo(all);
    }

    @Test
    void readingThemOptionallyReadsEveryKindToo() {
        assertThat(ControlReads.controlKinds(rule("asset", "'mfa' in asset.?control_kinds.orValue([])")))
                .isEqualTo(EnumSet.allOf(ControlKind.class));
    }

    @Test
    void aRuleThatNeverLooksAtControlsReadsNone() {
        assertThat(ControlReads.controlKinds(rule("asset", "asset.type == 'plc' && asset.internet_exposed"))).isEmpty();
    }

    @Test
    void theBuiltInPasswordRulesReadOnlyPasswordPolicies() {
        Rule fit001 = RuleCatalog.builtIn().rules().stream().filter(r -> r.id().equals("OTB-FIT-001")).findFirst()
                .orElseThrow();
        assertThat(ControlReads.controlKinds(fit001)).containsExactly(ControlKind.PASSWORD_POLICY);
    }
}
