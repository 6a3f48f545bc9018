package org.otbridge.analysis.exposure;

import java.util.List;
import org.otbridge.model.Ref;

/**
 * A way in: from an entry point to a target asset that services need, step by step. {@code rank}
 * 0 is the cheapest path for this entry and target; 1 to 3 are alternatives. {@code connections}
 * holds, for each step after the first, the connection taken to reach it (null for a step taken
 * inside a flat zone or into a zone of a multi-homed host). {@code techniques} are ATT&CK for ICS
 * technique ids, per step and in path order without repeats.
 */
public record AttackPath(Ref entry, Ref target, List<Ref> services, List<Ref> steps, List<Ref> connections,
        double cost, List<String> techniques, int rank) {

    public AttackPath {
        services = List.copyOf(services);
        steps = List.copyOf(steps);
        connections = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(connections));
        techniques = List.copyOf(techniques);
    }
}
