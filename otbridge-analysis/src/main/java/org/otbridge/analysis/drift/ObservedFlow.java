package org.otbridge.analysis.drift;

import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;
import org.otbridge.observe.inventory.Operations;
import org.otbridge.observe.inventory.Transport;

/**
 * One observed flow (client, server, transport, server port, protocol) with its ends as the model
 * knows them and how the model accounts for it.
 *
 * @param connection         the declared connection that accounts for it ({@link FlowStatus#DECLARED}), whose
 *                           ends it fits ({@link FlowStatus#OTHER_PROTOCOL}, {@link FlowStatus#REVERSED}); else null
 * @param crosses            one end is in OT (or safety) and the other is not: IT, DMZ or outside
 * @param remoteTool         remote-desktop or remote-support software (RDP, VNC, TeamViewer) on an OT host that
 *                           no declared connection accounts for, used from outside OT (TeamViewer from anywhere)
 * @param unexpectedCommands writes, program transfers or commands from a host that is not an engineering
 *                           workstation, SCADA server, HMI or controller of the model
 * @param firstSeen          nanoseconds since 1970, 0 when unknown
 */
public record ObservedFlow(Endpoint client, Endpoint server, Transport transport, Integer port, Protocol protocol,
        long packets, long bytes, int connections, long firstSeen, long lastSeen, Operations operations,
        FlowStatus status, Ref connection, boolean crosses, boolean remoteTool, boolean unexpectedCommands) {

    /** The server port in words: "tcp/502", or the transport alone. */
    public String service() {
        return transport.text() + (port == null ? "" : "/" + port);
    }

    /** Writes, program transfers and commands together. */
    public long controlOperations() {
        return operations.write() + operations.program() + operations.command();
    }
}
