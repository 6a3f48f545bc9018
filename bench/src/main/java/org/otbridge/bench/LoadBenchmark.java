package org.otbridge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.testing.RandomModels;

/**
 * Loads and validates a generated model of N assets and prints the time and peak heap:
 * {@code LoadBenchmark ASSETS file|folder [RUNS]}. Run it in a fresh JVM per size with the
 * heap you want to prove (bench/run uses -Xmx2g); the first run is the cold one users see.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int assets = Integer.parseInt(args[0]);
        String layout = args.length > 1 ? args[1] : "file";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = Files.createTempDirectory("otbridge-bench");
        try {
            long generateStart = System.nanoTime();
            Path model = layout.equals("folder")
                    ? folder(dir, assets)
                    : RandomModels.writeFile(dir.resolve(RandomModels.SINGLE_FILE), 42L, assets);
            double generateSeconds = (System.nanoTime() - generateStart) / 1e9;
            long bytes = size(dir);
            double first = 0;
            double best = Double.MAX_VALUE;
            int problems = -1;
            int loadedAssets = -1;
            System.gc();
            resetPeaks();
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                LoadResult result = new ModelLoader().load(model);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (run == 0) {
                    first = seconds;
                }
                best = Math.min(best, seconds);
                problems = result.problems().size();
                loadedAssets = result.model().assets().size();
            }
            System.out.printf(Locale.ROOT,
                    "load  assets=%-8d layout=%-6s size=%6.1f MB  first=%6.2f s  best=%6.2f s  peak-heap=%5d MB"
                            + "  max-heap=%5d MB  loaded=%d problems=%d (generated in %.1f s)%n",
                    assets, layout, bytes / 1e6, first, best, peakHeapMegabytes(),
                    Runtime.getRuntime().maxMemory() >> 20, loadedAssets, problems, generateSeconds);
            if (problems != 0 || loadedAssets != assets) {
                System.exit(1);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path folder(Path dir, int assets) {
        RandomModels.writeFolder(dir, 42L, assets);
        return dir;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound on what was live at once. */
    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() >> 20;
    }
}
