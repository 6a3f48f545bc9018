package org.otbridge.observe.zeek;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;

/**
 * Builds an inventory from Zeek logs: conn.log gives the flows (a connection per uid), the
 * protocol logs of Zeek and the ICSNPP parsers give each connection's protocol and operations.
 * Protocol records whose connection is not in any conn.log still make a flow (without packet
 * counts). Feed it every record of every log, in any order, then call {@link #inventory}. The
 * records of a connection are added up with {@link ZeekConnection#plus}, as the Spark job does.
 */
public final class ZeekInventory {

    private final Map<String, ZeekConnection> connections = new HashMap<>();
    private final Map<String, long[]> packetsByFile = new LinkedHashMap<>();
    private final List<InputSummary> inputs = new ArrayList<>();

    /** Adds one record read from {@code file}. */
    public void add(String file, ZeekRecord record) {
        if (record.path().equals("conn")) {
            packetsByFile.computeIfAbsent(file, k -> new long[1])[0] += ZeekConnection.packets(record);
        }
        ZeekConnection connection = ZeekConnection.of(record);
        if (connection != null) {
            connections.merge(ZeekConnection.key(record), connection, ZeekConnection::plus);
        }
    }

    /** Records that one log file was read. */
    public void addInput(String file, long bytes, long damagedRecords, List<InputSummary.Damage> damage) {
        long[] packets = packetsByFile.getOrDefault(file, new long[1]);
        inputs.add(new InputSummary(file, "zeek", packets[0], bytes, damagedRecords, damage));
    }

    public Inventory inventory() {
        Map<String, Set<String>> macsByIp = new HashMap<>();
        List<Flow> flows = new ArrayList<>();
        for (ZeekConnection connection : connections.values()) {
            Flow flow = connection.flow();
            if (flow != null) {
                flows.add(flow);
                connection.hosts().forEach((ip, macs) -> macsByIp.computeIfAbsent(ip, k -> new TreeSet<>()).addAll(macs));
            }
        }
        return Inventory.of(inputs, macsByIp, Set.of(), Set.of(), flows);
    }
}
