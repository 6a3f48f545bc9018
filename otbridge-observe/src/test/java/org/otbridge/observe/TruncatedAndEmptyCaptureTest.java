package org.otbridge.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.ReadListener;
import org.otbridge.observe.inventory.Inventory;

class TruncatedAndEmptyCaptureTest {

    @Test
    void aCaptureCutShortIsReadUpToTheDamageWithOneWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        Inventory inventory = CaptureInventory.read(TestCaptures.path("iti/melsoft_129_clean.pcap"), "melsoft",
                new ReadListener() {
                    @Override
                    public void damaged(long offset, String reason) {
                        warnings.add(offset + ": " + reason);
                    }
                });
        // capinfos reads 2041 packets before the file ends in the middle of the next one
        assertThat(inventory.inputs().get(0).packets()).isEqualTo(2041);
        assertThat(warnings).singleElement().asString().contains("cut short");
        assertThat(inventory.inputs().get(0).damagedRecords()).isEqualTo(1);
        assertThat(inventory.flows()).singleElement().satisfies(flow -> {
            assertThat(flow.protocol()).isEqualTo(Protocol.OTHER);
            assertThat(flow.packets()).isEqualTo(2041);
        });
    }

    @Test
    void theEmptyCaptureGivesAnEmptyInventory() {
        Inventory inventory = TestCaptures.read("iti/opendnp3-conformance-6.4.2-dump-empty.pcap");
        assertThat(inventory.hosts()).isEmpty();
        assertThat(inventory.flows()).isEmpty();
        assertThat(inventory.inputs()).singleElement().satisfies(input -> {
            assertThat(input.packets()).isZero();
            assertThat(input.damagedRecords()).isZero();
        });
    }

    @Test
    void aPacketWhoseIpHeaderIsCutIsCountedButMakesNoHost() {
        Inventory inventory = TestCaptures.read("zeek/ip4-trunc.pcap");
        assertThat(inventory.inputs().get(0).packets()).isEqualTo(1);
        assertThat(inventory.hosts()).isEmpty();
        assertThat(inventory.inputs().get(0).damagedRecords()).isZero();
    }
}
