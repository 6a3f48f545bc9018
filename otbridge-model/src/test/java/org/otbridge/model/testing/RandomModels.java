package org.otbridge.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.otbridge.model.AssetType;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Discipline;
import org.otbridge.model.Domain;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.RefKind;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.load.ModelSource;

/**
 * Seeded random site models that are valid by construction and use the whole grammar of
 * shared/MODEL.md: every section, every enum value (once the counts allow it), both reference
 * spellings, flow and block style, nested {@code requires} expressions, documented and free
 * control parameters, extension keys, quoting and non-ASCII text.
 *
 * <p>The same seed and counts always give the same model, whether written as one file
 * ({@link #yaml()}) or split over a folder ({@link #files()}, {@link #writeFolder(Path)}). Output is
 * streamed into a {@link StringBuilder}; 100,000 assets take well under a second.
 *
 * <p>{@code requires} is acyclic, also counting the implicit edges of MODEL.md (an asset needs
 * what its zone requires, a connection needs its endpoints): the first {@link #infrastructure()}
 * assets sit in zones without {@code requires} and need only each other, leaf zones and suppliers;
 * zones with {@code requires} need only those; other assets need earlier assets, zones and
 * suppliers; connections need assets, zones, suppliers and earlier connections; services need
 * anything and earlier services.
 *
 * <pre>{@code
 * String text = RandomModels.yaml(42, 1_000);
 * RandomModels big = RandomModels.builder(7).assets(100_000).build();
 * big.writeFolder(dir);
 * }</pre>
 */
public final class RandomModels {

    /** The name a single-file model should be loaded under for {@link #facts()} positions to match. */
    public static final String SINGLE_FILE = "model.yaml";

    private final long seed;
    private final int assets;
    private final int infrastructure;
    private final int zones;
    private final int units;
    private final int people;
    private final int suppliers;
    private final int controls;
    private final int connections;
    private final int services;
    private final int responsibilities;
    private final int scenarios;
    private final int exceptions;
    private final int assetsPerFile;

    private RandomModels(Builder b) {
        this.seed = b.seed;
        this.assets = b.assets;
        this.zones = orDefault(b.zones, Math.max(7, b.assets / 20));
        this.units = orDefault(b.units, Discipline.values().length + b.assets / 2_000);
        this.people = orDefault(b.people, Math.max(6, b.assets / 100));
        this.suppliers = orDefault(b.suppliers, Math.max(4, b.assets / 50));
        this.controls = orDefault(b.controls, 18 + b.assets / 100);
        this.connections = orDefault(b.connections, Math.max(6, b.assets + b.assets / 4));
        this.services = orDefault(b.services, Math.max(3, b.assets / 200));
        this.responsibilities = orDefault(b.responsibilities, 4 + this.zones / 2 + this.services);
        this.scenarios = orDefault(b.scenarios, Math.max(3, b.assets / 500));
        this.exceptions = orDefault(b.exceptions, Math.max(3, b.assets / 500));
        this.infrastructure = Math.min(b.assets, Math.max(1, b.assets / 10));
        this.assetsPerFile = b.assetsPerFile > 0 ? b.assetsPerFile
                : Math.max(1, Math.min(5_000, (b.assets + 1) / 2));
        require(zones >= 1 && units >= 1 && people >= 1 && suppliers >= 1, "zones, units, people and suppliers must be >= 1");
        require(assets >= 0 && controls >= 0 && connections >= 0 && services >= 0 && responsibilities >= 0
                && scenarios >= 0 && exceptions >= 0, "counts must be >= 0");
        require(connections == 0 || zones + assets + suppliers >= 2, "connections need two distinct endpoints");
    }

