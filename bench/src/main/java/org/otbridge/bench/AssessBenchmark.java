package org.otbridge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.otbridge.analysis.Analyses;
import org.otbridge.analysis.Analysis;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.exposure.ExposureAnalyzer;
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.analysis.rules.RuleCatalog;
import org.otbridge.analysis.registry.RuleRegistry;
import org.otbridge.analysis.rules.RuleEngine;
import org.otbridge.analysis.rules.RuleLimits;
import org.otbridge.model.Model;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.synth.SyntheticModel;

/**
 * Assesses a synthetic utility of N assets ({@code otbridge synth}) and prints where the time
 * goes and the peak heap: {@code AssessBenchmark ASSETS}. One cold run, as a user sees it, then
 * the exposure, resilience and rule catalog analyses once more on their own (warm).
 */
public final class AssessBenchmark {

    private AssessBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int assets = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("otbridge-assess-bench");
        try {
            SyntheticModel.write(dir, assets, 1L);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            LoadResult loaded = new ModelLoader().load(dir);
            long t1 = System.nanoTime();
            if (!loaded.ok()) {
                throw new IllegalStateException("synthetic model has problems: " + loaded.problems().get(0));
            }
            Model model = loaded.model();
            // Each analysis timed on its own thread (CPU time), to show its share of the work.
            Map<String, Long> cpu = new ConcurrentHashMap<>();
            List<Analysis<?>> timed = Analyses.builtIn().stream().<Analysis<?>>map(a -> timed(a, cpu)).toList();
            Assessment assessment = new Assessor(LocalDate.of(2026, 11, 26), RuleRegistry.builtIn(),
                    RuleLimits.defaults(), timed).assess(model);
            long t2 = System.nanoTime();
            SiteFacts facts = new SiteFacts(model);
            long t3 = System.nanoTime();
            ExposureAnalyzer.analyze(facts);
            long t4 = System.nanoTime();
            ResilienceAnalyzer.analyze(facts);
            long t5 = System.nanoTime();
            RuleEngine.Result rules = new RuleEngine(RuleCatalog.builtIn(), LocalDate.of(2026, 11, 26)).run(facts);
            long t6 = System.nanoTime();
            System.out.printf(Locale.ROOT,
                    "assess assets=%-8d load=%6.2f s  assess=%6.2f s  total=%6.2f s  | warm: facts=%5.2f s"
                            + " exposure=%5.2f s resilience=%5.2f s rules=%5.2f s (%d evaluations) | peak-heap=%5d MB max-heap=%5d MB"
                            + " | findings=%d paths=%d cut-sets=%d%n",
                    assets, seconds(t1 - t0), seconds(t2 - t1), seconds(t2 - t0), seconds(t3 - t2),
                    seconds(t4 - t3), seconds(t5 - t4), seconds(t6 - t5),
                    rules.evaluations().values().stream().mapToLong(Long::longValue).sum(), peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20,
                    assessment.findings().size(), assessment.attackPaths().size(),
                    assessment.resilience().cutSets().size());
            long work = cpu.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder shares = new StringBuilder("  shares of the analyses' CPU time (" + String.format(Locale.ROOT,
                    "%.2f s in all):", seconds(work)));
            cpu.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> shares.append(String.format(Locale.ROOT, " %s %.0f%%", e.getKey(),
                            100.0 * e.getValue() / work)));
            System.out.println(shares);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static <T> Analysis<T> timed(Analysis<T> analysis, Map<String, Long> cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Analysis.of(analysis.key(), analysis.needs(), context -> {
            long start = threads.getCurrentThreadCpuTime();
            T result = analysis.run(context);
            cpu.put(analysis.key().name(), threads.getCurrentThreadCpuTime() - start);
            return result;
        });
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() >> 20;
    }
}
