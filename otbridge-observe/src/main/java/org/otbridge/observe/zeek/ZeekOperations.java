package org.otbridge.observe.zeek;

import java.util.Locale;
import java.util.Set;
import org.otbridge.model.Protocol;

/**
 * The operation a record of a Zeek or ICSNPP protocol log stands for, named as the packet
 * decoders name it (read, write, program, command), or null when the record is no request we
 * count (responses, acknowledgements, session management).
 */
final class ZeekOperations {

    enum Kind { READ, WRITE, PROGRAM, COMMAND }

    private static final Set<String> DNP3_WRITE = Set.of("WRITE", "ASSIGN_CLASS", "RECORD_CURRENT_TIME",
            "ENABLE_UNSOLICITED", "DISABLE_UNSOLICITED");
    private static final Set<String> DNP3_PROGRAM = Set.of("SAVE_CONFIG", "OPEN_FILE", "CLOSE_FILE", "DELETE_FILE",
            "GET_FILE_INFO", "AUTHENTICATE_FILE", "ABORT_FILE", "ACTIVATE_CONFIG");
    private static final Set<String> DNP3_COMMAND = Set.of("SELECT", "OPERATE", "DIRECT_OPERATE", "DIRECT_OPERATE_NR",
            "IMMED_FREEZE", "IMMED_FREEZE_NR", "FREEZE_CLEAR", "FREEZE_CLEAR_NR", "FREEZE_AT_TIME", "FREEZE_AT_TIME_NR",
            "COLD_RESTART", "WARM_RESTART", "INITIALIZE_DATA", "INITIALIZE_APPL", "START_APPL", "STOP_APPL");

    private ZeekOperations() {
    }

    /** The protocol a log describes, or null for logs that carry no flows of their own. */
    static Protocol protocolOf(String path) {
        return switch (path) {
            case "modbus", "modbus_detailed" -> Protocol.MODBUS;
            case "dnp3" -> Protocol.DNP3;
            case "s7comm" -> Protocol.S7COMM;
            case "s7comm_plus" -> Protocol.S7COMM_PLUS;
            case "cip", "enip" -> Protocol.ENIP;
            case "cip_io" -> Protocol.CIP;
            case "bacnet" -> Protocol.BACNET;
            case "mqtt_publish", "mqtt_subscribe", "mqtt_connect" -> Protocol.MQTT;
            case "opcua_binary" -> Protocol.OPCUA;
            case "profinet_io_cm", "profinet", "profinet_dce_rpc" -> Protocol.PROFINET;
            default -> null;
        };
    }

    /** The operation a record stands for, or null. */
    static Kind of(ZeekRecord r) {
        return switch (r.path()) {
            case "modbus" -> modbus(r);
            case "dnp3" -> dnp3(r.get("fc_request"));
            case "s7comm" -> s7comm(r);
            case "s7comm_plus" -> r.is("opcode_name", "Request") ? s7commPlus(r.get("function_name")) : null;
            case "cip" -> r.is("direction", "request") ? cip(r.get("cip_service")) : null;
            case "bacnet" -> bacnet(r);
            case "mqtt_publish" -> r.is("from_client", "T") ? Kind.WRITE : null;
            case "mqtt_subscribe" -> r.is("action", "MQTT::SUBSCRIBE") ? Kind.READ : null;
            case "opcua_binary" -> r.is("msg_type", "MSG") ? opcua(r.get("identifier_str")) : null;
            case "profinet_io_cm" -> r.is("packet_type", "Request") ? profinet(r.get("operation")) : null;
            default -> null;
        };
    }

    /** True for the DNP3 function codes of control requests (select, operate, direct operate). */
    static boolean isDnp3Command(String function) {
        return function != null && DNP3_COMMAND.contains(function);
    }

    private static Kind modbus(ZeekRecord r) {
        if (r.get("pdu_type") != null && !r.is("pdu_type", "REQ")) {
            return null;
        }
        String function = r.get("func");
        if (function == null) {
            return null;
        }
        function = function.replace("_EXCEPTION", "");
        if (function.startsWith("WRITE_") || function.equals("MASK_WRITE_REGISTER")
                || function.equals("READ_WRITE_MULTIPLE_REGISTERS")) {
            return Kind.WRITE;
        }
        if (function.startsWith("READ_") || function.equals("REPORT_SLAVE_ID") || function.equals("REPORT_SERVER_ID")
                || function.equals("DIAGNOSTICS") || function.equals("ENCAP_INTERFACE_TRANSPORT")
                || function.equals("GET_COMM_EVENT_COUNTER") || function.equals("GET_COMM_EVENT_LOG")) {
            return Kind.READ;
        }
        return null;
    }

