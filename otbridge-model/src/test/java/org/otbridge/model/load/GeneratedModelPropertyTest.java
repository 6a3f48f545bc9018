package org.otbridge.model.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Dependency;
import org.otbridge.model.Discipline;
import org.otbridge.model.Domain;
import org.otbridge.model.Initiator;
import org.otbridge.model.Model;
import org.otbridge.model.Protocol;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.UsageTag;
import org.otbridge.model.Zone;
import org.otbridge.model.spec.ControlParameters;
import org.otbridge.model.testing.ModelFacts;
import org.otbridge.model.testing.RandomModels;

/**
 * Every model RandomModels generates is valid: it loads without a single problem, has exactly the
 * generated number of elements, every reference resolves, and a sample of values (references,
 * durations, dates, dependency expressions, positions, quoted text) loads as written. The folder
 * variant loads to the same model.
 */
class GeneratedModelPropertyTest {

    /** Change to explore other models; a failure prints the seed and asset count to reproduce it. */
    static final long MASTER_SEED = 0x07B0_2026_0001L;
    static final int SEEDS = 200;

    static Stream<Arguments> models() {
        SplittableRandom master = new SplittableRandom(MASTER_SEED);
        return Stream.iterate(0, i -> i + 1).limit(SEEDS).map(i -> {
            long seed = master.nextLong();
            // Mostly small, some empty or tiny, a few large enough to use every enum value many times.
            int assets = switch (i % 10) {
                case 0 -> i % 20; // 0, 10, 0, 10... tiny
                case 1 -> 200 + master.nextInt(400);
                default -> master.nextInt(80);
            };
            return Arguments.of(seed, assets);
        });
    }

    /** The folder variant is the same model split up; a quarter of the seeds is enough for it. */
    static Stream<Arguments> folderModels() {
        return models().limit(SEEDS / 4);
    }

    private static final ModelLoader LOADER = new ModelLoader();

    @ParameterizedTest(name = "seed {0}, {1} assets")
    @MethodSource("models")
    void generatedModelLoadsWithoutProblems(long seed, int assets) {
        RandomModels plan = RandomModels.builder(seed).assets(assets).build();
        String text = plan.yaml();
        LoadResult result = LOADER.load(List.of(new ModelSource(RandomModels.SINGLE_FILE, text)));

        assertThat(result.problems()).as(reproduce(seed, assets)).isEmpty();
        assertThat(result.model().counts()).as(reproduce(seed, assets)).isEqualTo(plan.counts());
        assertThat(unresolved(result.model())).as(reproduce(seed, assets)).isEmpty();
        assertThat(ModelFacts.mismatches(result.model(), plan.facts(), true)).as(reproduce(seed, assets)).isEmpty();
        for (RefKind kind : List.of(RefKind.ASSET, RefKind.ZONE, RefKind.CONNECTION, RefKind.SUPPLIER, RefKind.SERVICE,
                RefKind.PERSON, RefKind.UNIT, RefKind.CONTROL)) {
            for (String id : plan.ids(kind)) {
                assertThat(result.model().contains(Ref.of(kind, id))).as(reproduce(seed, assets) + ": " + kind + " " + id)
                        .isTrue();
            }
        }
        assertPositionsInside(result.model(), text);
    }

    @ParameterizedTest(name = "seed {0}, {1} assets")
    @MethodSource("folderModels")
    void folderVariantLoadsToTheSameModel(long seed, int assets) {
        RandomModels plan = RandomModels.builder(seed).assets(assets).build();
        List<ModelSource> sources = plan.sources();
        LoadResult result = LOADER.load(sources);

        assertThat(sources).as("files").hasSizeGreaterThanOrEqualTo(8);
        assertThat(result.problems()).as(reproduce(seed, assets)).isEmpty();
        assertThat(result.model().counts()).isEqualTo(plan.counts());
        assertThat(ModelFacts.mismatches(result.model(), plan.facts(), false)).as(reproduce(seed, assets)).isEmpty();
        LoadResult single = LOADER.load(List.of(new ModelSource(RandomModels.SINGLE_FILE, plan.yaml())));
        assertThat(ids(result.model())).isEqualTo(ids(single.model()));
    }

