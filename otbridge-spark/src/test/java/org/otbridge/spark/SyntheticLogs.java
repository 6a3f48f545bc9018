package org.otbridge.spark;

import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A seeded random lake of Zeek JSON logs: sites, each with conn.log (one rotated and gzipped part
 * that logs some connections again), ICSNPP protocol logs of some connections and of connections
 * conn.log lacks, a stream of several logs named by {@code _path}, IPv4 and IPv6, multicast, MAC
 * addresses (one router's for many addresses), masked and ISO times, and damaged lines.
 */
final class SyntheticLogs {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String[] SERVICES = {"modbus", "dnp3_tcp", "ssl", "ssl,http", null, null, "s7comm", "spicy_x"};
    private static final String[] MODBUS = {"READ_COILS", "READ_HOLDING_REGISTERS", "WRITE_SINGLE_REGISTER",
            "WRITE_MULTIPLE_COILS", "READ_WRITE_MULTIPLE_REGISTERS", "DIAGNOSTICS", "READ_COILS_EXCEPTION"};
    private static final String[] DNP3 = {"READ", "WRITE", "SELECT", "OPERATE", "DIRECT_OPERATE", "COLD_RESTART",
            "OPEN_FILE", "CONFIRM"};
    private static final String[] S7 = {"Read Variable", "Write Variable", "Download Block", "PLC Stop", "Setup communication"};

    private final Random random;
    private final Path lake;

    private SyntheticLogs(long seed, Path lake) {
        this.random = new Random(seed);
        this.lake = lake;
    }

    /** Writes the lake under {@code lake}: one folder per site. */
    static void write(Path lake, long seed) throws Exception {
        new SyntheticLogs(seed, lake).sites();
    }

    private void sites() throws Exception {
        String[] sites = {"north", "south", "site=east"};
        for (int s = 0; s < sites.length; s++) {
            site(lake.resolve(sites[s]), s + 1);
        }
    }

    private void site(Path dir, int site) throws Exception {
        Files.createDirectories(dir.resolve("2024-05-01"));
        List<String> conn = new ArrayList<>();
        List<String> rotated = new ArrayList<>();
        Map<String, List<String>> protocolLogs = new LinkedHashMap<>();
        List<String> stream = new ArrayList<>();
        String routerMac = String.format("00:00:5e:00:01:%02x", site);
        int connections = 40 + random.nextInt(80);
        for (int i = 0; i < connections; i++) {
            String uid = "C" + site + "x" + i + "s" + random.nextInt(1000);
            boolean v6 = random.nextInt(8) == 0;
            String client = v6 ? "2001:db8:" + site + "::" + (1 + random.nextInt(6)) : "10." + site + ".0." + (1 + random.nextInt(6));
            String server = random.nextInt(15) == 0 ? "224.0.0.251"
                    : v6 ? "2001:DB8:" + site + ":0::" + (100 + random.nextInt(4)) : "10." + site + ".1." + (1 + random.nextInt(5));
            String proto = new String[] {"tcp", "tcp", "tcp", "udp", "icmp"}[random.nextInt(5)];
            int clientPort = random.nextInt(10) == 0 ? 20000 : 1024 + random.nextInt(64000);
            int serverPort = new int[] {502, 20000, 102, 443, 44818, 1883, 8080}[random.nextInt(7)];
            String service = SERVICES[random.nextInt(SERVICES.length)];
            Map<String, Object> c = endpoints(uid, client, clientPort, server, serverPort, time());
            c.put("proto", proto);
            if (service != null) {
                c.put("service", service);
            }
            c.put("duration", random.nextInt(5) == 0 ? null : random.nextInt(100_000) / 1000.0 + "");
            c.put("orig_pkts", (long) random.nextInt(500));
            c.put("resp_pkts", (long) random.nextInt(500));
            c.put("orig_ip_bytes", (long) random.nextInt(50_000));
            c.put("resp_ip_bytes", (long) random.nextInt(50_000));
            if (random.nextBoolean()) {
                c.put("orig_l2_addr", random.nextInt(3) == 0 ? routerMac.toUpperCase().replace(':', '-')
                        : String.format("00:30:a7:%02x:00:%02x", site, client.hashCode() & 0xff));
                c.put("resp_l2_addr", routerMac);
            }
            int where = random.nextInt(10);
            if (where == 0) {
                c.put("_path", "conn");
                stream.add(json(c));
            } else {
                conn.add(json(c));
            }
            if (random.nextInt(12) == 0) {
                // logged again in a rotated part, with more or fewer packets
                c.put("orig_pkts", (long) random.nextInt(500));
                c.put("service", SERVICES[random.nextInt(3)]);
                c.remove("_path");
                rotated.add(json(c));
            }
            int requests = random.nextInt(3) == 0 ? 1 + random.nextInt(6) : 0;
            for (int r = 0; r < requests; r++) {
                protocolRecord(uid, client, clientPort, server, serverPort, protocolLogs, stream);
            }
        }
        for (int i = 0; i < 5; i++) {
            // connections only the protocol logs know
            String client = "10." + site + ".2." + (1 + random.nextInt(3));
            String server = "10." + site + ".3." + (1 + random.nextInt(3));
            int port = 40000 + random.nextInt(1000);
            for (int r = 0; r < 1 + random.nextInt(3); r++) {
                protocolRecord(random.nextInt(4) == 0 ? null : "P" + site + "x" + i, client, port, server,
                        random.nextBoolean() ? 502 : 20000, protocolLogs, stream);
            }
        }
        conn.add(random.nextInt(conn.size()), "{\"ts\":1717171717.5,\"uid\":\"Cbroken\",\"id.orig_h\":\"10.0.0.");
        Files.write(dir.resolve("2024-05-01").resolve("conn.log"), conn, StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(
                Files.newOutputStream(dir.resolve("2024-05-01").resolve("conn.04-00-00_05-00-00.log.gz")))) {
            out.write((String.join("\n", rotated) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, List<String>> log : protocolLogs.entrySet()) {
            Files.write(dir.resolve(log.getKey() + ".log"), log.getValue(), StandardCharsets.UTF_8);
        }
        stream.add("not json at all");
        Files.write(dir.resolve("zeek-stream.json"), stream, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("http.log"), json(endpoints("Chttp", "10.0.0.1", 1234, "10.0.0.2", 80, time()))
                + "\n");
    }

    private void protocolRecord(String uid, String client, int clientPort, String server, int serverPort,
            Map<String, List<String>> logs, List<String> stream) throws Exception {
        Map<String, Object> r = endpoints(uid, client, clientPort, server, serverPort, time());
        String log;
        switch (random.nextInt(6)) {
            case 0 -> {
                log = "modbus";
                r.put("func", MODBUS[random.nextInt(MODBUS.length)]);
            }
            case 1 -> {
                log = "dnp3";
                r.put("fc_request", DNP3[random.nextInt(DNP3.length)]);
            }
            case 2 -> {
                log = "dnp3_control";
                r.put("is_orig", random.nextInt(4) != 0);
                r.put("function_code", DNP3[random.nextInt(DNP3.length)]);
            }
            case 3 -> {
                log = "s7comm";
                r.put("rosctr_code", random.nextBoolean() ? 1L : 3L);
                r.put("function_name", S7[random.nextInt(S7.length)]);
            }
            case 4 -> {
                log = "mqtt_publish";
                r.put("from_client", random.nextBoolean());
            }
            default -> {
                log = "cip";
                r.put("direction", random.nextBoolean() ? "request" : "response");
                r.put("cip_service", random.nextBoolean() ? "Get_Attribute_Single" : "Stop");
            }
        }
        if (random.nextInt(8) == 0) {
            r.put("_path", log);
            stream.add(json(r));
        } else {
            logs.computeIfAbsent(log, k -> new ArrayList<>()).add(json(r));
        }
    }

    private Map<String, Object> endpoints(String uid, String client, int clientPort, String server, int serverPort,
            Object ts) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ts", ts);
        r.put("uid", uid);
        r.put("id.orig_h", client);
        r.put("id.orig_p", (long) clientPort);
        r.put("id.resp_h", server);
        r.put("id.resp_p", (long) serverPort);
        return r;
    }

    /** Epoch seconds with microseconds as Zeek writes them, sometimes ISO 8601, sometimes none. */
    private Object time() {
        long micros = 1_717_000_000_000_000L + (random.nextLong() & 0xffffffffffL);
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1000).toString();
            default -> new java.math.BigDecimal(micros).movePointLeft(6).toPlainString();
        };
    }

    private static String json(Map<String, Object> record) {
        StringWriter text = new StringWriter();
        try (JsonGenerator gen = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            gen.writeStartObject();
            for (Map.Entry<String, Object> field : record.entrySet()) {
                Object value = field.getValue();
                if (value == null) {
                    continue;
                }
                gen.writeName(field.getKey());
                if (value instanceof Long n) {
                    gen.writeNumber(n);
                } else if (value instanceof Boolean b) {
                    gen.writeBoolean(b);
                } else if (field.getKey().equals("ts") && !((String) value).contains("T")
                        || field.getKey().equals("duration")) {
                    gen.writeNumber((String) value);
                } else {
                    gen.writeString((String) value);
                }
            }
            gen.writeEndObject();
        }
        return text.toString();
    }
}
