package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.model.Account;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/**
 * The planner keeps what it measured on sites an action did not reach: that is only right if the
 * slice of every such site is the same after the action as before it. Checked for candidate
 * changes of every kind on a synthetic utility, against sites drawn at random (seeded).
 */
class SitesReachedTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path dir;

    static Model model;

    @BeforeAll
    static void writeAUtilityOfManySites() throws IOException {
        model = SyntheticUtility.write(dir, 2_500, 7L);
    }

    @Test
    void aSiteAnActionDidNotReachHasTheSameSliceAfterIt() {
        Sites sites = Sites.of(model);
        Assessment assessment = new Assessor(DAY).assess(model);
        List<Change> candidates = new Remedies(model, DAY).candidates(assessment.problems(), assessment.findings());
        Map<String, Integer> perKind = new HashMap<>();
        Random random = new Random(20261205L);
        int compared = 0;
        int reachingSome = 0;
        for (Change change : candidates) {
            if (perKind.merge(change.kind(), 1, Integer::sum) > 4) {
                continue;
            }
            Model after = change.apply(model, DAY);
            Set<Integer> reached = sites.reached(model, after);
            if (reached == null) {
                continue;
            }
            reachingSome++;
            for (int i = 0; i < 3; i++) {
                int site = random.nextInt(sites.count());
                if (reached.contains(site)) {
                    continue;
                }
                assertSameSlice(SiteSlice.of(model, sites, Set.of(site)), SiteSlice.of(after, sites, Set.of(site)),
                        change.title() + ", site " + site);
                compared++;
            }
        }
        assertThat(reachingSome).as("changes confined to some sites").isGreaterThan(10);
        assertThat(compared).as("slices compared").isGreaterThan(20);
    }

    /**
     * Every account of the neglected example with its MFA flag turned, and every candidate change
     * there: the synthetic utility has no accounts, the example has accounts used on a site and on
     * the shared part at once, which every slice holds.
     */
    @Test
    void anAccountChangedOnTheExampleReachesEverySliceThatHoldsIt() {
        LoadResult loaded = new ModelLoader().load(Path.of("../examples/nordvik-energi"));
        assertThat(loaded.problems()).isEmpty();
        Model example = loaded.model();
        Sites sites = Sites.of(example);
        assertThat(sites.count()).as("sites of the example").isGreaterThan(1);
        List<Model> changed = new java.util.ArrayList<>();
        for (Account account : example.accounts()) {
            List<Account> accounts = example.accounts().stream().map(a -> a != account ? a
                    : new Account(a.id(), a.name(), a.kind(), a.domain(), a.usedOn(), a.holders(),
                            !Boolean.TRUE.equals(a.mfa()), a.privileged(), a.lastUsed(), a.disabled(), a.description(),
                            a.at())).toList();
            changed.add(ModelEdit.accounts(example, accounts));
        }
        Assessment assessment = new Assessor(DAY).assess(example);
        for (Change change : new Remedies(example, DAY).candidates(assessment.problems(), assessment.findings())) {
            changed.add(change.apply(example, DAY));
        }
        assertThat(example.accounts()).isNotEmpty();
        int compared = 0;
        for (Model after : changed) {
            Set<Integer> reached = sites.reached(example, after);
            for (int site = 0; reached != null && site < sites.count(); site++) {
                if (!reached.contains(site)) {
                    assertSameSlice(SiteSlice.of(example, sites, Set.of(site)), SiteSlice.of(after, sites, Set.of(site)),
                            "site " + site);
                    compared++;
                }
            }
        }
        assertThat(compared).as("slices of sites a change did not reach").isPositive();
    }

    private static void assertSameSlice(Model before, Model after, String what) {
        assertThat(after.zones()).as(what).isEqualTo(before.zones());
        assertThat(after.assets()).as(what).isEqualTo(before.assets());
        assertThat(after.connections()).as(what).isEqualTo(before.connections());
        assertThat(after.services()).as(what).isEqualTo(before.services());
        assertThat(after.controls()).as(what).isEqualTo(before.controls());
        assertThat(after.accounts()).as(what).isEqualTo(before.accounts());
        assertThat(after.responsibilities()).as(what).isEqualTo(before.responsibilities());
        assertThat(after.exceptions()).as(what).isEqualTo(before.exceptions());
        assertThat(after.organization()).as(what).isEqualTo(before.organization());
    }
}
