package org.otbridge.observe.zeek;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Columns of logs that arrive without their header (cut with zeek-cut), for the ICSNPP and Zeek
 * logs whose default columns are fixed. Chosen by the log's name and its number of columns.
 */
final class KnownLayouts {

    private static final List<String> ID = List.of("ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p");
    private static final List<String> LINK = List.of("is_orig", "source_h", "source_p", "destination_h", "destination_p");

    private static final Map<String, List<String>> LAYOUTS = Map.of(
            "modbus", join(ID, List.of("func", "exception")),
            "cip", join(ID, LINK, List.of("cip_sequence_count", "direction", "cip_service_code", "cip_service",
                    "cip_status_code", "cip_status", "cip_extended_status_code", "cip_extended_status", "class_id",
                    "class_name", "instance_id", "attribute_id")),
            "enip", join(ID, LINK, List.of("enip_command_code", "enip_command", "length", "session_handle", "enip_status",
                    "sender_context", "options")),
            "conn", List.of("id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "service"));

    private KnownLayouts() {
    }

    /** The columns of a headerless log of this name and width, or null. */
    static List<String> columns(String path, int count) {
        List<String> layout = LAYOUTS.get(path);
        if (layout != null && layout.size() == count) {
            return layout;
        }
        if ("opcua_binary".equals(path) && count > 31) {
            // only the service is needed: message type (7) and the request's type id and name (30, 31)
            List<String> columns = new ArrayList<>(ID);
            while (columns.size() < count) {
                columns.add("column_" + (columns.size() + 1));
            }
            columns.set(6, "msg_type");
            columns.set(29, "identifier");
            columns.set(30, "identifier_str");
            return columns;
        }
        if ("profinet_io_cm".equals(path) && count >= 32) {
            // the btest layout without ts and uid: endpoints, direction, protocol, then the DCE/RPC fields
            List<String> columns = new ArrayList<>(List.of("id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "source_h",
                    "source_p", "destination_h", "destination_p", "proto", "version", "packet_type"));
            while (columns.size() < count) {
                columns.add("column_" + (columns.size() + 1));
            }
            columns.set(31, "operation");
            return columns;
        }
        return null;
    }

    @SafeVarargs
    private static List<String> join(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
