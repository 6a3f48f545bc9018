package org.otbridge.observe.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.model.Protocol;

/**
 * Guesses what a host is from how it talks. A controller answers a control protocol (Modbus on
 * 502, S7 and MMS on 102, DNP3 on 20000, IEC 104 on 2404, EtherNet/IP on 44818) or publishes GOOSE;
 * a SCADA server or HMI polls controllers (reads, or traffic whose operations are not decoded); an
 * engineering workstation programs them, or writes and commands without ever reading.
 */
public final class Roles {

    public static final String CONTROLLER = "controller";
    public static final String SCADA = "scada";
    public static final String ENGINEERING_WORKSTATION = "engineering-workstation";

    /** Protocols a controller answers; a server of one of them (that replied) is a controller. */
    public static final Set<Protocol> CONTROL_PROTOCOLS = EnumSet.of(Protocol.MODBUS, Protocol.DNP3, Protocol.IEC104,
            Protocol.S7COMM, Protocol.S7COMM_PLUS, Protocol.ENIP, Protocol.MMS);

    private Roles() {
    }

    /** Roles per host address, each list in a fixed order. */
    public static Map<String, List<String>> of(Collection<Flow> flows) {
        Set<String> controllers = new HashSet<>();
        for (Flow flow : flows) {
            if (flow.transport() == Transport.ETHERNET && flow.protocol() == Protocol.GOOSE) {
                controllers.add(flow.src());
            } else if (CONTROL_PROTOCOLS.contains(flow.protocol()) && flow.replyPackets() > 0) {
                controllers.add(flow.dst());
            }
        }
        Map<String, Operations> asked = new HashMap<>();
        for (Flow flow : flows) {
            if (CONTROL_PROTOCOLS.contains(flow.protocol()) && controllers.contains(flow.dst())) {
                asked.merge(flow.src(), flow.operations(), Operations::plus);
            }
        }
        Map<String, List<String>> roles = new HashMap<>();
        for (String controller : controllers) {
            roles.computeIfAbsent(controller, k -> new ArrayList<>()).add(CONTROLLER);
        }
        asked.forEach((client, ops) -> {
            Set<String> guessed = new TreeSet<>();
            if (ops.read() > 0 || ops.total() == 0) {
                guessed.add(SCADA);
            }
            if (ops.program() > 0 || ops.read() == 0 && ops.write() + ops.command() > 0) {
                guessed.add(ENGINEERING_WORKSTATION);
            }
            List<String> list = roles.computeIfAbsent(client, k -> new ArrayList<>());
            if (guessed.contains(SCADA)) {
                list.add(SCADA);
            }
            if (guessed.contains(ENGINEERING_WORKSTATION)) {
                list.add(ENGINEERING_WORKSTATION);
            }
        });
        return roles;
    }
}