    @Test
    void folderOnDiskLoadsWithoutProblems(@TempDir Path dir) {
        RandomModels plan = RandomModels.builder(2026).assets(1_234).assetsPerFile(300).build();
        List<Path> written = plan.writeFolder(dir);
        LoadResult result = LOADER.load(dir);

        assertThat(written).hasSize(9 + 5);
        assertThat(written).anyMatch(p -> p.toString().endsWith(".yml"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.model().counts()).isEqualTo(plan.counts());
        assertThat(result.model().files()).hasSize(written.size());
        assertThat(ModelFacts.mismatches(result.model(), plan.facts(), false)).isEmpty();
        assertThat(RandomModels.writeFile(dir.resolve("one/model.yaml"), 2026, 1_234)).exists();
        assertThat(LOADER.load(dir.resolve("one/model.yaml")).problems()).isEmpty();
    }

    @Test
    void sameSeedSameModelOtherSeedOtherModel() {
        assertThat(RandomModels.yaml(99, 300)).isEqualTo(RandomModels.yaml(99, 300));
        assertThat(RandomModels.builder(99).assets(300).build().files())
                .isEqualTo(RandomModels.builder(99).assets(300).build().files());
        assertThat(RandomModels.yaml(99, 300)).isNotEqualTo(RandomModels.yaml(100, 300));
    }

    @Test
    void explicitCountsAreHonoured() {
        RandomModels plan = RandomModels.builder(5).assets(40).zones(3).units(2).people(1).suppliers(1).controls(0)
                .connections(0).services(0).responsibilities(0).scenarios(0).exceptions(0).build();
        LoadResult result = LOADER.load(List.of(new ModelSource(RandomModels.SINGLE_FILE, plan.yaml())));
        assertThat(result.problems()).isEmpty();
        assertThat(result.model().counts()).isEqualTo(plan.counts());
    }

    /** One mid-sized model uses every enum value and every form of the grammar. */
    @Test
    void generatedModelsCoverTheWholeGrammar() {
        RandomModels plan = RandomModels.builder(12345).assets(600).build();
        String text = plan.yaml();
        Model model = LOADER.load(List.of(new ModelSource(RandomModels.SINGLE_FILE, text))).model();

        assertThat(model.assets().stream().map(Asset::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AssetType.values());
        assertThat(model.zones().stream().map(Zone::domain).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Domain.values());
        assertThat(model.zones().stream().map(Zone::level).collect(Collectors.toSet()))
                .containsAll(EnumSet.allOf(PurdueLevel.class));
        assertThat(model.zones()).anyMatch(z -> !z.flat()).anyMatch(z -> z.targetSl() != null)
                .anyMatch(z -> !z.requires().items().isEmpty() || z.requires() instanceof Dependency.On);
        assertThat(model.organization().units().stream().map(u -> u.discipline()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Discipline.values());
        assertThat(model.organization().people()).anyMatch(p -> p.mandate().contains(Ref.of(RefKind.PROGRAM, "ot-security")));
        assertThat(model.connections().stream().map(Connection::protocol).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Protocol.values());
        assertThat(model.connections().stream().map(Connection::auth).collect(Collectors.toSet()))
                .containsAll(EnumSet.allOf(AuthMethod.class));
        assertThat(model.connections().stream().map(Connection::initiator).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Initiator.values());
        assertThat(model.connections().stream().flatMap(c -> Stream.of(c.from().kind(), c.to().kind()))
                .collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(EnumSet.of(RefKind.ASSET,
                        RefKind.ZONE, RefKind.SUPPLIER, RefKind.INTERNET, RefKind.REMOVABLE_MEDIA));
        assertThat(model.connections()).anyMatch(c -> !c.via().isEmpty()).anyMatch(c -> c.expires() != null)
                .anyMatch(c -> c.encrypted() != null).anyMatch(Connection::alwaysOn);
        assertThat(model.controls().stream().map(Control::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ControlKind.values());
        for (ControlKind kind : ControlKind.values()) {
            Set<String> documented = ControlParameters.of(kind).stream().map(f -> f.name()).collect(Collectors.toSet());
            if (!documented.isEmpty()) {
                assertThat(model.controls()).as(kind + " with documented parameters")
                        .anyMatch(c -> c.kind() == kind && c.parameters().keySet().stream().anyMatch(documented::contains));
            }
        }
        assertThat(model.controls()).as("free parameters")
                .anyMatch(c -> c.parameters().keySet().stream().anyMatch(p -> ControlParameters.of(c.kind()).stream()
                        .noneMatch(f -> f.name().equals(p))));
        assertThat(model.assets().stream().flatMap(a -> a.usage().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(UsageTag.values());
        assertThat(model.assets()).anyMatch(Asset::isMultiHomed).anyMatch(Asset::internetExposed)
                .anyMatch(a -> a.ips().stream().anyMatch(ip -> ip.contains(":")))
                .anyMatch(a -> a.ips().stream().anyMatch(ip -> ip.contains(".")))
                .anyMatch(a -> !a.macs().isEmpty()).anyMatch(a -> a.spares() != null).anyMatch(a -> a.backup() != null)
                .anyMatch(a -> a.endOfSupport() != null).anyMatch(a -> a.version() != null)
                .anyMatch(a -> a.owner() != null && a.owner().kind() == RefKind.PERSON)
                .anyMatch(a -> a.owner() != null && a.owner().kind() == RefKind.UNIT)
                .anyMatch(a -> a.supplier() != null).anyMatch(a -> !a.controls().isEmpty())
                .anyMatch(a -> a.description() != null && a.description().contains("\n"))
                .anyMatch(a -> a.name().contains("'")).anyMatch(a -> a.name().contains("\""))
                .anyMatch(a -> a.name().contains("Æ"));
        Set<Class<?>> forms = new HashSet<>();
        Set<String> nestings = new HashSet<>();
        for (Asset asset : model.assets()) {
            forms.add(asset.requires().getClass());
            asset.requires().items().forEach(item -> nestings.add(asset.requires().getClass().getSimpleName() + ">"
                    + item.getClass().getSimpleName()));
        }
        assertThat(forms).contains(Dependency.On.class, Dependency.AllOf.class, Dependency.AnyOf.class,
                Dependency.AtLeast.class);
        assertThat(nestings).contains("AllOf>AnyOf", "AllOf>AtLeast", "AllOf>AllOf", "AnyOf>On", "AtLeast>On");
        assertThat(model.services()).anyMatch(s -> s.fallback() != null).anyMatch(s -> s.maxTolerableDowntime() != null);
        assertThat(model.suppliers()).anyMatch(s -> s.contractOwner() != null).anyMatch(s -> s.supportSla() != null)
                .anyMatch(s -> !s.provides().isEmpty());
        assertThat(model.responsibilities()).anyMatch(r -> r.subject().kind() == RefKind.PROGRAM)
                .anyMatch(r -> !r.responsible().isEmpty()).anyMatch(r -> !r.informed().isEmpty());
        assertThat(model.scenarios()).anyMatch(s -> !s.fail().isEmpty()).anyMatch(s -> !s.compromise().isEmpty());
        assertThat(model.exceptions()).allMatch(e -> e.expires() != null && e.approvedBy() != null);
        assertThat(text).contains("\nx-generator: ", "    x-cmdb: ", "requires:\n      - ", "  at_least: ",
                "zones:\n      - ", "description: |\n", "\"", "'", "# ");
    }

    /** Generation scales linearly; this only checks it works at benchmark size (timing is for bench/). */
    @Test
    void hundredThousandAssetsGenerate() {
        RandomModels plan = RandomModels.builder(7).assets(100_000).build();
        String text = plan.yaml();
        assertThat(text.lines().filter(l -> l.startsWith("  - id: ") || l.startsWith("  - {id: ")).count())
                .isGreaterThan(100_000);
        assertThat(plan.files().keySet()).filteredOn(name -> name.startsWith("04-assets/")).hasSize(20);
    }

    private static List<String> unresolved(Model model) {
        return ModelFacts.allRefs(model).stream().filter(ref -> !model.contains(ref)).map(Ref::key).toList();
    }

    private static Map<String, List<String>> ids(Model model) {
        return Map.of("assets", model.assets().stream().map(Asset::id).toList(),
                "zones", model.zones().stream().map(Zone::id).toList(),
                "connections", model.connections().stream().map(Connection::id).toList());
    }

    /** Every element of a valid model is placed on a real line of its file. */
    private static void assertPositionsInside(Model model, String text) {
        long lines = text.lines().count();
        Stream.of(model.assets().stream().map(Asset::at), model.zones().stream().map(Zone::at),
                model.connections().stream().map(Connection::at), model.controls().stream().map(Control::at))
                .flatMap(s -> s)
                .forEach(at -> assertThat(at.line()).as(at.toString()).isBetween(1, (int) lines));
    }

    private static String reproduce(long seed, int assets) {
        return "RandomModels.builder(" + seed + "L).assets(" + assets + ")";
    }
}
