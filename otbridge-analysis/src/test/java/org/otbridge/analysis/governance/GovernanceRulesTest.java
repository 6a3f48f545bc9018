package org.otbridge.analysis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.attack.AttackCatalog;

/** The governance rule catalog itself: ids, metadata and ATT&CK ids. */
class GovernanceRulesTest {

    private final List<RuleMetadata> rules = GovernanceRules.all().stream()
            .map(rule -> RuleMetadata.of(rule.getClass())).toList();

    @Test
    void atLeastTenRulesWithUniqueIdsInCatalogOrder() {
        List<String> ids = rules.stream().map(RuleMetadata::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates().isSorted()
                .allMatch(id -> id.matches("OTB-GOV-\\d{3}"));
        assertThat(ids).contains("OTB-GOV-001", "OTB-GOV-002", "OTB-GOV-003", "OTB-GOV-004", "OTB-GOV-005",
                "OTB-GOV-007", "OTB-GOV-008");
        assertThat(GovernanceRules.all().stream().map(Object::getClass).distinct()).hasSameSizeAs(ids);
    }

    @Test
    void everyRuleSaysWhyItMattersAndWhoShouldBeInvolved() {
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.category()).isEqualTo(Category.GOVERNANCE);
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.explanation()).hasSizeGreaterThan(80);
            assertThat(rule.recommendation()).hasSizeGreaterThan(60);
            assertThat(rule.references()).isNotEmpty()
                    .noneMatch(ref -> ref.contains("(verify)"))
                    .noneMatch(ref -> ref.matches("NIST SP 800-82r3 \\d.*"));
        });
    }

    @Test
    void everyAttackIdExistsInTheBundleAndIsCurrent() {
        AttackCatalog catalog = AttackCatalog.bundled();
        List<String> problems = new ArrayList<>();
        for (RuleMetadata rule : rules) {
            for (String id : rule.attack()) {
                if (catalog.name(id).isEmpty()) {
                    problems.add(rule.id() + ": unknown " + id);
                } else if (!catalog.isActive(id)) {
                    problems.add(rule.id() + ": deprecated or revoked " + id);
                }
            }
            // Building the references resolves every ATT&CK name.
            assertThat(new FindingBuilder(rule, null, catalog).references()).isNotEmpty();
        }
        assertThat(problems).isEmpty();
    }
}
