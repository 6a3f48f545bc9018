package org.otbridge.analysis.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.RuleMetadata;
import org.otbridge.analysis.SiteRule;
import org.otbridge.analysis.attack.AttackCatalog;

/** The Java rule families themselves: ids, metadata and ATT&CK ids. */
class BuiltInRulesTest {

    private record Family(String prefix, Category category, int atLeast, List<? extends SiteRule<?>> rules) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("OTB-ARCH-", Category.ARCHITECTURE, 23, BuiltInRules.ARCHITECTURE),
            new Family("OTB-EXP-", Category.EXPOSURE, 2, BuiltInRules.EXPOSURE),
            new Family("OTB-GOV-", Category.GOVERNANCE, 15, BuiltInRules.GOVERNANCE),
            new Family("OTB-CONT-", Category.CONTINGENCY, 20, BuiltInRules.CONTINGENCY),
            new Family("OTB-DRIFT-", Category.DRIFT, 7, BuiltInRules.DRIFT));

    @Test
    void everyFamilyHasItsRulesWithUniqueIdsInCatalogOrder() {
        for (Family family : FAMILIES) {
            List<String> ids = family.rules().stream().map(r -> RuleMetadata.of(r.getClass()).id()).toList();
            assertThat(ids).as(family.prefix()).hasSizeGreaterThanOrEqualTo(family.atLeast()).doesNotHaveDuplicates()
                    .isSorted().allMatch(id -> id.matches(family.prefix() + "\\d{3}"));
            assertThat(family.rules().stream().map(Object::getClass).distinct()).hasSameSizeAs(ids);
        }
    }

    @Test
    void everyRuleSaysWhyItMattersAndWhatToDoInstead() {
        for (Family family : FAMILIES) {
            for (SiteRule<?> rule : family.rules()) {
                RuleMetadata meta = RuleMetadata.of(rule.getClass());
                assertThat(meta.category()).as(meta.id()).isEqualTo(family.category());
                assertThat(meta.title()).as(meta.id()).isNotBlank();
                assertThat(meta.explanation()).as(meta.id()).hasSizeGreaterThan(80);
                assertThat(meta.recommendation()).as(meta.id()).hasSizeGreaterThan(60);
                assertThat(meta.references()).as(meta.id()).isNotEmpty()
                        .noneMatch(ref -> ref.toLowerCase(java.util.Locale.ROOT).contains("(verify)"))
                        .noneMatch(ref -> ref.matches("NIST SP 800-82r3 \\d.*"));
            }
        }
    }

    @Test
    void everyAttackIdExistsInTheBundleAndIsCurrent() {
        AttackCatalog catalog = AttackCatalog.bundled();
        List<String> problems = new ArrayList<>();
        for (Family family : FAMILIES) {
            for (SiteRule<?> rule : family.rules()) {
                RuleMetadata meta = RuleMetadata.of(rule.getClass());
                for (String id : meta.attack()) {
                    if (!id.matches("[TM]0\\d{3}")) {
                        problems.add(meta.id() + ": malformed " + id);
                    } else if (catalog.name(id).isEmpty()) {
                        problems.add(meta.id() + ": unknown " + id);
                    } else if (!catalog.isActive(id)) {
                        problems.add(meta.id() + ": deprecated or revoked " + id);
                    }
                }
                // Building the references resolves every ATT&CK name.
                assertThat(new FindingBuilder(meta, null, catalog).references()).isNotEmpty();
            }
        }
        assertThat(problems).isEmpty();
    }
}
