package org.otbridge.analysis.drift;

import java.util.List;
import org.otbridge.model.Ref;

/**
 * A declared network connection against the traffic.
 *
 * @param flows          observed flows that fit it
 * @param packets        their packets
 * @param firstSeen      nanoseconds since 1970 of the earliest fitting flow; 0 when none or unknown
 * @param otherProtocols what else its ends said to each other ("rdp tcp/3389"), in the order first seen
 * @param unseen         its ends of which the traffic shows nothing ({@link ConnectionStatus#NOT_COVERED})
 */
public record ConnectionDrift(Ref connection, ConnectionStatus status, int flows, long packets, long firstSeen,
        long lastSeen, List<String> otherProtocols, List<Ref> unseen) {

    public ConnectionDrift {
        otherProtocols = List.copyOf(otherProtocols);
        unseen = List.copyOf(unseen);
    }
}
