package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.attack.AttackCatalog;

/** The rule catalog itself: ids, metadata and ATT&CK ids. */
class ArchitectureRulesTest {

    private final List<RuleMetadata> rules = ArchitectureRules.all().stream()
            .map(rule -> RuleMetadata.of(rule.getClass())).toList();

    @Test
    void atLeastFourteenRulesWithUniqueIdsInCatalogOrder() {
        List<String> ids = rules.stream().map(RuleMetadata::id).toList();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(14).doesNotHaveDuplicates().isSorted()
                .allMatch(id -> id.matches("OTB-ARCH-\\d{3}"));
        assertThat(ids).contains("OTB-ARCH-001", "OTB-ARCH-002", "OTB-ARCH-003", "OTB-ARCH-004", "OTB-ARCH-005",
                "OTB-ARCH-006", "OTB-ARCH-007", "OTB-ARCH-008", "OTB-ARCH-009", "OTB-ARCH-010", "OTB-ARCH-011",
                "OTB-ARCH-013", "OTB-ARCH-014", "OTB-ARCH-017");
        assertThat(ArchitectureRules.all().stream().map(Object::getClass).distinct()).hasSameSizeAs(ids);
    }

    @Test
    void everyRuleSaysWhyItMattersAndWhatToDoInstead() {
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.category()).isEqualTo(Category.ARCHITECTURE);
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
                if (!id.matches("[TM]0\\d{3}")) {
                    problems.add(rule.id() + ": malformed " + id);
                } else if (catalog.name(id).isEmpty()) {
                    problems.add(rule.id() + ": unknown " + id);
                } else if (!catalog.isActive(id)) {
                    problems.add(rule.id() + ": deprecated or revoked " + id);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
