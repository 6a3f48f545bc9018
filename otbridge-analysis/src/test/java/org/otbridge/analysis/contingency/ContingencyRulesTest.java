package org.otbridge.analysis.contingency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.RuleMetadata;

/** The rule list itself: metadata complete, ids unique and in catalog order. */
class ContingencyRulesTest {

    @Test
    void everyRuleHasCompleteContingencyMetadataWithAUniqueId() {
        List<ContingencyRule> rules = ContingencyRules.all();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(10);
        Set<String> ids = new HashSet<>();
        String previous = "";
        for (ContingencyRule rule : rules) {
            RuleMetadata meta = RuleMetadata.of(rule.getClass());
            assertThat(meta.id()).matches("OTB-CONT-\\d{3}");
            assertThat(ids.add(meta.id())).as("unique %s", meta.id()).isTrue();
            assertThat(meta.id()).as("catalog order").isGreaterThan(previous);
            previous = meta.id();
            assertThat(meta.category()).isEqualTo(Category.CONTINGENCY);
            assertThat(meta.title()).isNotBlank();
            assertThat(meta.explanation()).as(meta.id()).hasSizeGreaterThan(100);
            assertThat(meta.recommendation()).as(meta.id()).hasSizeGreaterThan(80);
            assertThat(meta.references()).as(meta.id()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r).doesNotContainIgnoringCase("verify"));
        }
    }
}