    private static int orDefault(int value, int otherwise) {
        return value >= 0 ? value : otherwise;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    // ------------------------------------------------------------------ entry points

    public static Builder builder(long seed) {
        return new Builder(seed);
    }

    /** One valid model file with {@code assets} assets and proportional counts of everything else. */
    public static String yaml(long seed, int assets) {
        return builder(seed).assets(assets).build().yaml();
    }

    /** Writes {@link #yaml(long, int)} to {@code file}. */
    public static Path writeFile(Path file, long seed, int assets) {
        return builder(seed).assets(assets).build().writeFile(file);
    }

    /** Writes the same model as {@link #yaml(long, int)} split over several files under {@code dir}. */
    public static List<Path> writeFolder(Path dir, long seed, int assets) {
        return builder(seed).assets(assets).build().writeFolder(dir);
    }

    /** The model as one file. */
    public String yaml() {
        return new RandomModelWriter(this).singleFile();
    }

    /** The model split over files: relative path (with '/') to text, in load order. */
    public Map<String, String> files() {
        return new RandomModelWriter(this).folder();
    }

    /** The folder variant as sources named by their relative paths, ready for ModelLoader.load(List). */
    public List<ModelSource> sources() {
        List<ModelSource> sources = new ArrayList<>();
        files().forEach((name, text) -> sources.add(new ModelSource(name, text)));
        return sources;
    }

    public Path writeFile(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, yaml(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@link #files()} under {@code dir} (created if needed); returns the files written. */
    public List<Path> writeFolder(Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files().entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                written.add(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * What a sample of the generated values must load as, for round-trip checks: keys are
     * {@code "asset:plc-3/zones"}, values the expected value in the form documented at
     * {@link RandomModelWriter}. Positions ({@code /line}) are those of {@link #yaml()}.
     */
    public Map<String, String> facts() {
        RandomModelWriter writer = new RandomModelWriter(this);
        writer.singleFile();
        return Collections.unmodifiableMap(writer.facts());
    }

    /** The expected element counts, keyed like {@code Model.counts()}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("assets", assets);
        counts.put("zones", zones);
        counts.put("connections", connections);
        counts.put("services", services);
        counts.put("suppliers", suppliers);
        counts.put("controls", controls);
        counts.put("people", people);
        counts.put("units", units);
        counts.put("responsibilities", responsibilities);
        counts.put("scenarios", scenarios);
        counts.put("exceptions", exceptions);
        return Collections.unmodifiableMap(counts);
    }

    /** Every id defined for {@code kind}; empty for kinds without ids. */
    public Set<String> ids(RefKind kind) {
        Set<String> ids = new LinkedHashSet<>();
        int n = switch (kind) {
            case ASSET -> assets;
            case ZONE -> zones;
            case CONNECTION -> connections;
            case SUPPLIER -> suppliers;
            case SERVICE -> services;
            case PERSON -> people;
            case UNIT -> units;
            case CONTROL -> controls;
            case ACCOUNT -> accounts();
            default -> 0;
        };
        for (int i = 0; i < n; i++) {
            ids.add(id(kind, i));
        }
        return ids;
    }

    // ------------------------------------------------------------------ plan: counts and ids

    public long seed() { return seed; }
    public int assets() { return assets; }
    /** Assets [0, infrastructure) are the infrastructure everything else may depend on. */
    public int infrastructure() { return infrastructure; }
    public int zones() { return zones; }
    public int units() { return units; }
    public int people() { return people; }
    public int suppliers() { return suppliers; }
    public int controls() { return controls; }
    public int connections() { return connections; }
    public int services() { return services; }
    public int responsibilities() { return responsibilities; }
    public int scenarios() { return scenarios; }
    public int exceptions() { return exceptions; }
    /** Accounts: a few per model and one per 50 assets; not in {@link #counts()}, as the model has none there. */
    public int accounts() { return 4 + assets / 50; }
    int assetsPerFile() { return assetsPerFile; }

    static final String[] WORDS = {"north", "south", "east", "west", "river", "harbour", "valley", "ridge", "lake",
        "forest", "bridge", "mill", "tower", "field", "island", "delta", "fjord", "plain", "hill", "coast"};
    static final String[] FIRST = {"anna", "lars", "mette", "jonas", "hanne", "ola", "kari", "per", "ingrid", "erik",
        "sofie", "nils", "astrid", "bjorn", "liv", "tor"};
    static final String[] LAST = {"holm", "berg", "moe", "dahl", "lie", "strand", "vik", "haug", "lund", "bakke"};

    /** The id of the {@code i}-th element of {@code kind}; stable for a seed, unique per kind. */
    public String id(RefKind kind, int i) {
        return switch (kind) {
            case ASSET -> assetType(i).yamlName() + "-" + i;
            case ZONE -> zoneDomain(i).yamlName() + "-" + i;
            case CONNECTION -> "conn-" + i;
            case SUPPLIER -> "sup-" + word(RefKind.SUPPLIER, i) + "-" + i;
            case SERVICE -> "svc-" + word(RefKind.SERVICE, i) + "." + i;
            case PERSON -> FIRST[pick(11, i, FIRST.length)] + "." + LAST[pick(12, i, LAST.length)] + "_" + i;
            case UNIT -> unitDiscipline(i).yamlName() + "-" + i;
            case CONTROL -> controlKind(i).yamlName() + "-" + i;
            case ACCOUNT -> "acct-" + word(RefKind.ACCOUNT, i) + "-" + i;
            default -> throw new IllegalArgumentException("no ids for " + kind);
        };
    }

    /** {@code kind:id}. */
    public String ref(RefKind kind, int i) {
        return kind.yamlName() + ":" + id(kind, i);
    }

    public String scenarioId(int i) {
        return "scenario-" + i;
    }

    AssetType assetType(int i) {
        return cover(AssetType.class, 1, i);
    }

    Domain zoneDomain(int i) {
        return cover(Domain.class, 2, i);
    }

    PurdueLevel zoneLevel(int i) {
        return cover(PurdueLevel.class, 3, i);
    }

    /** Zones with a {@code requires}; the others are leaves that infrastructure assets may live in. */
    boolean zoneHasRequires(int i) {
        return zones > 1 && i % 3 == 1;
    }

    Discipline unitDiscipline(int i) {
        return cover(Discipline.class, 4, i);
    }

    ControlKind controlKind(int i) {
        return cover(ControlKind.class, 5, i);
    }

    private String word(RefKind kind, int i) {
        return WORDS[pick(20 + kind.ordinal(), i, WORDS.length)];
    }

    /** Value {@code i} of an enum while {@code i} is below its size (so every value appears), then random. */
    private <E extends Enum<E> & YamlEnum> E cover(Class<E> type, int salt, int i) {
        E[] values = type.getEnumConstants();
        return values[i < values.length ? i : pick(salt, i, values.length)];
    }

    /** A stateless pseudo-random choice in [0, n) for element {@code i}, so any section can compute any id. */
    int pick(int salt, int i, int n) {
        return (int) Long.remainderUnsigned(mix(seed * 31 + salt, i), n);
    }

    /** A random stream per purpose, so sections do not depend on each other's draws. */
    SplittableRandom random(int salt) {
        return new SplittableRandom(mix(seed, 1_000_003L * salt));
    }

    /** SplitMix64 finaliser over two inputs. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "RandomModels[seed=" + seed + ", " + counts() + "]";
    }

    /** Counts default to proportions of {@code assets}; set any of them explicitly. */
    public static final class Builder {
        private final long seed;
        private int assets = 50;
        private int zones = -1;
        private int units = -1;
        private int people = -1;
        private int suppliers = -1;
        private int controls = -1;
        private int connections = -1;
        private int services = -1;
        private int responsibilities = -1;
        private int scenarios = -1;
        private int exceptions = -1;
        private int assetsPerFile = -1;

        private Builder(long seed) {
            this.seed = seed;
        }

        public Builder assets(int n) { this.assets = n; return this; }
        public Builder zones(int n) { this.zones = n; return this; }
        public Builder units(int n) { this.units = n; return this; }
        public Builder people(int n) { this.people = n; return this; }
        public Builder suppliers(int n) { this.suppliers = n; return this; }
        public Builder controls(int n) { this.controls = n; return this; }
        public Builder connections(int n) { this.connections = n; return this; }
        public Builder services(int n) { this.services = n; return this; }
        public Builder responsibilities(int n) { this.responsibilities = n; return this; }
        public Builder scenarios(int n) { this.scenarios = n; return this; }
        public Builder exceptions(int n) { this.exceptions = n; return this; }
        /** How many assets go in one file of the folder variant (default: at least two files, at most 5,000 each). */
        public Builder assetsPerFile(int n) { this.assetsPerFile = n; return this; }

        public RandomModels build() {
            return new RandomModels(this);
        }
    }
}
