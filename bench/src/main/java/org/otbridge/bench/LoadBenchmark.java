package org.otbridge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.synth.SyntheticModel;
import org.otbridge.model.testing.RandomModels;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Loading against the floor it stands on: a bare event parse of the same files with SnakeYAML
 * Engine (marks on, the library's default settings otherwise), side by side, cold and warm.
 *
 * <pre>
 *   LoadBenchmark ASSETS [synth|file|folder] [COLD-RUNS] [WARM-ROUNDS]
 * </pre>
 *
 * {@code synth} is the {@code otbridge synth} model (a folder of one file per site), {@code file}
 * one generated file, {@code folder} the same split into files. Both measurements run on one
 * thread (the loader in a one-thread pool), so the ratio does not depend on what else the machine
 * is doing with its other core; the loader's own parallel time is printed for information.
 *
 * <p>Times are wall time and, because the machine's two cores are often shared, also the CPU time
 * of the whole JVM (for a cold run that includes the JIT compiler's and the collector's threads).
 *
 * <p>Cold: each cold run is a fresh JVM (this class again, with {@code cold-parse} or
 * {@code cold-load}), parse and load alternating, so both see the same machine. Warm: one JVM,
 * rounds alternating parse and load after warm-up rounds, each from a collected heap. Prints the
 * median and range of each.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].startsWith("cold-")) {
            Path model = Path.of(args[1]);
            long cpu = processCpu();
            double seconds = args[0].equals("cold-parse") ? timeParse(model) : timeLoad(model, true);
            System.out.println(seconds + " " + (processCpu() - cpu) / 1e9);
            return;
        }
        int assets = Integer.parseInt(args[0]);
        String layout = args.length > 1 ? args[1] : "synth";
        int coldRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int warmRounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path dir = Files.createTempDirectory("otbridge-bench");
        try {
            Path model = generate(dir, assets, layout);
            List<Path> files = files(model);
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            double megabytes = bytes / 1e6;
            System.out.printf(Locale.ROOT, "load  assets=%d layout=%s files=%d size=%.1f MB (one thread each)%n",
                    assets, layout, files.size(), megabytes);

            double[] coldParse = new double[coldRuns];
            double[] coldLoad = new double[coldRuns];
            double[] coldParseCpu = new double[coldRuns];
            double[] coldLoadCpu = new double[coldRuns];
            for (int run = 0; run < coldRuns; run++) {
                double[] parse = coldRun("cold-parse", model);
                double[] load = coldRun("cold-load", model);
                coldParse[run] = parse[0];
                coldParseCpu[run] = parse[1];
                coldLoad[run] = load[0];
                coldLoadCpu[run] = load[1];
            }
            report("cold", megabytes, coldParse, coldLoad);
            report("cold, CPU time of all the JVM's threads (JIT and GC included)", megabytes, coldParseCpu,
                    coldLoadCpu);

            for (int round = 0; round < 3; round++) {
                timeParse(model);
                timeLoad(model, true);
            }
            double[] warmParse = new double[warmRounds];
            double[] warmLoad = new double[warmRounds];
            double[] warmParseCpu = new double[warmRounds];
            double[] warmLoadCpu = new double[warmRounds];
            System.gc();
            resetPeaks();
            for (int round = 0; round < warmRounds; round++) {
                // Each round starts from a collected heap, as a user's run does: the model of the
                // round before would otherwise be collected, at length, inside the next one.
                System.gc();
                long cpu = processCpu();
                warmParse[round] = timeParse(model);
                warmParseCpu[round] = (processCpu() - cpu) / 1e9;
                System.gc();
                cpu = processCpu();
                warmLoad[round] = timeLoad(model, true);
                warmLoadCpu[round] = (processCpu() - cpu) / 1e9;
            }
            report("warm", megabytes, warmParse, warmLoad);
            report("warm, CPU time", megabytes, warmParseCpu, warmLoadCpu);
            long parallelStart = System.nanoTime();
            LoadResult result = new ModelLoader().load(model);
            double parallel = (System.nanoTime() - parallelStart) / 1e9;
            System.out.printf(Locale.ROOT, "  loader as used (parallel over files, warm): %.2f s, %.1f MB/s;"
                    + " peak heap %d MB of %d MB; loaded %d assets, %d problems%n", parallel, megabytes / parallel,
                    peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20, result.model().assets().size(),
                    result.problems().size());
            if (!result.ok() || result.model().assets().size() != assets) {
                System.out.println("  FAILED: the generated model did not load cleanly: "
                        + (result.ok() ? "asset count" : result.problems().get(0)));
                System.exit(1);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path generate(Path dir, int assets, String layout) throws IOException {
        switch (layout) {
            case "synth":
                SyntheticModel.write(dir.resolve("model"), assets, 1L);
                return dir.resolve("model");
            case "file":
                return RandomModels.writeFile(dir.resolve(RandomModels.SINGLE_FILE), 42L, assets);
            case "folder":
                RandomModels.writeFolder(dir.resolve("model"), 42L, assets);
                return dir.resolve("model");
            default:
                throw new IllegalArgumentException("layout is synth, file or folder, not " + layout);
        }
    }

    private static void report(String label, double megabytes, double[] parse, double[] load) {
        double parseMedian = median(parse);
        double loadMedian = median(load);
        System.out.printf(Locale.ROOT, "  %s%n    bare parse %5.2f s (%5.2f-%5.2f) %5.1f MB/s | load %5.2f s (%5.2f-%5.2f)"
                        + " %5.1f MB/s | load/parse throughput %3.0f%% (range %3.0f-%3.0f%%)%n",
                label, parseMedian, min(parse), max(parse), megabytes / parseMedian,
                loadMedian, min(load), max(load), megabytes / loadMedian, 100 * parseMedian / loadMedian,
                100 * min(parse) / max(load), 100 * max(parse) / min(load));
    }

    /** A fresh JVM, same class path and heap, timing one cold parse or load: wall and CPU seconds. */
    private static double[] coldRun(String mode, Path model) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadBenchmark.class.getName(), mode,
                model.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(mode + " failed: " + out);
        }
        String[] figures = out.split(" ");
        return new double[] {Double.parseDouble(figures[0]), Double.parseDouble(figures[1])};
    }

    /** CPU time of every thread of this JVM so far, in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Every event of every file, as the YAML library delivers it with positions. */
    static double timeParse(Path model) throws IOException {
        LoadSettings settings = LoadSettings.builder().setUseMarks(true).setCodePointLimit(Integer.MAX_VALUE).build();
        long start = System.nanoTime();
        long events = 0;
        for (Path file : files(model)) {
            try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8), 1 << 16)) {
                ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, reader));
                while (parser.hasNext()) {
                    parser.next();
                    events++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (events == 0) {
            throw new IllegalStateException("no events");
        }
        return seconds;
    }

    static double timeLoad(Path model, boolean oneThread) throws InterruptedException {
        long start = System.nanoTime();
        LoadResult result;
        if (oneThread) {
            ForkJoinPool pool = new ForkJoinPool(1);
            try {
                result = pool.submit(() -> new ModelLoader().load(model)).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        } else {
            result = new ModelLoader().load(model);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!result.ok()) {
            throw new IllegalStateException("model has problems: " + result.problems().get(0));
        }
        return seconds;
    }

    private static List<Path> files(Path model) throws IOException {
        if (!Files.isDirectory(model)) {
            return List.of(model);
        }
        try (Stream<Path> walk = Files.walk(model)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
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
