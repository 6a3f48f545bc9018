package org.otbridge.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

class ExposureAnalyzerTest {

    static Model load(String yaml) {
        LoadResult result = new ModelLoader().load(List.of(new ModelSource("m.yaml", yaml)));
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    static ExposureResult analyze(String yaml) {
        return ExposureAnalyzer.analyze(new SiteFacts(load(yaml)));
    }

    /** The reference design: supplier VPN to an MFA jump host, IT sees only a replica behind a diode. */
    static final String WELL_BUILT = """
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: dmz, domain: dmz, level: 3.5}
              - {id: cc, domain: ot, level: 2, target_sl: 2}
              - {id: field, domain: ot, level: 1, target_sl: 2}
            assets:
              - {id: fw, type: firewall, zones: [corp, dmz, cc]}
              - {id: diode, type: data-diode, zones: [cc, dmz]}
              - {id: office-pc, type: workstation, zone: corp}
              - {id: jump, type: jump-host, zone: dmz}
              - {id: hist-replica, type: historian, zone: dmz}
              - {id: hist, type: historian, zone: cc}
              - {id: scada, type: scada-server, zone: cc}
              - {id: plc-1, type: plc, zone: field}
              - {id: plc-2, type: plc, zone: field}
            suppliers:
              - {id: vendor, name: Vendor}
            services:
              - id: supply
                impact: {supply: critical}
                requires: [asset:scada, asset:plc-1, asset:plc-2]
            connections:
              - {id: vendor-vpn, from: supplier:vendor, to: asset:jump, protocol: vpn, via: [fw], auth: mfa, encrypted: true}
              - {id: jump-scada, from: asset:jump, to: asset:scada, protocol: rdp, via: [fw], auth: password, encrypted: true}
              - {id: scada-plc, from: asset:scada, to: zone:field, protocol: modbus, auth: none}
              - {id: hist-collect, from: asset:hist, to: asset:scada, protocol: opcua, auth: certificate}
              - {id: replica, from: asset:hist, to: asset:hist-replica, protocol: other, via: [diode]}
              - {id: office-read, from: asset:office-pc, to: asset:hist-replica, protocol: https, via: [fw], auth: password}
            """;

    @Test
    void wellBuiltSiteIsReachedOnlyThroughTheJumpHostAndNeverFromCorporateIt() {
        ExposureResult result = analyze(WELL_BUILT);

        assertThat(result.paths()).isNotEmpty();
        assertThat(result.paths()).allSatisfy(path -> {
            assertThat(path.entry()).isEqualTo(Ref.of(org.otbridge.model.RefKind.SUPPLIER, "vendor"));
            assertThat(path.steps()).contains(Ref.of(org.otbridge.model.RefKind.ASSET, "jump"));
        });
        assertThat(result.paths()).extracting(AttackPath::entry)
                .doesNotContain(Ref.of(org.otbridge.model.RefKind.ZONE, "corp"));
    }

    @Test
    void pathsToControllersCarryStepsCostAndTechniques() {
        ExposureResult result = analyze(WELL_BUILT);
        AttackPath toController = result.paths().stream()
                .filter(p -> p.rank() == 0 && p.target().id().startsWith("plc-")).findFirst().orElseThrow();

        assertThat(toController.steps()).extracting(Ref::key)
                .containsExactly("supplier:vendor", "asset:jump", "asset:scada", "zone:field", toController.target().key());
        // vpn with MFA from outside, on demand: 3 + 0.5 encrypted + 1 on demand; rdp with password 1 + 0.5;
        // modbus without authentication into the field zone: nothing; to a controller in a flat zone: nothing.
        assertThat(toController.cost()).isEqualTo(6.0);
        assertThat(toController.techniques()).containsSubsequence("T0822", "T0886", "T0855");
        assertThat(toController.services()).extracting(Ref::key).containsExactly("service:supply");
    }

    @Test
    void aDirectOfficeShortcutOpensAPathFromCorporateIt() {
        String withShortcut = WELL_BUILT + """
                  - {id: office-rdp, from: asset:office-pc, to: asset:scada, protocol: rdp, via: [fw], auth: password}
                """;
        ExposureResult result = analyze(withShortcut);

        assertThat(result.paths()).anySatisfy(path -> {
            assertThat(path.entry().key()).isEqualTo("zone:corp");
            assertThat(path.connections()).extracting(c -> c == null ? null : c.key()).contains("connection:office-rdp");
        });
        assertThat(result.shortcuts()).extracting(s -> s.element().key()).containsExactly("connection:office-rdp");
        Shortcut shortcut = result.shortcuts().get(0);
        assertThat(shortcut.opensNewWay()).isTrue();
        assertThat(shortcut.entry().key()).isEqualTo("zone:corp");
        assertThat(shortcut.bypasses()).isEqualTo("dmz");
    }

    @Test
    void initiatorDecidesTheDirectionOfReach() {
        // The historian replica is pushed from OT: holding the DMZ replica gives no way back in.
        String pushOnly = WELL_BUILT.replace("{id: replica, from: asset:hist, to: asset:hist-replica, protocol: other, via: [diode]}",
                "{id: replica, from: asset:hist, to: asset:hist-replica, protocol: opcua, initiator: from}");
        assertThat(analyze(pushOnly).paths()).extracting(p -> p.entry().key()).doesNotContain("zone:corp");

        String pulledFromDmz = WELL_BUILT.replace("{id: replica, from: asset:hist, to: asset:hist-replica, protocol: other, via: [diode]}",
                "{id: replica, from: asset:hist, to: asset:hist-replica, protocol: opcua, initiator: to}");
        assertThat(analyze(pulledFromDmz).paths()).extracting(p -> p.entry().key()).contains("zone:corp");
    }

    @Test
    void aFlatZoneIsAHubNotAClique() {
        StringBuilder yaml = new StringBuilder("""
                zones:
                  - {id: field, domain: ot, level: 1, flat: true}
                assets:
                """);
        int hosts = 2_000;
        for (int i = 0; i < hosts; i++) {
            yaml.append("  - {id: plc-").append(i).append(", type: plc, zone: field}\n");
        }
        ExposureGraph graph = ExposureGraph.build(new SiteFacts(load(yaml.toString())));

        assertThat(graph.edgeCount()).isEqualTo(2 * hosts);
    }

    @Test
    void filtersAreNeverStepsOfAPath() {
        ExposureResult result = analyze(WELL_BUILT);
        assertThat(result.paths()).allSatisfy(path ->
                assertThat(path.steps()).extracting(Ref::id).doesNotContain("fw", "diode"));
    }

    @Test
    void bundledExampleHasPathsFromTheOfficeAndTheVendorToControllersOfTheMostCriticalService() {
        LoadResult loaded = new ModelLoader().load(Path.of("..", "examples", "nordvik-energi"));
        assertThat(loaded.problems()).isEmpty();
        ExposureResult result = ExposureAnalyzer.analyze(new SiteFacts(loaded.model()));

        assertThat(result.paths()).anySatisfy(path -> {
            assertThat(path.entry().key()).isEqualTo("zone:corp");
            assertThat(path.target().id()).startsWith("plc-boiler");
            assertThat(path.techniques()).isNotEmpty().allMatch(t -> t.matches("T0\\d{3}"));
        });
        assertThat(result.paths()).anySatisfy(path -> {
            assertThat(path.entry().key()).isEqualTo("supplier:nordlys");
            assertThat(path.target().id()).startsWith("plc-boiler");
            assertThat(path.connections()).extracting(c -> c == null ? null : c.key()).contains("connection:tv-nordlys");
            assertThat(path.techniques()).contains("T0822", "T0855");
        });
        List<String> topShortcuts = result.shortcuts().stream().limit(10).map(s -> s.element().key()).toList();
        assertThat(topShortcuts).contains("connection:tv-nordlys", "connection:rdp-office-scada");
    }

    @Test
    void resultsAreDeterministic() {
        ExposureResult first = analyze(WELL_BUILT);
        ExposureResult second = analyze(WELL_BUILT);
        assertThat(second.paths()).isEqualTo(first.paths());
        assertThat(second.shortcuts()).isEqualTo(first.shortcuts());
    }
}