    private static Kind dnp3(String request) {
        if (request == null) {
            return null;
        }
        if (request.equals("READ")) {
            return Kind.READ;
        }
        if (DNP3_WRITE.contains(request)) {
            return Kind.WRITE;
        }
        if (DNP3_COMMAND.contains(request)) {
            return Kind.COMMAND;
        }
        return DNP3_PROGRAM.contains(request) ? Kind.PROGRAM : null;
    }

    private static Kind s7comm(ZeekRecord r) {
        if (r.is("rosctr_code", "1") || r.is("rosctr_name", "Job-Request")) {
            String function = String.valueOf(r.get("function_name"));
            return switch (function) {
                case "Read Variable" -> Kind.READ;
                case "Write Variable" -> Kind.WRITE;
                case "Request Download", "Download Block", "Download Ended", "Start Upload", "Upload", "End Upload" ->
                        Kind.PROGRAM;
                case "PLC Control", "PLC Stop" -> Kind.COMMAND;
                default -> null;
            };
        }
        String function = r.get("function_name");
        if ((r.is("rosctr_code", "7") || r.is("rosctr_name", "User-Data")) && function != null
                && function.startsWith("Request:")) {
            if (function.contains("Programmer Commands")) {
                return Kind.COMMAND;
            }
            if (function.contains("Time Functions")) {
                String sub = String.valueOf(r.get("subfunction_name"));
                return sub.startsWith("Set") ? Kind.WRITE : sub.startsWith("Read") ? Kind.READ : null;
            }
            if (function.contains("CPU Functions") || function.contains("Block Functions")
                    || function.contains("Cyclic Data")) {
                return Kind.READ;
            }
        }
        return null;
    }

    private static Kind s7commPlus(String function) {
        if (function == null) {
            return null;
        }
        if (function.startsWith("Get") || function.equals("Explore")) {
            return Kind.READ;
        }
        if (function.startsWith("Set")) {
            return Kind.WRITE;
        }
        return function.equals("Invoke") ? Kind.COMMAND : null;
    }

    private static Kind cip(String service) {
        if (service == null) {
            return null;
        }
        String s = service.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (s.startsWith("get attribute") || s.startsWith("read tag")) {
            return Kind.READ;
        }
        if (s.startsWith("set attribute") || s.startsWith("write tag") || s.startsWith("read modify write")) {
            return Kind.WRITE;
        }
        return s.equals("reset") || s.equals("start") || s.equals("stop") ? Kind.COMMAND : null;
    }

    private static Kind bacnet(ZeekRecord r) {
        String service = String.valueOf(r.get("pdu_service"));
        if (r.is("pdu_type", "UNCONFIRMED_REQUEST")) {
            return service.equals("write_group") ? Kind.WRITE : null;
        }
        if (!r.is("pdu_type", "CONFIRMED_REQUEST")) {
            return null;
        }
        return switch (service) {
            case "read_property", "read_property_multiple", "read_range", "atomic_read_file" -> Kind.READ;
            case "write_property", "write_property_multiple", "add_list_element", "remove_list_element", "create_object",
                    "delete_object" -> Kind.WRITE;
            case "atomic_write_file" -> Kind.PROGRAM;
            case "device_communication_control", "reinitialize_device" -> Kind.COMMAND;
            default -> null;
        };
    }

    private static Kind opcua(String service) {
        if (service == null) {
            return null;
        }
        return switch (service) {
            case "ReadRequest", "HistoryReadRequest" -> Kind.READ;
            case "WriteRequest", "HistoryUpdateRequest", "AddNodesRequest", "DeleteNodesRequest" -> Kind.WRITE;
            case "CallRequest" -> Kind.COMMAND;
            default -> null;
        };
    }

    private static Kind profinet(String operation) {
        if (operation == null) {
            return null;
        }
        if (operation.startsWith("Read")) {
            return Kind.READ;
        }
        if (operation.startsWith("Write")) {
            return Kind.WRITE;
        }
        return operation.startsWith("Connect") || operation.startsWith("Release") || operation.startsWith("Control")
                ? Kind.COMMAND : null;
    }
}
