package org.otbridge.analysis.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drift in numbers, for summaries and for {@code otbridge diff}: hosts of the site seen (and
 * how many the model lists), hosts on the internet, flows by {@link FlowStatus}, undeclared flows
 * that cross between OT and the rest, remote tools on OT hosts, unexpected command sources, and
 * declared connections by {@link ConnectionStatus}.
 */
public record DriftCounts(int hosts, int hostsDeclared, int hostsUndeclared, int internetHosts, int flows,
        int flowsDeclared, int flowsZone, int flowsOtherProtocol, int flowsReversed, int flowsUndeclared,
        int flowsCrossing, int remoteToolFlows, int unexpectedCommandFlows, int connectionsSeen,
        int connectionsOtherProtocol, int connectionsNeverSeen, int connectionsNotCovered) {

    static DriftCounts of(List<ObservedHost> hosts, int internetHosts, List<ObservedFlow> flows,
            List<ConnectionDrift> connections) {
        int undeclared = (int) hosts.stream().filter(ObservedHost::undeclared).count();
        int[] byStatus = new int[FlowStatus.values().length];
        int crossing = 0;
        int remote = 0;
        int commands = 0;
        for (ObservedFlow flow : flows) {
            byStatus[flow.status().ordinal()]++;
            if (flow.crosses() && (flow.status() == FlowStatus.UNDECLARED || flow.status() == FlowStatus.REVERSED)) {
                crossing++;
            }
            remote += flow.remoteTool() ? 1 : 0;
            commands += flow.unexpectedCommands() ? 1 : 0;
        }
        int[] connectionStatus = new int[ConnectionStatus.values().length];
        connections.forEach(c -> connectionStatus[c.status().ordinal()]++);
        return new DriftCounts(hosts.size(), hosts.size() - undeclared, undeclared, internetHosts, flows.size(),
                byStatus[FlowStatus.DECLARED.ordinal()], byStatus[FlowStatus.ZONE.ordinal()],
                byStatus[FlowStatus.OTHER_PROTOCOL.ordinal()], byStatus[FlowStatus.REVERSED.ordinal()],
                byStatus[FlowStatus.UNDECLARED.ordinal()], crossing, remote, commands,
                connectionStatus[ConnectionStatus.SEEN.ordinal()], connectionStatus[ConnectionStatus.OTHER_PROTOCOL.ordinal()],
                connectionStatus[ConnectionStatus.NEVER_SEEN.ordinal()], connectionStatus[ConnectionStatus.NOT_COVERED.ordinal()]);
    }

    /** Every count by its JSON name (docs/output.md), in a fixed order. */
    public Map<String, Integer> byName() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("hosts", hosts);
        counts.put("hosts_declared", hostsDeclared);
        counts.put("hosts_undeclared", hostsUndeclared);
        counts.put("internet_hosts", internetHosts);
        counts.put("flows", flows);
        counts.put("flows_declared", flowsDeclared);
        counts.put("flows_zone", flowsZone);
        counts.put("flows_other_protocol", flowsOtherProtocol);
        counts.put("flows_reversed", flowsReversed);
        counts.put("flows_undeclared", flowsUndeclared);
        counts.put("flows_crossing", flowsCrossing);
        counts.put("remote_tool_flows", remoteToolFlows);
        counts.put("unexpected_command_flows", unexpectedCommandFlows);
        counts.put("connections_seen", connectionsSeen);
        counts.put("connections_other_protocol", connectionsOtherProtocol);
        counts.put("connections_never_seen", connectionsNeverSeen);
        counts.put("connections_not_covered", connectionsNotCovered);
        return counts;
    }
}
