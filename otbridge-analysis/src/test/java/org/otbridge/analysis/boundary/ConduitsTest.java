package org.otbridge.analysis.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;

/** Designed conduits and bypasses, one case per rule of docs/exposure.md. */
class ConduitsTest {

    private static final String SITE = """
            zones:
              - {id: corp, domain: it, level: 4}
              - {id: dmz, domain: dmz, level: 3.5}
              - {id: ops, domain: ot, level: 3}
              - {id: cc, domain: ot, level: 2}
              - {id: field, domain: ot, level: 1}
              - {id: sis, domain: safety, level: 1}
              - {id: cloud, domain: external}
            suppliers:
              - {id: vendor}
            assets:
              - {id: fw, type: firewall, zones: [corp, dmz, cc]}
              - {id: office-pc, type: workstation, zone: corp}
              - {id: jump, type: jump-host, zone: dmz}
              - {id: jump-it, type: jump-host, zone: corp}
              - {id: replica, type: historian, zone: dmz}
              - {id: hist, type: historian, zones: [corp, cc]}
              - {id: ops-srv, type: server, zones: [ops, cc]}
              - {id: ews, type: engineering-workstation, zones: [cc, field]}
              - {id: far-host, type: server, zones: [ops, field]}
              - {id: scada, type: scada-server, zone: cc}
              - {id: scada-2, type: scada-server, zone: cc}
              - {id: gw, type: remote-access-gateway, zone: cc}
              - {id: plc, type: plc, zone: field}
              - {id: sis-1, type: sis, zone: sis}
              - {id: saas, type: cloud-service, zone: cloud}
            connections:
              - {id: scada-plc, from: asset:scada, to: asset:plc, protocol: modbus}
              - {id: scada-pair, from: asset:scada, to: asset:scada-2, protocol: other}
              - {id: scada-field, from: asset:scada, to: zone:field, protocol: modbus}
              - {id: sis-status, from: asset:scada, to: asset:sis-1, protocol: modbus}
              - {id: office-rdp, from: asset:office-pc, to: asset:scada, protocol: rdp}
              - {id: scada-mail, from: asset:scada, to: zone:corp, protocol: other}
              - {id: office-dmz, from: zone:corp, to: asset:replica, protocol: https}
              - {id: repl-push, from: asset:hist, to: asset:replica, protocol: opcua}
              - {id: jump-scada, from: asset:jump, to: asset:scada, protocol: rdp}
              - {id: vendor-jump, from: supplier:vendor, to: asset:jump, protocol: vpn}
              - {id: vendor-via, from: supplier:vendor, to: asset:scada, protocol: rdp, via: [fw, jump]}
              - {id: vendor-via-it, from: supplier:vendor, to: asset:scada, protocol: rdp, via: [jump-it]}
              - {id: vendor-direct, from: supplier:vendor, to: asset:scada, protocol: teamviewer}
              - {id: vendor-gw, from: supplier:vendor, to: asset:gw, protocol: vpn}
              - {id: inet-hmi, from: internet, to: asset:plc, protocol: modbus}
              - {id: usb, from: removable-media, to: asset:scada, protocol: other}
              - {id: ops-plc, from: zone:ops, to: asset:plc, protocol: modbus}
              - {id: saas-feed, from: asset:saas, to: asset:scada, protocol: https}
              - {id: office-saas, from: asset:office-pc, to: asset:saas, protocol: https}
            """;

    private static final SiteFacts FACTS = facts();

    private static SiteFacts facts() {
        LoadResult result = new ModelLoader().load(List.of(new ModelSource("site.yaml", SITE)));
        assertThat(result.problems()).isEmpty();
        return new SiteFacts(result.model());
    }

    private static Map<String, Design> connections() {
        Conduits conduits = new Conduits(FACTS);
        Map<String, Design> designs = new TreeMap<>();
        for (Connection c : FACTS.model().connections()) {
            designs.put(c.id(), conduits.of(c));
        }
        return designs;
    }

    @Test
    void everyConnectionIsDesignedOrABypassForTheRightReason() {
        assertThat(connections()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("scada-plc", Design.ADJACENT_LEVELS),
                Map.entry("scada-pair", Design.INSIDE_ZONE),
                Map.entry("scada-field", Design.ADJACENT_LEVELS),
                Map.entry("sis-status", Design.ADJACENT_LEVELS),
                Map.entry("office-rdp", Design.BYPASSES_DMZ),
                Map.entry("scada-mail", Design.BYPASSES_DMZ),
                Map.entry("office-dmz", Design.OUTSIDE_OT),
                // The historian sits in corp and cc; from either, a flow into the DMZ is designed
                // (corp first). The dual-homed historian itself is the bypass, judged on its own.
                Map.entry("repl-push", Design.OUTSIDE_OT),
                Map.entry("jump-scada", Design.ENDS_IN_DMZ),
                Map.entry("vendor-jump", Design.OUTSIDE_OT),
                Map.entry("vendor-via", Design.THROUGH_BROKER),
                Map.entry("vendor-via-it", Design.BYPASSES_DMZ),
                Map.entry("vendor-direct", Design.UNBROKERED),
                Map.entry("vendor-gw", Design.THROUGH_BROKER),
                Map.entry("inet-hmi", Design.UNBROKERED),
                Map.entry("usb", Design.UNBROKERED),
                Map.entry("ops-plc", Design.SKIPS_LEVELS),
                Map.entry("saas-feed", Design.UNBROKERED),
                Map.entry("office-saas", Design.OUTSIDE_OT)));
    }

    @Test
    void multiHomedHostsAreJudgedByTheirZones() {
        Conduits conduits = new Conduits(FACTS);
        Map<String, Design> hosts = new TreeMap<>();
        for (Asset asset : FACTS.model().assets()) {
            Design design = conduits.ofHost(asset);
            if (design != null) {
                hosts.put(asset.id(), design);
            }
        }
        // The firewall sits in three zones by design and is no host here.
        assertThat(hosts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hist", Design.SPANS_DOMAINS,
                "ops-srv", Design.ONE_DOMAIN,
                "ews", Design.ONE_DOMAIN,
                "far-host", Design.SKIPS_LEVELS));
    }

    @Test
    void onlyBypassesSayWhatTheyGoAround() {
        for (Design design : Design.values()) {
            assertThat(design.bypasses() == null).as(design.name()).isEqualTo(design.isDesigned());
        }
        assertThat(Design.BYPASSES_DMZ.bypasses()).isEqualTo("dmz");
        assertThat(Design.UNBROKERED.bypasses()).isEqualTo("broker");
    }
}
