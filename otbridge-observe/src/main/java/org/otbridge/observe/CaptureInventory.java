package org.otbridge.observe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.otbridge.observe.capture.Captures;
import org.otbridge.observe.capture.NotACaptureException;
import org.otbridge.observe.capture.ReadListener;
import org.otbridge.observe.capture.ReadSummary;
import org.otbridge.observe.flow.TrafficAccumulator;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;

/** Reads one capture file into an inventory. */
public final class CaptureInventory {

    private CaptureInventory() {
    }

    /**
     * Reads the part of a plain pcap file between two offsets (see
     * {@link Captures#readPcapPart}); the inventory's input counts the bytes from where the part
     * started to where it stopped.
     */
    public static Part readPart(Path file, long start, long end, ReadListener listener) throws IOException {
        TrafficAccumulator accumulator = new TrafficAccumulator();
        List<InputSummary.Damage> damage = new ArrayList<>();
        Captures.PartSummary part = Captures.readPcapPart(file, start, end, accumulator, recording(damage, listener));
        return new Part(part.started(), part.stopped(), end, accumulator, part.packets(), part.damagedRecords(), damage);
    }

    /** Reads a part again from the offset where the part before it stopped (a record's start). */
    public static Part readPartFrom(Path file, long start, long end, ReadListener listener) throws IOException {
        TrafficAccumulator accumulator = new TrafficAccumulator();
        List<InputSummary.Damage> damage = new ArrayList<>();
        Captures.PartSummary part = Captures.readPcapPartFrom(file, start, end, accumulator, recording(damage, listener));
        return new Part(part.started(), part.stopped(), end, accumulator, part.packets(), part.damagedRecords(), damage);
    }

    /**
     * What a reader of one part of a file saw, the offsets where the part started and stopped, and
     * the offset it was asked to read up to.
     */
    public record Part(long started, long stopped, long end, TrafficAccumulator traffic, long packets,
            long damagedRecords, List<InputSummary.Damage> damage) {
    }

    /** Reads a part again from a known record offset. */
    @FunctionalInterface
    public interface PartReader {
        Part readFrom(long start, long end) throws IOException;
    }

    /**
     * The inventory of a file read in parts. Where a part did not start where the part before it
     * stopped (its search for the first record was fooled by packet data that looks like a chain
     * of records), that part alone is read again from where the part before stopped, so every
     * part follows the one chain of records that starts after the file header. The parts'
     * connections are then joined as one reader would have seen them.
     *
     * @return the inventory and the parts it was made of (with the parts read again)
     */
    public static Joined join(String name, List<Part> parts, PartReader again) throws IOException {
        List<Part> chained = new ArrayList<>(parts.size());
        long expected = 0;
        for (Part part : parts) {
            Part sound = part.started() == expected ? part : again.readFrom(expected, part.end());
            chained.add(sound);
            expected = sound.stopped();
        }
        TrafficAccumulator traffic = chained.get(0).traffic();
        long packets = chained.get(0).packets();
        long damaged = chained.get(0).damagedRecords();
        List<InputSummary.Damage> damage = new ArrayList<>(chained.get(0).damage());
        for (Part part : chained.subList(1, chained.size())) {
            traffic.append(part.traffic());
            packets += part.packets();
            damaged += part.damagedRecords();
            damage.addAll(part.damage());
        }
        Inventory inventory = traffic.inventory(new InputSummary(name, "pcap", packets, expected, damaged,
                damage.subList(0, Math.min(InputSummary.KEPT_DAMAGE, damage.size()))));
        return new Joined(inventory, List.copyOf(damage));
    }

    /** A file's inventory from its parts, and the damage the parts found, in file order. */
    public record Joined(Inventory inventory, List<InputSummary.Damage> damage) {
    }

    private static ReadListener recording(List<InputSummary.Damage> damage, ReadListener listener) {
        return new ReadListener() {
            @Override
            public void damaged(long offset, String reason) {
                if (damage.size() < InputSummary.KEPT_DAMAGE) {
                    damage.add(new InputSummary.Damage(offset, reason));
                }
                listener.damaged(offset, reason);
            }

            @Override
            public void advanced(long bytes) {
                listener.advanced(bytes);
            }
        };
    }

    /**
     * @param name     how the file is named in the inventory's inputs
     * @param listener told of damage (as it is found) and progress
     */
    public static Inventory read(Path file, String name, ReadListener listener) throws IOException, NotACaptureException {
        TrafficAccumulator accumulator = new TrafficAccumulator();
        List<InputSummary.Damage> damage = new ArrayList<>();
        ReadSummary summary = Captures.read(file, accumulator, recording(damage, listener));
        return accumulator.inventory(new InputSummary(name, summary.format(), summary.packets(), summary.bytes(),
                summary.damagedRecords(), damage));
    }
}
