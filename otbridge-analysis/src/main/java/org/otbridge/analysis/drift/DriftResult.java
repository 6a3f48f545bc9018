package org.otbridge.analysis.drift;

import java.util.List;

/**
 * The observed traffic against the model: what was read, every host of the site seen (listed or
 * not), every flow between hosts with how the model accounts for it, every declared network
 * connection with what the traffic shows of it, and the counts. Lists in a fixed order: hosts and
 * flows in address order, connections in model order.
 */
public record DriftResult(Observation observed, List<ObservedHost> hosts, List<ObservedFlow> flows,
        List<ConnectionDrift> connections, DriftCounts counts) {

    public DriftResult {
        hosts = List.copyOf(hosts);
        flows = List.copyOf(flows);
        connections = List.copyOf(connections);
    }
}
