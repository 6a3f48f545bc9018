package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.RuleRunner;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.load.LoadResult;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;
import org.otbridge.observe.Discovery;
import org.otbridge.observe.UnreadableInputException;
import org.otbridge.observe.inventory.Inventory;

/**
 * Real captures and small models around them for the drift tests. The captures are the public
 * test captures of otbridge-observe (their origin and licences are in its
 * src/test/resources/captures/SOURCES.md and LICENSES/), read in place as the CLI tests do.
 */
final class DriftTesting {

    private DriftTesting() {
    }

    static final Path CAPTURES = Path.of("..", "otbridge-observe", "src", "test", "resources", "captures");

    /**
     * zeek/modbus-and-non-modbus-p502.pcap: 10.0.0.9 polls and writes Modbus to 10.0.0.3; hosts on
     * the internet send RDP, TLS, HTTP and other traffic to port 502 of 192.168.10.111 and
     * 192.168.10.113.
     */
    static final String MIXED_502 = "zeek/modbus-and-non-modbus-p502.pcap";

    /** icsnpp-dnp3/dnp3_example.pcap: 10.10.20.5 reads from and commands (operate) 10.10.20.8 over DNP3. */
    static final String DNP3 = "icsnpp-dnp3/dnp3_example.pcap";

    /** icsnpp-modbus/modbus_example.pcap: loopback Modbus with writes; 192.168.1.6 reads from 3.15.227.20. */
    static final String MODBUS = "icsnpp-modbus/modbus_example.pcap";

    /** icsnpp-s7comm/s7comm_plus.pcap: 192.168.0.3 writes S7comm-plus, 192.168.0.33 S7comm, to 192.168.0.1 on 102. */
    static final String S7_PLUS = "icsnpp-s7comm/s7comm_plus.pcap";

    /** A water utility around {@link #MIXED_502}: the office, a control cell and an OT server zone. */
    static final String PLANT = """
            services:
              - id: water
                name: Drinking water supply
                impact: {supply: critical, safety: high}
                max_tolerable_downtime: 8h
                requires: [asset:plc-1, asset:gateway]
            zones:
              - {id: office, name: Office, domain: it, level: 4}
              - {id: dmz, name: OT DMZ, domain: dmz, level: 3.5}
              - {id: ops, name: OT servers, domain: ot, level: 3}
              - {id: cell, name: Pump cell, domain: ot, level: 1, flat: false}
            assets:
              - {id: plc-1, type: plc, zone: cell, ips: [10.0.0.3]}
              - {id: gateway, type: server, zone: ops, ips: [192.168.10.111]}
            """;

    static Inventory read(String... captures) {
        try {
            return new Discovery(1).discover(Arrays.stream(captures).map(CAPTURES::resolve).toList(),
                    new Discovery.Listener() {
                    });
        } catch (IOException | UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }

    static Model model(String... files) {
        List<ModelSource> sources = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            sources.add(new ModelSource("m" + i + ".yaml", files[i]));
        }
        LoadResult result = new ModelLoader().load(sources);
        assertThat(result.ok()).as("model loads: %s", result.problems()).isTrue();
        return result.model();
    }

    static DriftResult drift(Model model, Inventory inventory) {
        return DriftAnalyzer.analyze(new SiteFacts(model), inventory);
    }

    /** One rule over the model and the inventory. */
    static List<Finding> run(DriftRule rule, Model model, Inventory inventory) {
        SiteFacts facts = new SiteFacts(model);
        return RuleRunner.run(List.of(rule), new DriftSite(facts, DriftAnalyzer.analyze(facts, inventory)),
                AttackCatalog.bundled());
    }

    static List<String> keys(List<Ref> refs) {
        return refs.stream().map(Ref::key).toList();
    }
}
