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
     * @param name     how the file is named in the inventory's inputs
     * @param listener told of damage (as it is found) and progress
     */
    public static Inventory read(Path file, String name, ReadListener listener) throws IOException, NotACaptureException {
        TrafficAccumulator accumulator = new TrafficAccumulator();
        List<InputSummary.Damage> damage = new ArrayList<>();
        ReadListener recording = new ReadListener() {
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
        ReadSummary summary = Captures.read(file, accumulator, recording);
        return accumulator.inventory(new InputSummary(name, summary.format(), summary.packets(), summary.bytes(),
                summary.damagedRecords(), damage));
    }
}
