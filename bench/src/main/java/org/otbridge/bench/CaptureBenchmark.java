package org.otbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.otbridge.observe.Discovery;
import org.otbridge.observe.inventory.Inventory;

/**
 * Reads captures into an inventory in this JVM, several times, and prints the throughput and the
 * CPU time per packet (of the whole process) and the peak heap: {@code CaptureBenchmark RUNS FILE...}. The
 * first run includes compiling the reader.
 * With {@code -Dsingle=true} each file is read by one thread from start to end.
 */
public final class CaptureBenchmark {

    private CaptureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        List<Path> files = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            Inventory inventory;
            if (Boolean.getBoolean("single")) {
                inventory = Inventory.EMPTY;
                for (Path file : files) {
                    inventory = inventory.merge(org.otbridge.observe.CaptureInventory.read(file, file.toString(),
                            org.otbridge.observe.capture.ReadListener.NONE));
                }
            } else {
                inventory = new Discovery().discover(files, new Discovery.Listener() {
                });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            long packets = inventory.inputs().stream().mapToLong(i -> i.packets()).sum();
            System.out.printf(Locale.ROOT,
                    "run %d: %.0f MB in %.2f s = %.0f MB/s, %.1f M packets/s; %.2f CPU s = %.0f ns a packet; %d hosts, %d flows%n",
                    run, bytes / 1e6, seconds, bytes / 1e6 / seconds, packets / 1e6 / seconds, cpu, cpu * 1e9 / packets,
                    inventory.hosts().size(), inventory.flows().size());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap %.0f MB%n", peak / 1e6);
    }

    /** CPU time of the whole process (all threads, the JIT compiler and the collector included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
