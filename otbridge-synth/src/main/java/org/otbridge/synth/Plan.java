package org.otbridge.synth;

import java.util.SplittableRandom;

/**
 * How N assets are spread over the model: a fixed corporate part, then sites of about
 * {@link #AVERAGE_SITE} assets (sizes vary per seed, in pairs, so the total stays exact), and
 * at scale a few sites with one very large flat field zone. Every per-site figure is computed
 * from the site index alone, so nothing here grows with N.
 */
final class Plan {

    /** Assets of corporate IT, the shared DMZ and the external zone (see SharedWriter). */
    static final int SHARED_ASSETS = 18;
    /** The smallest site the generator builds; the jitter never goes below it. */
    static final int MIN_SITE_ASSETS = 40;
    static final int AVERAGE_SITE = 150;
    static final int SITES_PER_REGION = 8;
    /** The largest flat zone the generator writes. */
    static final int LARGE_ZONE = 10_000;

    // Salts of the independent random streams.
    static final long SITE = 1;
    static final long JITTER = 2;
    static final long SHARED = 3;
    static final long NAMES = 4;

    final int assets;
    final long seed;
    final int largeZones;
    final int largeZoneSize;
    final int sites;
    final int regions;
    private final int base;
    private final int remainder;
    private final int jitter;
    private final int siteWidth;
    private final int regionWidth;

    Plan(int assets, long seed) {
        if (assets < SHARED_ASSETS + MIN_SITE_ASSETS) {
            throw new IllegalArgumentException("a synthetic model needs at least " + (SHARED_ASSETS + MIN_SITE_ASSETS)
                    + " assets, got " + assets);
        }
        this.assets = assets;
        this.seed = seed;
        if (assets >= 100_000) {
            largeZones = Math.max(1, assets / 300_000);
            largeZoneSize = LARGE_ZONE;
        } else if (assets >= 20_000) {
            largeZones = 1;
            largeZoneSize = assets / 10;
        } else {
            largeZones = 0;
            largeZoneSize = 0;
        }
        int spread = assets - SHARED_ASSETS - largeZones * largeZoneSize;
        this.sites = Math.max(1, (int) Math.round(spread / (double) AVERAGE_SITE));
        this.base = spread / sites;
        this.remainder = spread % sites;
        this.jitter = sites >= 2 ? Math.max(0, Math.min(base / 4, base - 1 - MIN_SITE_ASSETS)) : 0;
        this.regions = (sites + SITES_PER_REGION - 1) / SITES_PER_REGION;
        this.siteWidth = Math.max(3, digits(sites));
        this.regionWidth = Math.max(2, digits(regions));
    }

    static int digits(long value) {
        return Long.toString(value).length();
    }

    /** The exact number of assets of site {@code i}, large zone included. */
    int siteAssets(int i) {
        int size = base + (i < remainder ? 1 : 0);
        int partner = i ^ 1;
        if (jitter > 0 && partner < sites) {
            int delta = random(JITTER, i / 2).nextInt(-jitter, jitter + 1);
            size += (i & 1) == 0 ? delta : -delta;
        }
        return isLarge(i) ? size + largeZoneSize : size;
    }

    /** Whether site {@code i} carries one of the very large flat field zones. */
    boolean isLarge(int i) {
        for (int k = 0; k < largeZones; k++) {
            if (i == (int) ((2L * k + 1) * sites / (2L * largeZones))) {
                return true;
            }
        }
        return false;
    }

    String siteId(int i) {
        return "s" + zeroPad(i + 1, siteWidth);
    }

    String siteFile(int i) {
        return "site-" + zeroPad(i + 1, siteWidth) + ".yaml";
    }

    int regionOf(int site) {
        return site / SITES_PER_REGION;
    }

    String regionId(int region) {
        return "r" + zeroPad(region + 1, regionWidth);
    }

    /** An independent, reproducible random stream for one purpose and index. */
    SplittableRandom random(long salt, long index) {
        return new SplittableRandom(mix(mix(seed ^ mix(salt)) + index));
    }

    /** A well-spread hash of one number (the SplitMix64 finaliser). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static String zeroPad(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }
}
