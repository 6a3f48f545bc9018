package org.otbridge.observe.capture;

/**
 * What reading one capture file amounted to.
 *
 * @param format          pcap, pcapng, or either with {@code +gzip}
 * @param packets         packets handed to the sink
 * @param bytes           bytes of capture data read (after decompression)
 * @param damagedRecords  records reported damaged and skipped (a file cut short counts one)
 */
public record ReadSummary(String format, long packets, long bytes, long damagedRecords) {
}
