package org.otbridge.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.FallbackStaff;
import org.otbridge.model.Model;
import org.otbridge.model.Service;
import org.otbridge.model.Unit;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/**
 * A change rewrites a copy of the model; what it does not change must come through as it was:
 * accounts, operating systems, firmware signing, management interfaces, protocol categories,
 * fallback staff and headcounts. Lost on the way, they would make a change look as if it closed
 * problems it never touched. Checked with every candidate of the bundled example.
 */
class ChangesKeepTheModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final Model MODEL = load(Path.of("..", "examples", "nordvik-energi"));

    private static Model load(Path path) {
        LoadResult result = new ModelLoader().load(path);
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    private static List<Change> candidates() {
        Assessment assessment = new Assessor(DAY).assess(MODEL);
        return new Remedies(MODEL, DAY).candidates(assessment.problems(), assessment.findings());
    }

    @Test
    void everyCandidateKeepsWhatItDoesNotChange() {
        List<Change> candidates = candidates();
        assertThat(MODEL.accounts()).isNotEmpty();
        for (Change change : candidates) {
            Model after = change.apply(MODEL, DAY);
            String what = change.title();
            assertThat(after.accounts()).as(what).extracting(Account::id)
                    .containsExactlyElementsOf(MODEL.accounts().stream().map(Account::id).toList());
            for (Account before : MODEL.accounts()) {
                Account now = after.account(before.id()).orElseThrow();
                if (!before.ref().equals(change.subject())) {
                    assertThat(List.of(now.kind(), now.domain(), now.holders(), String.valueOf(now.mfa()),
                            String.valueOf(now.disabled()))).as(what + ": " + before.id())
                            .isEqualTo(List.of(before.kind(), before.domain(), before.holders(),
                                    String.valueOf(before.mfa()), String.valueOf(before.disabled())));
                }
            }
            for (Asset before : MODEL.assets()) {
                after.asset(before.id()).filter(a -> !a.ref().equals(change.subject())).ifPresent(now -> {
                    assertThat(now.os()).as(what + ": " + before.id()).isEqualTo(before.os());
                    assertThat(now.signedFirmware()).as(what + ": " + before.id()).isEqualTo(before.signedFirmware());
                    assertThat(now.management()).as(what + ": " + before.id()).isEqualTo(before.management());
                });
            }
            for (Connection before : MODEL.connections()) {
                after.connection(before.id()).filter(c -> !c.ref().equals(change.subject())).ifPresent(now ->
                        assertThat(now.protocolCategory()).as(what + ": " + before.id())
                                .isEqualTo(before.protocolCategory()));
            }
            for (Service before : MODEL.services()) {
                Service now = after.service(before.id()).orElseThrow();
                if (before.fallback() != null && now.fallback() != null) {
                    assertThat(now.fallback().staff()).as(what + ": " + before.id()).extracting(FallbackStaff::unit)
                            .containsExactlyElementsOf(before.fallback().staff().stream().map(FallbackStaff::unit).toList());
                    if (!before.ref().equals(change.subject())) {
                        assertThat(now.fallback().staff()).as(what + ": " + before.id())
                                .isEqualTo(before.fallback().staff());
                    }
                }
            }
            assertThat(after.organization().units()).as(what).extracting(Unit::headcount)
                    .containsExactlyElementsOf(MODEL.organization().units().stream().map(Unit::headcount).toList());
        }
    }

    @Test
    void theExampleGetsACandidateForEachAccountManagementFirmwareAndStaffRuleThatHasOne() {
        assertThat(candidates()).extracting(Change::kind).contains("disable-account", "require-account-mfa",
                "separate-ot-account", "move-management-interface", "require-signed-firmware", "exercise-fallback");
        // and a model's efforts can name each of them
        assertThat(Efforts.KINDS).containsAll(candidates().stream().map(Change::kind).toList());
    }

    @Test
    void exercisingAFallbackRecordsTheDrillOfEveryUnitItNames() {
        Service staffed = MODEL.services().stream()
                .filter(s -> s.fallback() != null && !s.fallback().staff().isEmpty()).findFirst().orElseThrow();
        Model after = new Change.ExerciseFallback(staffed.ref()).apply(MODEL, DAY);
        assertThat(after.service(staffed.id()).orElseThrow().fallback().staff())
                .allSatisfy(p -> assertThat(p.lastDrilled()).isEqualTo(DAY))
                .extracting(FallbackStaff::count)
                .containsExactlyElementsOf(staffed.fallback().staff().stream().map(FallbackStaff::count).toList());
        assertThat(Objects.requireNonNull(after.service(staffed.id()).orElseThrow().fallback().lastTested()))
                .isEqualTo(DAY);
    }
}
