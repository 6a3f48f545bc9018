package org.otbridge.analysis.drift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.otbridge.analysis.RuleFacts;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * What the drift rules see: the site facts and the drift result, with the flows indexed by host
 * address and by the declared connection whose ends they fit.
 */
public final class DriftSite implements RuleFacts {

    /**
     * The subject of a finding about hosts the model knows nothing of, neither the host nor a zone
     * or asset it talked with: the OT security programme, whose asset inventory misses them.
     */
    public static final Ref INVENTORY = Ref.of(RefKind.PROGRAM, Ref.OT_SECURITY_PROGRAM);

    private final SiteFacts facts;
    private final DriftResult result;
    private final Map<String, List<ObservedFlow>> flowsByAddress = new HashMap<>();
    private final Map<Ref, List<ObservedFlow>> flowsByConnection = new HashMap<>();
    private final Map<Ref, ConnectionDrift> connections = new LinkedHashMap<>();

    public DriftSite(SiteFacts facts, DriftResult result) {
        this.facts = facts;
        this.result = result;
        for (ObservedFlow flow : result.flows()) {
            flowsByAddress.computeIfAbsent(flow.client().address(), k -> new ArrayList<>()).add(flow);
            flowsByAddress.computeIfAbsent(flow.server().address(), k -> new ArrayList<>()).add(flow);
            if (flow.connection() != null) {
                flowsByConnection.computeIfAbsent(flow.connection(), k -> new ArrayList<>()).add(flow);
            }
        }
        result.connections().forEach(c -> connections.put(c.connection(), c));
    }

    @Override
    public SiteFacts facts() {
        return facts;
    }

    public DriftResult result() {
        return result;
    }

    /** The flows a host took part in, as client or server. */
    List<ObservedFlow> flowsOf(String address) {
        return flowsByAddress.getOrDefault(address, List.of());
    }

    /** The flows attributed to a declared connection: those it accounts for, and those whose ends alone fit it. */
    List<ObservedFlow> flowsOf(Ref connection) {
        return flowsByConnection.getOrDefault(connection, List.of());
    }

    /** What the traffic shows of a declared connection; empty for connections drift does not look for (removable media). */
    Optional<ConnectionDrift> drift(Ref connection) {
        return Optional.ofNullable(connections.get(connection));
    }

    /** "in 3 days of traffic from 2 inputs" for findings about what was not seen. */
    String extent() {
        Observation o = result.observed();
        String span = o.span() > 0 ? DriftWords.span(o.span()) + " of traffic" : "the traffic";
        return span + " read from " + DriftWords.plural(o.inputs().size(), "input");
    }
}
