package org.otbridge.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Dependency;
import org.otbridge.model.Domain;
import org.otbridge.model.Model;
import org.otbridge.model.Protocol;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

class SyntheticModelTest {

    private static final Pattern SITE_ID = Pattern.compile("(s\\d+)-.*");
    private static final Pattern SITE_SERVICE = Pattern.compile("(s\\d+)-(heat|water|power)");
    private static final Set<AssetType> CONTROLLERS = Set.of(AssetType.PLC, AssetType.RTU, AssetType.IED);

    @TempDir
    Path dir;

    private static Model load(Path folder) {
        LoadResult result = new ModelLoader().load(folder);
        assertThat(result.problems()).as("problems of the generated model").isEmpty();
        assertThat(result.ok()).isTrue();
        return result.model();
    }

    @ParameterizedTest(name = "{0} assets, seed {1}")
    @CsvSource({"200, 1", "200, 2", "200, 3", "2000, 1", "2000, 42", "20000, 7"})
    void writesAValidModelOfExactlyNAssetsWithTheExpectedShape(int assets, long seed) throws IOException {
        Path folder = dir.resolve("model");
        SyntheticModel.Result result = SyntheticModel.write(folder, assets, seed);
        Model model = load(folder);

        assertThat(model.assets()).hasSize(assets);
        assertThat(result.assets()).isEqualTo(assets);
        assertThat(result.zones()).isEqualTo(model.zones().size());
        assertThat(result.connections()).isEqualTo(model.connections().size());
        assertThat(result.suppliers()).isEqualTo(model.suppliers().size());
        assertThat(result.files()).isEqualTo(model.files().size()).isEqualTo(5 + result.sites());
        assertThat(result.bytes()).isEqualTo(totalSize(folder));
        assertThat(hiddenFiles(folder)).as("no temporary files left behind").isEmpty();
        assertShape(model, result.sites());
        if (assets >= 20_000) {
            assertThat(largestFlatZone(model)).as("a very large flat field zone at scale").isGreaterThanOrEqualTo(
                    assets / 10);
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        SyntheticModel.write(dir.resolve("a"), 2000, 11);
        SyntheticModel.write(dir.resolve("b"), 2000, 11);
        SyntheticModel.write(dir.resolve("c"), 2000, 12);

        List<Path> files = relativeFiles(dir.resolve("a"));
        assertThat(relativeFiles(dir.resolve("b"))).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as("byte-identical %s", file).isEqualTo(-1L);
        }
        boolean differs = !relativeFiles(dir.resolve("c")).equals(files);
        for (Path file : files) {
            Path other = dir.resolve("c").resolve(file);
            differs |= !Files.exists(other) || Files.mismatch(dir.resolve("a").resolve(file), other) != -1L;
        }
        assertThat(differs).as("another seed gives another model").isTrue();
    }

