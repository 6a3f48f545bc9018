package org.otbridge.analysis.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.Severity;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;
import org.otbridge.model.testing.RandomModels;

/**
 * Severity from consequence and exposure, over seeded random models: critical only for a critical
 * consequence behind a cheap path, said in words; and hardening a way in (MFA, approval per session,
 * on demand) never makes any finding worse.
 */
class SeverityPropertyTest {

    private static final long MASTER_SEED = 0x07B0_2026_1204L;
    private static final int SEEDS = 40;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    static Stream<Arguments> models() {
        SplittableRandom master = new SplittableRandom(MASTER_SEED);
        return Stream.generate(() -> Arguments.of(master.nextLong(), 20 + master.nextInt(120))).limit(SEEDS);
    }

    private static Model model(long seed, int assets) {
        LoadResult result = new ModelLoader().load(List.of(new ModelSource("random.yaml", RandomModels.yaml(seed, assets))));
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    @ParameterizedTest(name = "seed {0}, {1} assets")
    @MethodSource("models")
    void criticalMeansACriticalConsequenceBehindACheapPath(long seed, int assets) {
        Assessment assessment = new Assessor(DAY).assess(model(seed, assets));
        for (Finding f : assessment.findings()) {
            if ((f.category() == Category.ARCHITECTURE || f.category() == Category.EXPOSURE)
                    && f.severity() == Severity.CRITICAL) {
                assertThat(f.explanation()).as(f.rule() + " " + f.subjects())
                        .contains("Severity critical: a critical consequence for operations, and cheap to reach");
            }
            if (f.category() == Category.ARCHITECTURE || f.category() == Category.EXPOSURE) {
                assertThat(f.explanation()).as(f.rule() + " " + f.subjects()).containsPattern("Severity \\w+: "
                        + "(a \\w+ consequence for operations|no declared service at stake), and "
                        + "(cheap to reach|reachable at moderate cost|hard to reach|reachable only through a hardened"
                        + "|not reachable from any entry point)");
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, {1} assets")
    @MethodSource("models")
    void hardeningAWayInNeverMakesAFindingWorse(long seed, int assets) {
        Model before = model(seed, assets);
        List<Connection> waysIn = before.connections().stream().filter(c -> isWayIn(before, c)).toList();
        if (waysIn.isEmpty()) {
            return;
        }
        Connection way = waysIn.get(new SplittableRandom(seed).nextInt(waysIn.size()));
        Model after = hardened(before, way);
        Map<String, Severity> was = new HashMap<>();
        new Assessor(DAY).assess(before).findings().forEach(f -> was.put(f.id(), f.severity()));
        for (Finding f : new Assessor(DAY).assess(after).findings()) {
            Severity old = was.get(f.id());
            if (old != null) {
                assertThat(f.severity().ordinal()).as(f.rule() + " " + f.subjects() + " after hardening " + way.id())
                        .isGreaterThanOrEqualTo(old.ordinal());
            }
        }
    }

    /** From a supplier, the internet or an IT zone into the DMZ or the plant. */
    private static boolean isWayIn(Model model, Connection c) {
        boolean outside = c.from().kind() == RefKind.SUPPLIER || c.from().kind() == RefKind.INTERNET
                || domain(model, c.from()) == Domain.IT;
        Domain to = domain(model, c.to());
        return outside && (to == Domain.OT || to == Domain.DMZ || to == Domain.SAFETY);
    }

    private static Domain domain(Model model, Ref ref) {
        return switch (ref.kind()) {
            case ZONE -> model.zone(ref.id()).map(z -> z.domain()).orElse(null);
            case ASSET -> model.asset(ref.id()).flatMap(a -> a.zones().stream().findFirst())
                    .flatMap(z -> model.zone(z.id())).map(z -> z.domain()).orElse(null);
            default -> Domain.EXTERNAL;
        };
    }

    /** The model with {@code way} behind MFA, approved per session and opened on demand. */
    private static Model hardened(Model model, Connection way) {
        List<Connection> connections = new ArrayList<>();
        for (Connection c : model.connections()) {
            connections.add(c != way ? c : new Connection(c.id(), c.name(), c.from(), c.to(), c.protocol(), c.ports(),
                    c.initiator(), c.via(), AuthMethod.MFA, true, false, c.purpose(), c.justification(),
                    c.expires(), c.requires(), c.description(), c.at()));
        }
        List<Control> controls = new ArrayList<>(model.controls());
        controls.add(new Control("per-session-approval", ControlKind.REMOTE_ACCESS_APPROVAL, List.of(way.ref()),
                Map.of(), "Each session approved by the shift", way.at()));
        return new Model(model.files(), model.organization(), model.services(), model.zones(), model.assets(),
                connections, model.suppliers(), controls, model.responsibilities(), model.scenarios(),
                model.exceptions());
    }
}
