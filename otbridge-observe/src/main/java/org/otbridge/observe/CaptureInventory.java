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
        return new Part(part.started(), part.stopped(), accumulator, part.packets(), part.damagedRecords(), damage);
    }

    /** What a reader of one part of a file saw, and the offsets where the part started and stopped. */
    public record Part(long started, long stopped, TrafficAccumulator traffic, long packets, long damagedRecords,
            List<InputSummary.Damage> damage) {
    }

    /**
     * The inventory of a file read in parts, when each part stopped exactly where the next one
     * started (then the parts' connections are joined as one reader would have seen them); empty
     * when the parts do not join up.
     */
    public static java.util.Optional<Inventory> join(String name, List<Part> parts) {
        long expected = 0;
        for (Part part : parts) {
            if (part.started() != expected) {
                return java.util.Optional.empty();
            }
            expected = part.stopped();
        }
        TrafficAccumulator traffic = parts.get(0).traffic();
        long packets = parts.get(0).packets();
        long damaged = parts.get(0).damagedRecords();
        List<InputSummary.Damage> damage = new ArrayList<>(parts.get(0).damage());
        for (Part part : parts.subList(1, parts.size())) {
            traffic.append(part.traffic());
            packets += part.packets();
            damaged += part.damagedRecords();
            damage.addAll(part.damage());
        }
        return java.util.Optional.of(traffic.inventory(new InputSummary(name, "pcap", packets, expected, damaged,
                damage.subList(0, Math.min(InputSummary.KEPT_DAMAGE, damage.size())))));
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
