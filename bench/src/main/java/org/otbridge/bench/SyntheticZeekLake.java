package org.otbridge.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic data lake of Zeek JSON logs, as sites' sensors leave them: one folder per
 * site, conn.log in hourly files, and a modbus.log with requests of one connection in twenty.
 * Each site has SCADA servers polling its controllers (Modbus, DNP3, S7comm, IEC 104) and IT
 * traffic (TLS, DNS, HTTP) to a few central servers; client ports change from connection to
 * connection, as in real traffic. {@code SyntheticZeekLake FOLDER CONN_LINES [SITES]}.
 */
public final class SyntheticZeekLake {

    private static final String[][] SERVICES = {{"modbus", "502"}, {"dnp3_tcp", "20000"}, {"s7comm", "102"},
            {"iec60870_5_104", "2404"}, {"ssl", "443"}, {"dns", "53"}, {"http", "80"}, {null, "8443"}};
    private static final String[] MODBUS = {"READ_HOLDING_REGISTERS", "READ_INPUT_REGISTERS", "READ_COILS",
            "WRITE_SINGLE_REGISTER"};
    private static final int FILES_PER_SITE = 8;

    private SyntheticZeekLake() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        long lines = Long.parseLong(args[1]);
        int sites = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Random random = new Random(42);
        long perFile = Math.max(1, lines / ((long) sites * FILES_PER_SITE));
        long written = 0;
        long bytes = 0;
        long start = 1_717_000_000_000_000L;
        for (int site = 0; site < sites && written < lines; site++) {
            Path dir = folder.resolve(String.format(Locale.ROOT, "substation-%03d", site));
            Files.createDirectories(dir);
            try (BufferedWriter modbus = Files.newBufferedWriter(dir.resolve("modbus.log"), StandardCharsets.UTF_8)) {
                for (int file = 0; file < FILES_PER_SITE && written < lines; file++) {
                    Path log = dir.resolve(String.format(Locale.ROOT, "conn.%02d-00-00.log", file));
                    try (BufferedWriter conn = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                        long count = site == sites - 1 && file == FILES_PER_SITE - 1 ? lines - written
                                : Math.min(perFile, lines - written);
                        for (long i = 0; i < count; i++) {
                            long micros = start + (long) file * 3_600_000_000L + i * 3_600_000_000L / Math.max(1, count);
                            String uid = "C" + Long.toString(written, 36) + "s" + site;
                            String[] service = SERVICES[random.nextInt(SERVICES.length)];
                            boolean it = Integer.parseInt(service[1]) < 1000 && !service[1].equals("502")
                                    && !service[1].equals("102");
                            String client = "10." + (site % 250) + ".1." + (1 + random.nextInt(4));
                            String server = it ? "172.16.0." + (1 + random.nextInt(8))
                                    : "10." + (site % 250) + ".2." + (1 + random.nextInt(40));
                            int clientPort = 1024 + random.nextInt(64_000);
                            String ts = micros / 1_000_000 + "." + String.format(Locale.ROOT, "%06d", micros % 1_000_000);
                            long origPackets = 1 + random.nextInt(40);
                            long respPackets = random.nextInt(40);
                            conn.write("{\"ts\":" + ts + ",\"uid\":\"" + uid + "\",\"id.orig_h\":\"" + client
                                    + "\",\"id.orig_p\":" + clientPort + ",\"id.resp_h\":\"" + server + "\",\"id.resp_p\":"
                                    + service[1] + ",\"proto\":\"" + (service[1].equals("53") ? "udp" : "tcp") + "\""
                                    + (service[0] == null ? "" : ",\"service\":\"" + service[0] + "\"")
                                    + ",\"duration\":" + random.nextInt(10_000) / 1000.0 + ",\"orig_bytes\":"
                                    + origPackets * 12 + ",\"resp_bytes\":" + respPackets * 20
                                    + ",\"conn_state\":\"SF\",\"local_orig\":true,\"local_resp\":true,\"missed_bytes\":0,"
                                    + "\"history\":\"ShADadFf\",\"orig_pkts\":" + origPackets + ",\"orig_ip_bytes\":"
                                    + origPackets * 52 + ",\"resp_pkts\":" + respPackets + ",\"resp_ip_bytes\":"
                                    + respPackets * 60 + "}\n");
                            if (service[0] != null && service[0].equals("modbus") && random.nextInt(20) == 0) {
                                modbus.write("{\"ts\":" + ts + ",\"uid\":\"" + uid + "\",\"id.orig_h\":\"" + client
                                        + "\",\"id.orig_p\":" + clientPort + ",\"id.resp_h\":\"" + server
                                        + "\",\"id.resp_p\":502,\"func\":\"" + MODBUS[random.nextInt(MODBUS.length)]
                                        + "\"}\n");
                            }
                            written++;
                        }
                    }
                    bytes += Files.size(log);
                }
            }
        }
        System.out.printf(Locale.ROOT, "wrote %,d conn.log lines (%,d MB) in %d sites under %s%n", written,
                bytes / 1_000_000, sites, folder);
    }
}
