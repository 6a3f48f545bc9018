package org.otbridge.observe.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One input read into the inventory: a capture file or a Zeek log.
 *
 * @param format         pcap, pcapng (with +gzip when compressed), or zeek
 * @param packets        packets read (for Zeek: packets the logged connections carried)
 * @param bytes          bytes read (after decompression)
 * @param damagedRecords records reported damaged and skipped
 * @param damage         the first {@link #KEPT_DAMAGE} of them, in file order
 */
public record InputSummary(String file, String format, long packets, long bytes, long damagedRecords, List<Damage> damage) {

    public static final int KEPT_DAMAGE = 20;

    /** One damaged record: where it starts (byte offset, or line for a log) and why it was skipped. */
    public record Damage(long offset, String reason) {
    }

    public InputSummary {
        damage = List.copyOf(damage);
    }

    /** Two parts of the same input, added up. */
    public InputSummary plus(InputSummary other) {
        List<Damage> all = new ArrayList<>(damage);
        all.addAll(other.damage);
        all.sort(Comparator.comparingLong(Damage::offset));
        return new InputSummary(file, format, packets + other.packets, bytes + other.bytes,
                damagedRecords + other.damagedRecords, all.subList(0, Math.min(KEPT_DAMAGE, all.size())));
    }
}
