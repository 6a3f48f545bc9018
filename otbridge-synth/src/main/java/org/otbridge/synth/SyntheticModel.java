package org.otbridge.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Writes a valid synthetic site model of exactly N assets, for benchmarks and scale tests: a
 * made-up regional utility with many heat, water and power sites. Deterministic for a seed:
 * the same (assets, seed) gives byte-identical files.
 *
 * <p>Layout of the folder:
 * <pre>
 *   00-organization.yaml   central units and people, one operations unit per region of 8 sites
 *   01-services.yaml       corporate services (each site declares its own service)
 *   02-corporate-it.yaml   corporate IT, external zone, central DMZ, controls
 *   03-suppliers.yaml      5 to 20 suppliers, some single-source, with contract owners
 *   04-governance.yaml     corporate RACI, scenarios, exceptions
 *   sites/site-NNN.yaml    one file per site: zones, assets, connections, service, RACI
 * </pre>
 * Sites average {@value Plan#AVERAGE_SITE} assets; from 20,000 assets on, a few sites also carry
 * one very large flat field zone (up to {@value Plan#LARGE_ZONE} hosts). Almost every connection
 * stays inside its site; the exceptions go to the shared corporate hosts (domain controllers,
 * WSUS, central DMZ, internet firewall, cloud services).
 *
 * <p>Every file is streamed, event by event, through SnakeYAML Engine's emitter (see {@link Yaml}) to a
 * hidden temporary name and then renamed, so a loader never sees a half-written file; memory does
 * not grow with N.
 */
public final class SyntheticModel {

    /** The smallest model the generator writes: the corporate part and one small site. */
    public static final int MIN_ASSETS = Plan.SHARED_ASSETS + Plan.MIN_SITE_ASSETS;

    static final String[] SHARED_FILES = {"00-organization.yaml", "01-services.yaml", "02-corporate-it.yaml",
        "03-suppliers.yaml", "04-governance.yaml"};
    static final String SITES = "sites";

    private SyntheticModel() {
    }

    /** What one run wrote. {@code bytes} is the total size of the files. */
    public record Result(Path dir, int assets, int sites, int zones, int connections, int suppliers, int files,
            long bytes) {
    }

    @FunctionalInterface
    private interface Body {
        void write(Yaml yaml);
    }

    /**
     * Writes the model into {@code dir}, which must be empty or not exist yet.
     *
     * @throws IllegalArgumentException when {@code assets} is below {@link #MIN_ASSETS} or the folder is not empty
     * @throws IOException when writing fails; the files written so far are removed again
     */
    public static Result write(Path dir, int assets, long seed) throws IOException {
        Plan plan = new Plan(assets, seed);
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw new IllegalArgumentException(dir + " is not an empty folder");
        }
        Files.createDirectories(dir.resolve(SITES));
        Addresses addresses = new Addresses();
        SharedWriter shared = new SharedWriter(plan, addresses);
        SiteWriter sites = new SiteWriter(plan, shared, addresses);
        long bytes = 0;
        int written = 0;
        int site = 0;
        try {
            bytes += writeFile(dir.resolve(SHARED_FILES[0]), shared::organization);
            bytes += writeFile(dir.resolve(SHARED_FILES[1]), shared::services);
            bytes += writeFile(dir.resolve(SHARED_FILES[2]), shared::corporate);
            bytes += writeFile(dir.resolve(SHARED_FILES[3]), shared::suppliers);
            bytes += writeFile(dir.resolve(SHARED_FILES[4]), shared::governance);
            written = Plan.SHARED_ASSETS;
            for (; site < plan.sites; site++) {
                int index = site;
                int[] count = new int[1];
                bytes += writeFile(dir.resolve(SITES).resolve(plan.siteFile(site)),
                        yaml -> count[0] = sites.write(yaml, index));
                written += count[0];
            }
            if (written != assets) {
                throw new IllegalStateException("wrote " + written + " assets, asked for " + assets);
            }
        } catch (IOException | RuntimeException e) {
            removeWritten(dir, plan, site);
            throw e;
        }
        return new Result(dir, written, plan.sites, shared.zones + sites.zones, shared.connections + sites.connections,
                shared.supplierCount(), SHARED_FILES.length + plan.sites, bytes);
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Streams one file to a hidden temporary name beside it, then renames it; returns its size. */
    private static long writeFile(Path target, Body body) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (Yaml yaml = new Yaml(temporary)) {
                body.write(yaml);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return Files.size(target);
    }

    /** Removes what a failed run wrote (the folder was empty before), best effort. */
    private static void removeWritten(Path dir, Plan plan, int sites) {
        try {
            for (int i = 0; i <= Math.min(sites, plan.sites - 1); i++) {
                Files.deleteIfExists(dir.resolve(SITES).resolve(plan.siteFile(i)));
            }
            for (String name : SHARED_FILES) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir.resolve(SITES));
        } catch (IOException ignored) {
            // best effort: the original failure is what the caller needs to see
        }
    }
}
