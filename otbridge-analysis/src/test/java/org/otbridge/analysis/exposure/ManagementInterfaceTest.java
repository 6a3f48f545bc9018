package org.otbridge.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.ResilienceAnalyzer;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * Management interfaces (docs/exposure.md): whoever reaches one can make its device fail, so the
 * device is held from the interface's zones at what its authentication costs (OutageFinder,
 * ExposureIndex), and OTB-EXP-004 reports one a service needs that is cheap to reach. The
 * interface is never a way through the device.
 */
class ManagementInterfaceTest {

    /** A control centre reached only by the vendor, through an MFA jump host; SCADA runs on a UPS. */
    private static final String SITE = """
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: dmz, domain: dmz, level: 3.5}
              - {id: cc, domain: ot, level: 2}
              - {id: field, domain: ot, level: 1}
            suppliers:
              - {id: vendor, name: Vendor}
            services:
              - {id: supply, impact: {supply: critical}, max_tolerable_downtime: 4h, requires: [asset:scada, asset:plc-1]}
            connections:
              - {id: vendor-vpn, from: supplier:vendor, to: asset:jump, protocol: vpn, via: [fw], auth: mfa, encrypted: true}
              - {id: jump-scada, from: asset:jump, to: asset:scada, protocol: rdp, via: [fw], auth: password, encrypted: true}
              - {id: scada-plc, from: asset:scada, to: zone:field, protocol: modbus, auth: none}
            assets:
              - {id: fw, type: firewall, zones: [corp, dmz, cc]}
              - {id: office-pc, type: workstation, zone: corp}
              - {id: jump, type: jump-host, zone: dmz}
              - {id: scada, type: scada-server, zone: cc, requires: [asset:ups]}
              - {id: plc-1, type: plc, zone: field}
            """;

    private static SiteFacts facts(String ups) {
        return new SiteFacts(ExposureAnalyzerTest.load(SITE + ups));
    }

    private static ExposureResult exposure(SiteFacts facts) {
        return ExposureAnalyzer.analyze(facts, ResilienceAnalyzer.analyze(facts));
    }

    private static List<Finding> findings(SiteFacts facts) {
        return RuleRunner.run(List.of(new ManagementInterfaceReachable(), new AttackStopsCriticalService()),
                new ExposureSite(facts, exposure(facts)), AttackCatalog.bundled());
    }

    private static final Ref UPS = Ref.of(RefKind.ASSET, "ups");

    @Test
    void aUpsManagedFromTheOfficeIsHeldFromThereAndItsLossStopsTheService() {
        SiteFacts facts = facts("""
                  - {id: ups, type: ups, zone: cc, management: {zones: [corp], protocols: [https, snmp], auth: password}}
                """);
        ExposureResult result = exposure(facts);
        ExposureIndex.Exposure management = result.index().management(facts.assetOf(UPS).orElseThrow());
        assertThat(management.entry()).isEqualTo(Ref.of(RefKind.ZONE, "corp"));
        assertThat(management.cost()).isEqualTo(1.0);
        assertThat(result.index().of(UPS).cost()).as("the interface is the easier way to the UPS").isEqualTo(1.0);
        // Without the interface the office reaches nothing in the control centre: no path goes through it.
        assertThat(result.paths()).extracting(AttackPath::entry).doesNotContain(Ref.of(RefKind.ZONE, "corp"));
        assertThat(result.outages()).anySatisfy(o -> {
            assertThat(o.entry()).isEqualTo(Ref.of(RefKind.ZONE, "corp"));
            assertThat(o.elements()).containsExactly(UPS);
            assertThat(o.cost()).isEqualTo(1.0);
        });

        List<Finding> findings = findings(facts);
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-EXP-004")).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly(UPS, Ref.of(RefKind.ZONE, "corp"));
            assertThat(f.services()).containsExactly(Ref.of(RefKind.SERVICE, "supply"));
            assertThat(f.explanation()).contains("sits in zone:corp over https, snmp with password authentication",
                    "at cost 1.0", "service:supply");
        });
        assertThat(findings).filteredOn(f -> f.rule().equals("OTB-EXP-003"))
                .anySatisfy(f -> assertThat(f.subjects()).contains(UPS, Ref.of(RefKind.ZONE, "corp")));
    }

    @Test
    void anInterfaceInItsOwnProtectedZoneOrOnADeviceNoServiceNeedsIsNoFinding() {
        SiteFacts inside = facts("""
                  - {id: ups, type: ups, zone: cc, management: {auth: password}}
                """);
        assertThat(findings(inside)).filteredOn(f -> f.rule().equals("OTB-EXP-004")).isEmpty();
        assertThat(exposure(inside).index().management(inside.assetOf(UPS).orElseThrow()).level())
                .isNotIn(ExposureLevel.CHEAP, ExposureLevel.MODERATE);

        SiteFacts unneeded = new SiteFacts(ExposureAnalyzerTest.load(SITE.replace("requires: [asset:ups]", "") + """
                  - {id: ups, type: ups, zone: cc, management: {zones: [corp], auth: none}}
                """));
        assertThat(findings(unneeded)).filteredOn(f -> f.rule().equals("OTB-EXP-004")).isEmpty();
    }

    @Test
    void withoutAManagementInterfaceTheUpsIsReachedOnlyThroughItsZone() {
        SiteFacts facts = facts("""
                  - {id: ups, type: ups, zone: cc}
                """);
        ExposureResult result = exposure(facts);
        assertThat(result.index().management(facts.assetOf(UPS).orElseThrow()).entry()).isNull();
        assertThat(result.index().of(UPS).entry()).isEqualTo(Ref.of(RefKind.SUPPLIER, "vendor"));
        assertThat(result.outages()).noneSatisfy(o -> assertThat(o.entry()).isEqualTo(Ref.of(RefKind.ZONE, "corp")));
    }
}
