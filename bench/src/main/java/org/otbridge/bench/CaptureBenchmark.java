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
 * peak heap: {@code CaptureBenchmark RUNS FILE...}. The first run includes compiling the reader.
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
            long packets = inventory.inputs().stream().mapToLong(i -> i.packets()).sum();
            System.out.printf(Locale.ROOT, "run %d: %.0f MB in %.2f s = %.0f MB/s, %.1f M packets/s; %d hosts, %d flows%n",
                    run, bytes / 1e6, seconds, bytes / 1e6 / seconds, packets / 1e6 / seconds, inventory.hosts().size(),
                    inventory.flows().size());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap %.0f MB%n", peak / 1e6);
    }
}
