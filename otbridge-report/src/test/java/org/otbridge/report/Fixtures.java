package org.otbridge.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.otbridge.analysis.Assessment;
import org.otbridge.analysis.Assessor;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingIds;
import org.otbridge.analysis.Severity;
import org.otbridge.analysis.boundary.MeetingPoint;
import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.analysis.exposure.Shortcut;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Domain;
import org.otbridge.model.Initiator;
import org.otbridge.model.Model;
import org.otbridge.model.Organization;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;

/** Small assessments built directly from records, and the bundled example assessed for real. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private Fixtures() {
    }

    static Ref ref(String key) {
        if (key.equals("internet")) {
            return Ref.of(RefKind.INTERNET, "internet");
        }
        int colon = key.indexOf(':');
        return Ref.of(RefKind.byPrefix(key.substring(0, colon)).orElseThrow(), key.substring(colon + 1));
    }

    static List<Ref> refs(String... keys) {
        return java.util.Arrays.stream(keys).map(Fixtures::ref).toList();
    }

    static Model emptyModel(String name) {
        return new Model(List.of("site/model.yaml"), new Organization(name, List.of(), List.of()), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Finding finding(String rule, Severity severity, String title, boolean accepted, String... subjects) {
        List<Ref> subjectRefs = refs(subjects);
        return new Finding(FindingIds.of(rule, subjectRefs), rule, Category.ARCHITECTURE, severity, title, subjectRefs,
                refs("service:heat"), "Operators lose the view of the network when this fails.",
                "Route it through the DMZ historian instead.",
                List.of("IEC 62443-3-3 SR 5.1", "ATT&CK ICS T0822"), accepted);
    }

    static MeetingPoint connectionPoint(String id, Domain from, Domain to, boolean viaDmz) {
        return new MeetingPoint(ref("connection:" + id), List.of(from, to), from, to, viaDmz, Initiator.FROM,
                Protocol.OPCUA, AuthMethod.CERTIFICATE, true, false, refs("service:heat"),
                viaDmz ? org.otbridge.analysis.boundary.Design.ENDS_IN_DMZ : org.otbridge.analysis.boundary.Design.BYPASSES_DMZ);
    }

    static MeetingPoint assetPoint(String id, Domain... domains) {
        return new MeetingPoint(ref("asset:" + id), List.of(domains), null, null, null, null, null, null, null, null,
                refs("service:heat", "service:power"), org.otbridge.analysis.boundary.Design.SPANS_DOMAINS);
    }

    /** One of everything, with findings given out of order and one accepted. */
    public static Assessment sample() {
        List<Finding> findings = List.of(
                finding("OTB-GOV-002", Severity.LOW, "No accountable person for zone:cc", false, "zone:cc"),
                finding("OTB-ARCH-003", Severity.HIGH, "Historian replicates to IT \"directly\"", false,
                        "asset:hist-1", "connection:hist-repl"),
                finding("OTB-ARCH-001", Severity.CRITICAL, "Vendor remote access bypasses the DMZ", false,
                        "connection:vendor-ra"),
                finding("OTB-ARCH-003", Severity.HIGH, "Historian replicates to IT directly", false, "asset:hist-2"),
                finding("OTB-ARCH-002", Severity.MEDIUM, "Always-on vendor access", true, "connection:vendor-ra"),
                finding("OTB-EXP-001", Severity.INFO, "Entry point reaches a controller", false, "asset:plc-n1"));
        List<MeetingPoint> points = List.of(
                connectionPoint("hist-repl", Domain.OT, Domain.IT, true),
                connectionPoint("vendor-ra", Domain.EXTERNAL, Domain.OT, false),
                assetPoint("eng-ws", Domain.IT, Domain.OT));
        List<AttackPath> paths = List.of(new AttackPath(ref("supplier:acme-scada"), ref("asset:plc-n1"),
                refs("service:heat"), refs("supplier:acme-scada", "asset:scada-a", "zone:cc", "asset:plc-n1"),
                java.util.Arrays.asList(ref("connection:vendor-ra"), null, null), 2.5, List.of("T0822", "T0855"), 0));
        List<Shortcut> shortcuts = List.of(
                new Shortcut(ref("connection:eng-bridge"), "connection", "dmz", ref("zone:corp"), ref("asset:scada-a"),
                        refs("service:heat"), Double.POSITIVE_INFINITY, 1.0, 2),
                new Shortcut(ref("connection:vendor-ra"), "connection", "broker", ref("supplier:acme-scada"),
                        ref("asset:plc-n1"), refs("service:heat"), 7.0, 2.5, 4));
        return assessment(emptyModel("Test Utility"), findings, points, paths, shortcuts);
    }

    public static Assessment empty() {
        return assessment(emptyModel("Quiet Utility"), List.of(), List.of(), List.of(), List.of());
    }

    /** An assessment of findings, meeting points, paths and shortcuts, with no other section computed. */
    public static Assessment assessment(org.otbridge.model.Model model, List<Finding> findings, List<MeetingPoint> points,
            List<AttackPath> paths, List<Shortcut> shortcuts) {
        return Assessment.of(model, findings, org.otbridge.analysis.Sections.empty()
                .with(org.otbridge.analysis.Analyses.MEETING_POINTS, points)
                .with(org.otbridge.analysis.Analyses.EXPOSURE,
                        new org.otbridge.analysis.exposure.ExposureResult(paths, shortcuts, List.of())));
    }

    public static Path bundledExample() {
        return Path.of("..", "examples", "nordvik-energi");
    }

    /** The bundled example assessed as {@code otbridge assess} does it: with a plan of ten actions. */
    public static Assessment bundled() {
        return Bundled.ASSESSMENT;
    }

    /** Assessed once per test run: the plan measures some sixty assessments. */
    private static final class Bundled {
        static final Assessment ASSESSMENT = assessBundled();
    }

    /** The bundled example assessed and planned afresh, for tests of determinism. */
    public static Assessment assessBundled() {
        LoadResult result = new ModelLoader().load(bundledExample());
        if (!result.ok()) {
            throw new IllegalStateException("bundled example does not load: " + result.problems());
        }
        Assessment assessment = new Assessor(TODAY).assess(result.model());
        return assessment.withPlan(org.otbridge.analysis.plan.Planner.of(TODAY,
                org.otbridge.analysis.registry.RuleRegistry.builtIn(),
                org.otbridge.analysis.rules.RuleLimits.defaults()).plan(assessment, 10));
    }

    /** The public test captures of otbridge-observe (SOURCES.md there says where each comes from). */
    public static final Path CAPTURES = Path.of("..", "otbridge-observe", "src", "test", "resources", "captures");

    /**
     * A small water plant assessed together with real captures: an office PC writing Modbus to a PLC,
     * RDP, TLS and HTTP from the internet to an OT server, a DNP3 master and outstation the model
     * knows nothing of, substation traffic with ICMP; declared connections seen, of another protocol,
     * never seen and not covered. Its drift section holds every kind of object and value.
     */
    public static Assessment withDrift() {
        return withDrift("{}\n");
    }

    /** {@link #withDrift()} with {@code moreYaml} as a second model file (sections merge). */
    public static Assessment withDrift(String moreYaml) {
        LoadResult result = new ModelLoader().load(List.of(new org.otbridge.model.load.ModelSource("plant.yaml", """
                organization:
                  name: Vannverk Test
                services:
                  - id: water
                    name: Drinking water supply
                    impact: {supply: critical, safety: high}
                    max_tolerable_downtime: 8h
                    requires: [asset:plc-1, asset:gateway]
                zones:
                  - {id: office, name: Office, domain: it, level: 4}
                  - {id: ops, name: OT servers, domain: ot, level: 3}
                  - {id: cell, name: Pump cell, domain: ot, level: 1, flat: false}
                  - {id: north, name: Pump station north, domain: ot, level: 1}
                assets:
                  - {id: plc-1, type: plc, zone: cell, ips: [10.0.0.3]}
                  - {id: office-pc, type: workstation, zone: office, ips: [10.0.0.9]}
                  - {id: gateway, type: server, zone: ops, ips: [192.168.10.111]}
                  - {id: plc-2, type: plc, zone: north, ips: [10.9.9.9]}
                  - {id: scada-sub, type: scada-server, zone: ops, ips: [172.16.0.101]}
                connections:
                  - {id: gw-plc, from: asset:gateway, to: asset:plc-1, protocol: opcua, ports: [4840]}
                  - {id: portal, from: internet, to: asset:gateway, protocol: https, ports: [502]}
                  - {id: gw-north, from: asset:gateway, to: asset:plc-2, protocol: opcua}
                  - {id: sub-ntp, from: zone:ops, to: internet, protocol: ntp}
                  - {id: office-plc, from: asset:office-pc, to: asset:plc-1, protocol: dnp3}
                """), new org.otbridge.model.load.ModelSource("more.yaml", moreYaml)));
        if (!result.ok()) {
            throw new IllegalStateException("the drift fixture does not load: " + result.problems());
        }
        try {
            org.otbridge.observe.inventory.Inventory observed = new org.otbridge.observe.Discovery(1).discover(
                    java.util.stream.Stream.of("zeek/modbus-and-non-modbus-p502.pcap", "icsnpp-dnp3/dnp3_example.pcap",
                            "iti/Sample_File_MMS_and_GOOSE.pcap").map(CAPTURES::resolve).toList(),
                    new org.otbridge.observe.Discovery.Listener() {
                    });
            return new Assessor(TODAY).assess(result.model(), java.util.Optional.of(observed));
        } catch (java.io.IOException | org.otbridge.observe.UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
