package org.otbridge.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.model.Protocol;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Operations;
import org.otbridge.observe.inventory.PortSet;
import org.otbridge.observe.inventory.Transport;
import org.otbridge.observe.zeek.ZeekConnection;

/**
 * What the job adds up by key on the cluster, in two rounds: facts per connection and per log
 * file, then per flow, host and file. Each {@code plus} is observe's own (associative and
 * commutative) addition, so Spark may combine in any order; these records only carry the values
 * between machines.
 */
sealed interface Fact extends Serializable {

    /** Both facts of one key, added up. */
    Fact plus(Fact other);

    /** What a fact is about, within a group (a site, or {@code ""} for one inventory of all). */
    record Key(String group, Kind kind, String id) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    enum Kind { CONNECTION, FILE, FLOW, HOST }

    /** One connection (a uid), as observe folds its records. */
    record Connection(ZeekConnection connection) implements Fact {
        private static final long serialVersionUID = 1L;

        @Override
        public Fact plus(Fact other) {
            return new Connection(connection.plus(((Connection) other).connection));
        }
    }

    /** One log file read: its size, the packets of its conn.log records, its unreadable lines. */
    record File(String file, long bytes, long packets, long damaged) implements Fact {
        private static final long serialVersionUID = 1L;

        @Override
        public Fact plus(Fact other) {
            File o = (File) other;
            return new File(file, Math.max(bytes, o.bytes), packets + o.packets, damaged + o.damaged);
        }

        /** Lines Spark could not read are counted; where they are is not known (no line numbers). */
        InputSummary summary() {
            return new InputSummary(file, "zeek", packets, bytes, damaged, List.of());
        }
    }

    /** One host, with the MAC addresses it sent from. */
    record Host(Set<String> macs) implements Fact {
        private static final long serialVersionUID = 1L;

        public Host {
            macs = new TreeSet<>(macs);
        }

        @Override
        public Fact plus(Fact other) {
            Set<String> union = new TreeSet<>(macs);
            union.addAll(((Host) other).macs);
            return new Host(union);
        }
    }

    /** One flow, its client ports as an array; added up by {@link Flow#plus}. */
    record FlowFact(String src, String dst, Transport transport, Integer port, Protocol protocol, boolean byPayload,
            long packets, long bytes, long replyPackets, long firstSeen, long lastSeen, long read, long write,
            long program, long command, int[] ports, int unknownPorts) implements Fact {

        private static final long serialVersionUID = 1L;

        static FlowFact of(Flow f) {
            Operations o = f.operations();
            return new FlowFact(f.src(), f.dst(), f.transport(), f.port(), f.protocol(), f.byPayload(), f.packets(),
                    f.bytes(), f.replyPackets(), f.firstSeen(), f.lastSeen(), o.read(), o.write(), o.program(),
                    o.command(), f.connections().toArray(), f.connections().unknownPorts());
        }

        /** The key a flow is added up by, as text: {@link Flow.Key}'s fields. */
        static String id(Flow f) {
            return f.src() + '|' + f.dst() + '|' + f.transport() + '|' + f.port() + '|' + f.protocol();
        }

        Flow flow() {
            return new Flow(src, dst, transport, port, protocol, byPayload, packets, bytes, replyPackets, firstSeen,
                    lastSeen, new Operations(read, write, program, command),
                    PortSet.of(ports).union(PortSet.counted(unknownPorts)));
        }

        @Override
        public Fact plus(Fact other) {
            return of(flow().plus(((FlowFact) other).flow()));
        }
    }
}
