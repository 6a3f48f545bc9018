package org.otbridge.observe.inventory;

import java.util.ArrayList;
import java.util.List;
import org.otbridge.model.Protocol;

/** The observed inventory for people: what was read, the hosts with their roles, and the flows. */
public final class InventoryText {

    public String render(Inventory inventory) {
        StringBuilder out = new StringBuilder();
        long packets = 0;
        long damaged = 0;
        for (InputSummary input : inventory.inputs()) {
            packets += input.packets();
            damaged += input.damagedRecords();
        }
        out.append("Read ").append(inventory.inputs().size()).append(inventory.inputs().size() == 1 ? " input" : " inputs")
                .append(", ").append(packets).append(" packets");
        if (damaged > 0) {
            out.append(", ").append(damaged).append(damaged == 1 ? " damaged record skipped" : " damaged records skipped");
        }
        out.append(": ").append(inventory.hosts().size()).append(inventory.hosts().size() == 1 ? " host, " : " hosts, ")
                .append(inventory.flows().size()).append(inventory.flows().size() == 1 ? " flow" : " flows").append('\n');

        if (!inventory.hosts().isEmpty()) {
            out.append("\nHosts\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"address", "mac", "roles", "protocols"});
            for (Host host : inventory.hosts()) {
                rows.add(new String[] {host.ip() == null ? "(layer 2)" : host.ip(),
                        host.macs().isEmpty() ? "-" : String.join(" ", host.macs()),
                        host.roles().isEmpty() ? "-" : String.join(", ", host.roles()),
                        host.protocols().isEmpty() ? "-" : String.join(", ", host.protocols().stream().map(Protocol::yamlName).toList())});
            }
            table(rows, out);
        }
        if (!inventory.flows().isEmpty()) {
            out.append("\nFlows (client -> server)\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"client", "server", "service", "protocol", "packets", "operations"});
            for (Flow flow : inventory.flows()) {
                String service = flow.port() == null ? flow.transport().text() : flow.transport().text() + "/" + flow.port();
                String protocol = flow.protocol().yamlName();
                String by = InventoryJson.identifiedBy(flow);
                if ("port".equals(by)) {
                    protocol += " (by port)";
                }
                rows.add(new String[] {flow.src(), flow.dst(), service, protocol, String.valueOf(flow.packets()),
                        operations(flow.operations())});
            }
            table(rows, out);
        }
        return out.toString();
    }

    private static String operations(Operations ops) {
        List<String> parts = new ArrayList<>();
        if (ops.read() > 0) {
            parts.add(ops.read() + " read");
        }
        if (ops.write() > 0) {
            parts.add(ops.write() + " write");
        }
        if (ops.program() > 0) {
            parts.add(ops.program() + " program");
        }
        if (ops.command() > 0) {
            parts.add(ops.command() + " command");
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static void table(List<String[]> rows, StringBuilder out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
