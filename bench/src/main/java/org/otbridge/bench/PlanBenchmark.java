package org.otbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.plan.Plan;
import org.otbridge.analysis.plan.Planner;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.synth.SyntheticModel;

/**
 * The action plan against the assessment it starts from, side by side in one JVM, as
 * {@code otbridge assess} runs them: {@code PlanBenchmark ASSETS [TOP]} (TOP defaults to 20).
 */
public final class PlanBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int assets = Integer.parseInt(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("otbridge-plan-bench");
        try {
            SyntheticModel.write(dir, assets, 1L);
            LoadResult loaded = new ModelLoader().load(dir);
            if (!loaded.ok()) {
                throw new IllegalStateException("synthetic model has problems: " + loaded.problems().get(0));
            }
            Model model = loaded.model();
            long t0 = System.nanoTime();
            long c0 = cpu();
            Assessment assessment = new Assessor(DAY).assess(model);
            long t1 = System.nanoTime();
            long c1 = cpu();
            Plan plan = Planner.of(DAY, RuleRegistry.builtIn(), RuleLimits.defaults()).plan(assessment, top);
            long t2 = System.nanoTime();
            long c2 = cpu();
            System.out.printf(Locale.ROOT,
                    "plan assets=%-8d assess=%6.2f s (cpu %5.1f s)  plan(top %d)=%6.2f s (cpu %5.1f s)  plan/assess=%5.2f"
                            + " | problems=%d candidates=%d measurements=%d actions=%d risk %d -> %d%n",
                    assets, seconds(t1 - t0), seconds(c1 - c0), top, seconds(t2 - t1), seconds(c2 - c1),
                    (double) (t2 - t1) / (t1 - t0),
                    assessment.problems().size(), plan.candidates(), plan.measurements(), plan.actions().size(),
                    plan.actions().isEmpty() ? 0 : plan.actions().get(0).before().risk(),
                    plan.actions().isEmpty() ? 0 : plan.actions().get(plan.actions().size() - 1).after().risk());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** CPU time of the whole JVM so far (every thread, the compiler and the collector too), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
