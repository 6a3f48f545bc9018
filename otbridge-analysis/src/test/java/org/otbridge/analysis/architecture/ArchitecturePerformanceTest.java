package org.otbridge.analysis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.registry.BuiltInRules;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Dependency;
import org.otbridge.model.Domain;
import org.otbridge.model.Impact;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Initiator;
import org.otbridge.model.Model;
import org.otbridge.model.Organization;
import org.otbridge.model.Protocol;
import org.otbridge.model.PurdueLevel;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.UsageTag;
import org.otbridge.model.Zone;

/**
 * All architecture rules on a 100,000-asset site with big flat zones, hubs with thousands of
 * connections, and findings in every zone: the run must stay linear (no per-rule scans inside
 * loops). The bar in DESIGN.md is "well under a second"; the assertion leaves room for slow CI.
 */
class ArchitecturePerformanceTest {

    private static final int OT_ZONES = 100;
    private static final int ASSETS = 100_000;

    @Test
    void allRulesOnAHundredThousandAssetsRunInWellUnderASecond() {
        Model model = bigModel();
        assertThat(model.assets()).hasSize(ASSETS);
        SiteFacts facts = new SiteFacts(model);
        // Best of a few runs: the first ones include JIT warm-up, and CI machines are shared.
        List<Finding> findings = List.of();
        long millis = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            findings = RuleRunner.run(BuiltInRules.ARCHITECTURE, new ArchitectureSite(facts), AttackCatalog.bundled());
            millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("architecture rules: %d assets, %d connections, %d findings in %d ms%n",
                model.assets().size(), model.connections().size(), findings.size(), millis);

        assertThat(findings.stream().map(Finding::rule).distinct()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(millis).isLessThan(2_000);
    }

    private static Model bigModel() {
        List<Zone> zones = new ArrayList<>();
        zones.add(zone("corp", Domain.IT, PurdueLevel.L4, true, null));
        zones.add(zone("dmz", Domain.DMZ, PurdueLevel.L3_5, false, 2));
        zones.add(zone("ext", Domain.EXTERNAL, PurdueLevel.L5, false, null));
        for (int z = 0; z < OT_ZONES; z++) {
            Domain domain = z % 10 == 9 ? Domain.SAFETY : Domain.OT;
            PurdueLevel level = z % 2 == 0 ? PurdueLevel.L2 : PurdueLevel.L1;
            zones.add(zone("ot-" + z, domain, level, true, z % 7 == 0 ? null : 2));
        }
        List<Asset> assets = new ArrayList<>(ASSETS);
        List<Connection> connections = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        int corp = 20_000;
        for (int i = 0; i < corp; i++) {
            AssetType type = i < 10 ? AssetType.DOMAIN_CONTROLLER : i % 50 == 0 ? AssetType.SERVER : AssetType.WORKSTATION;
            assets.add(asset("it-" + i, type, List.of("corp"), Dependency.none(null), false, Set.of()));
        }
        assets.add(asset("fw", AssetType.FIREWALL, List.of("dmz"), Dependency.none(null), false, Set.of()));
        assets.add(asset("jump", AssetType.JUMP_HOST, List.of("dmz"), Dependency.none(null), false, Set.of()));
        assets.add(asset("cloud", AssetType.CLOUD_SERVICE, List.of("ext"), Dependency.none(null), false, Set.of()));
        int perZone = (ASSETS - assets.size()) / OT_ZONES;
        AssetType[] mix = {AssetType.PLC, AssetType.RTU, AssetType.HMI, AssetType.SERVER, AssetType.OTHER,
            AssetType.IED, AssetType.HISTORIAN, AssetType.SWITCH};
        for (int z = 0; z < OT_ZONES && assets.size() < ASSETS; z++) {
            String zone = "ot-" + z;
            String scada = zone + "-scada";
            assets.add(asset(scada, AssetType.SCADA_SERVER, List.of(zone),
                    dependsOn("it-" + (z % 10)), false, Set.of(UsageTag.TIME_CRITICAL)));
            List<Dependency> serviceNeeds = new ArrayList<>(List.of(new Dependency.On(ref(RefKind.ASSET, scada), null)));
            for (int i = 1; (i < perZone || z == OT_ZONES - 1) && assets.size() < ASSETS; i++) {
                String id = zone + "-a" + i;
                AssetType type = z % 10 == 9 && i % 3 == 0 ? AssetType.SIS
                        : i % 997 == 0 ? AssetType.ENGINEERING_WORKSTATION
                        : i % 401 == 0 ? AssetType.WIRELESS_AP : mix[i % mix.length];
                List<String> legs = i % 1999 == 0 ? List.of(zone, "corp") : List.of(zone);
                Dependency requires = type == AssetType.HMI ? dependsOn(scada) : Dependency.none(null);
                assets.add(asset(id, type, legs, requires, i % 4999 == 0, Set.of()));
                if (i % 100 == 1) {
                    serviceNeeds.add(new Dependency.On(ref(RefKind.ASSET, id), null));
                }
                if (i % 10 == 0) {
                    // the SCADA server polls its field devices: a hub with hundreds of connections
                    connections.add(connection(zone + "-poll-" + i, ref(RefKind.ASSET, scada), ref(RefKind.ASSET, id),
                            Protocol.MODBUS, List.of(), AuthMethod.NONE, true));
                }
            }
            Ref scadaRef = ref(RefKind.ASSET, scada);
            Ref fw = ref(RefKind.ASSET, "fw");
            connections.add(connection(zone + "-rdp", ref(RefKind.ASSET, "it-" + (100 + z)), scadaRef, Protocol.RDP,
                    List.of(fw), AuthMethod.PASSWORD, true));
            connections.add(connection(zone + "-vendor", ref(RefKind.SUPPLIER, "vendor"), scadaRef, Protocol.TEAMVIEWER,
                    List.of(fw), AuthMethod.PASSWORD, true));
            connections.add(connection(zone + "-jump", ref(RefKind.ASSET, "jump"), scadaRef, Protocol.RDP,
                    List.of(fw), AuthMethod.MFA, false));
            connections.add(connection(zone + "-logon", ref(RefKind.ZONE, zone), ref(RefKind.ASSET, "it-" + (z % 10)),
                    Protocol.OTHER, List.of(fw), AuthMethod.PASSWORD, true));
            connections.add(connection(zone + "-usb", Ref.of(RefKind.REMOVABLE_MEDIA, "removable-media"), scadaRef,
                    Protocol.OTHER, List.of(), AuthMethod.NONE, false));
            connections.add(connection(zone + "-cloud", scadaRef, ref(RefKind.ASSET, "cloud"), Protocol.MQTT,
                    List.of(fw), AuthMethod.CERTIFICATE, true));
            connections.add(connection(zone + "-inet", Ref.of(RefKind.INTERNET, "internet"), ref(RefKind.ASSET, zone + "-a1"),
                    Protocol.MODBUS, List.of(), AuthMethod.NONE, true));
            services.add(new Service("svc-" + z, "Service " + z, null,
                    new Impact(ImpactLevel.LOW, z % 3 == 0 ? ImpactLevel.CRITICAL : ImpactLevel.HIGH, ImpactLevel.NONE,
                            ImpactLevel.MEDIUM, ImpactLevel.LOW),
                    Duration.ofHours(4), new Dependency.AllOf(serviceNeeds, null), null, null));
        }
        connections.add(connection("in-jump", ref(RefKind.ASSET, "it-5"), ref(RefKind.ASSET, "jump"), Protocol.RDP,
                List.of(ref(RefKind.ASSET, "fw")), AuthMethod.MFA, false));
        connections.add(connection("fw-admin", ref(RefKind.ZONE, "corp"), ref(RefKind.ASSET, "fw"), Protocol.HTTPS,
                List.of(), AuthMethod.PASSWORD, true));
        List<Supplier> suppliers = List.of(new Supplier("vendor", "Vendor", List.of(), null, false, null, null, null));
        return new Model(List.of("generated"), new Organization("Big utility", List.of(), List.of()), services, zones,
                assets, connections, suppliers, List.<Control>of(), List.of(), List.of(), List.of());
    }

    private static Zone zone(String id, Domain domain, PurdueLevel level, boolean flat, Integer targetSl) {
        return new Zone(id, id, domain, level, flat, targetSl, Dependency.none(null), null, null);
    }

    private static Asset asset(String id, AssetType type, List<String> zones, Dependency requires, boolean exposed,
            Set<UsageTag> usage) {
        return new Asset(id, id, type, zones.stream().map(z -> ref(RefKind.ZONE, z)).toList(), List.of(), List.of(),
                null, null, null, usage, List.of(), requires, null, null, exposed, null, null, null, null, null);
    }

    private static Connection connection(String id, Ref from, Ref to, Protocol protocol, List<Ref> via,
            AuthMethod auth, boolean alwaysOn) {
        return new Connection(id, id, from, to, protocol, List.of(), Initiator.FROM, via, auth, auth != AuthMethod.NONE,
                alwaysOn, "generated " + id, null, null, Dependency.none(null), null, null);
    }

    private static Dependency dependsOn(String asset) {
        return new Dependency.AllOf(List.of(new Dependency.On(ref(RefKind.ASSET, asset), null)), null);
    }

    private static Ref ref(RefKind kind, String id) {
        return Ref.of(kind, id);
    }

}