    @Test
    void theSmallestModelIsValidAndOneLessIsRefused() throws IOException {
        SyntheticModel.write(dir.resolve("min"), SyntheticModel.MIN_ASSETS, 5);
        assertThat(load(dir.resolve("min")).assets()).hasSize(SyntheticModel.MIN_ASSETS);

        assertThatThrownBy(() -> SyntheticModel.write(dir.resolve("less"), SyntheticModel.MIN_ASSETS - 1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least " + SyntheticModel.MIN_ASSETS);
        assertThat(dir.resolve("less")).doesNotExist();
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndLeavesItAlone() throws IOException {
        Path folder = dir.resolve("taken");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("model.yaml"), "# mine\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SyntheticModel.write(folder, 200, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an empty folder");
        assertThat(relativeFiles(folder)).containsExactly(Path.of("model.yaml"));
        assertThat(Files.readString(folder.resolve("model.yaml"), StandardCharsets.UTF_8)).isEqualTo("# mine\n");
    }

    @Test
    void siteSizesAddUpExactlyForEverySize() {
        for (int assets : new int[] {SyntheticModel.MIN_ASSETS, 59, 199, 200, 257, 1_000, 12_345, 19_999, 20_000,
            99_999, 100_000, 299_999, 1_000_000, 2_500_001}) {
            for (long seed = 0; seed < 3; seed++) {
                Plan plan = new Plan(assets, seed);
                long total = Plan.SHARED_ASSETS;
                int large = 0;
                for (int i = 0; i < plan.sites; i++) {
                    int size = plan.siteAssets(i);
                    int normal = size - (plan.isLarge(i) ? plan.largeZoneSize : 0);
                    assertThat(normal).as("site %d of %d assets", i, assets).isGreaterThanOrEqualTo(Plan.MIN_SITE_ASSETS);
                    large += plan.isLarge(i) ? 1 : 0;
                    total += size;
                }
                assertThat(total).as("%d assets, seed %d", assets, seed).isEqualTo(assets);
                assertThat(large).isEqualTo(plan.largeZones);
            }
        }
    }

    // ------------------------------------------------------------------ the shape

    private static void assertShape(Model model, int sites) {
        Map<String, Asset> assets = new HashMap<>();
        model.assets().forEach(a -> assets.put(a.id(), a));
        Map<String, Zone> zones = new HashMap<>();
        model.zones().forEach(z -> zones.put(z.id(), z));
        Map<String, Integer> controllersPerZone = new HashMap<>();
        Map<String, Integer> assetsPerZone = new HashMap<>();
        for (Asset asset : model.assets()) {
            for (Ref zone : asset.zones()) {
                assetsPerZone.merge(zone.id(), 1, Integer::sum);
                if (CONTROLLERS.contains(asset.type())) {
                    controllersPerZone.merge(zone.id(), 1, Integer::sum);
                }
            }
        }

        // One service per site, requiring its own redundant SCADA pair through an `any`.
        Set<String> siteIds = new TreeSet<>();
        for (Service service : model.services()) {
            Matcher m = SITE_SERVICE.matcher(service.id());
            if (!m.matches()) {
                continue;
            }
            String site = m.group(1);
            siteIds.add(site);
            Dependency.AnyOf pair = service.requires().items().stream()
                    .filter(Dependency.AnyOf.class::isInstance).map(Dependency.AnyOf.class::cast)
                    .filter(any -> any.items().stream().allMatch(d -> d instanceof Dependency.On on
                            && assets.containsKey(on.ref().id())
                            && assets.get(on.ref().id()).type() == AssetType.SCADA_SERVER))
                    .findFirst().orElseThrow(() -> new AssertionError(service.id() + " has no SCADA pair in an any"));
            assertThat(pair.items()).hasSize(2);
            assertThat(pair.items()).allSatisfy(d -> assertThat(((Dependency.On) d).ref().id()).startsWith(site + "-"));
            assertThat(service.requires().items()).as("%s needs k of n field controllers", service.id())
                    .anyMatch(Dependency.AtLeast.class::isInstance);
        }
        assertThat(siteIds).hasSize(sites);

        // Every site has flat field zones (level 1) of controllers.
        Map<String, Integer> fieldZonesPerSite = new HashMap<>();
        for (Zone zone : model.zones()) {
            if (zone.level() == PurdueLevel.L1 && zone.domain() == Domain.OT) {
                assertThat(zone.flat()).as("field zone %s is flat", zone.id()).isTrue();
                assertThat(controllersPerZone.getOrDefault(zone.id(), 0)).as("controllers in %s", zone.id())
                        .isGreaterThanOrEqualTo(1);
                assertThat(assetsPerZone.get(zone.id())).isGreaterThanOrEqualTo(3);
                fieldZonesPerSite.merge(site(zone.id()), 1, Integer::sum);
            }
        }
        assertThat(fieldZonesPerSite.keySet()).isEqualTo(siteIds);
        assertThat(fieldZonesPerSite.values().stream().mapToInt(Integer::intValue).sum())
                .as("several field zones per site on average").isGreaterThanOrEqualTo(2 * sites);

        // Vendor access, good and bad; the office-to-SCADA shortcut; the other entry points.
        List<Connection> connections = model.connections();
        assertThat(connections).as("vendor access through an MFA jump host, not always on").anyMatch(c ->
                c.from().kind() == RefKind.SUPPLIER && type(assets, c.to()) == AssetType.JUMP_HOST
                        && c.auth() == AuthMethod.MFA && !c.alwaysOn());
        assertThat(connections).as("always-on vendor TeamViewer straight to an HMI").anyMatch(c ->
                c.from().kind() == RefKind.SUPPLIER && c.protocol() == Protocol.TEAMVIEWER && c.alwaysOn()
                        && type(assets, c.to()) == AssetType.HMI && c.auth() == AuthMethod.PASSWORD);
        assertThat(connections).as("an office-to-SCADA shortcut").anyMatch(c ->
                c.from().kind() == RefKind.ASSET && domainOf(assets, zones, c.from()) == Domain.IT
                        && type(assets, c.to()) == AssetType.SCADA_SERVER);
        assertThat(connections).as("historian replication into a DMZ, opened from OT").anyMatch(c ->
                type(assets, c.from()) == AssetType.HISTORIAN && domainOf(assets, zones, c.to()) == Domain.DMZ);
        assertThat(connections).as("removable media to an engineering workstation").anyMatch(c ->
                c.from().kind() == RefKind.REMOVABLE_MEDIA && type(assets, c.to()) == AssetType.ENGINEERING_WORKSTATION);
        assertThat(connections).as("the internet reaches an exposed device").anyMatch(c ->
                c.from().kind() == RefKind.INTERNET && c.to().kind() == RefKind.ASSET
                        && assets.get(c.to().id()).internetExposed());
        assertThat(connections).as("firewalls in via").anyMatch(c -> c.via().stream()
                .anyMatch(v -> type(assets, v) == AssetType.FIREWALL));
        assertThat(connections).as("a cloud service").anyMatch(c -> type(assets, c.to()) == AssetType.CLOUD_SERVICE);
        assertThat(model.assets()).as("OT hosts that require the corporate domain controller").anyMatch(a ->
                a.id().startsWith("s") && refs(a.requires()).contains("dc-it-1"));

        // Locality: nothing joins two different sites, neither a connection nor a dependency.
        for (Connection c : connections) {
            Set<String> touched = new HashSet<>();
            addSite(touched, c.from());
            addSite(touched, c.to());
            c.via().forEach(v -> addSite(touched, v));
            c.requires().forEachRef(r -> addSite(touched, r));
            assertThat(touched).as("sites joined by %s", c.id()).hasSizeLessThanOrEqualTo(1);
        }
        for (Asset asset : model.assets()) {
            Set<String> touched = new HashSet<>();
            touched.add(site(asset.id()));
            asset.requires().forEachRef(r -> addSite(touched, r));
            touched.remove(null);
            assertThat(touched).as("sites joined by the requires of %s", asset.id()).hasSizeLessThanOrEqualTo(1);
        }

        // Suppliers: 5 to 20, some single-source, every contract owned.
        assertThat(model.suppliers()).hasSizeBetween(5, 20);
        assertThat(model.suppliers()).anyMatch(Supplier::singleSource);
        assertThat(model.suppliers()).allMatch(s -> s.contractOwner() != null);
        assertThat(model.organization().people()).anyMatch(p -> p.mandate().stream()
                .anyMatch(m -> m.kind() == RefKind.PROGRAM));
    }

    private static AssetType type(Map<String, Asset> assets, Ref ref) {
        return ref.kind() == RefKind.ASSET ? assets.get(ref.id()).type() : null;
    }

    private static Domain domainOf(Map<String, Asset> assets, Map<String, Zone> zones, Ref ref) {
        if (ref.kind() == RefKind.ZONE) {
            return zones.get(ref.id()).domain();
        }
        return ref.kind() == RefKind.ASSET ? zones.get(assets.get(ref.id()).zones().get(0).id()).domain() : null;
    }

    private static Set<String> refs(Dependency dependency) {
        Set<String> ids = new HashSet<>();
        dependency.forEachRef(r -> ids.add(r.id()));
        return ids;
    }

    private static String site(String id) {
        Matcher m = SITE_ID.matcher(id);
        return m.matches() ? m.group(1) : null;
    }

    private static void addSite(Set<String> sites, Ref ref) {
        String site = site(ref.id());
        if (site != null) {
            sites.add(site);
        }
    }

    private static int largestFlatZone(Model model) {
        Map<String, Integer> sizes = new HashMap<>();
        for (Asset asset : model.assets()) {
            sizes.merge(asset.zones().get(0).id(), 1, Integer::sum);
        }
        return model.zones().stream().filter(Zone::flat).mapToInt(z -> sizes.getOrDefault(z.id(), 0)).max().orElse(0);
    }

    // ------------------------------------------------------------------ files

    private static List<Path> relativeFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    private static long totalSize(Path folder) throws IOException {
        long total = 0;
        for (Path file : relativeFiles(folder)) {
            total += Files.size(folder.resolve(file));
        }
        return total;
    }

    private static List<Path> hiddenFiles(Path folder) throws IOException {
        return relativeFiles(folder).stream().filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
}
