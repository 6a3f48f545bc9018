package org.otbridge.observe.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import org.otbridge.observe.flow.TrafficAccumulator;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.InventoryJson;
import org.otbridge.observe.inventory.InventoryText;

/**
 * Coverage-guided fuzzing of the capture readers and everything behind them (link, IP and
 * transport headers, connection table, protocol identification, every decoder, the inventory):
 * whatever bytes arrive, reading never throws and never hangs, damage is reported at offsets inside
 * the file, and the inventory can be written. The window is tiny so that records cross refills.
 *
 * <p>In {@code mvn verify} the seeds in {@code CaptureFuzzTestInputs/readNeverThrows/} (small real
 * captures, and any crash Jazzer ever saved) are replayed; {@code otbridge-observe/fuzz} fuzzes.
 */
class CaptureFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readNeverThrows(byte[] input) throws IOException {
        if (input.length < 4) {
            return;
        }
        byte[] head = java.util.Arrays.copyOf(input, 4);
        boolean pcapng = (head[0] & 0xff) == 0x0a && (head[1] & 0xff) == 0x0d;
        TrafficAccumulator accumulator = new TrafficAccumulator();
        long[] damaged = {0};
        ReadListener listener = new ReadListener() {
            @Override
            public void damaged(long offset, String reason) {
                assertThat(offset).isBetween(0L, (long) input.length);
                assertThat(reason).isNotBlank();
                damaged[0]++;
            }
        };
        ChunkedInput in = new ChunkedInput(Channels.newChannel(new ByteArrayInputStream(input)), 64, total -> { });
        ReadSummary summary = pcapng ? new PcapngReader(in, listener).read(accumulator, "pcapng")
                : new PcapReader(in, listener).read(accumulator, "pcap");
        assertThat(summary.packets()).isEqualTo(accumulator.packets());
        assertThat(summary.damagedRecords()).isEqualTo(damaged[0]);
        assertThat(summary.bytes()).isEqualTo(input.length);
        Inventory inventory = accumulator.inventory(new InputSummary("fuzz", summary.format(), summary.packets(),
                summary.bytes(), summary.damagedRecords(), java.util.List.of()));
        assertThat(new InventoryJson().toJson(inventory)).contains("otbridge.inventory/1");
        assertThat(new InventoryText().render(inventory)).isNotEmpty();
        assertThat(Inventory.merge(inventory, inventory).flows()).hasSameSizeAs(inventory.flows());
    }
}
