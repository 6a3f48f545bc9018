package org.otbridge.observe.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzing the inventory document reader, which reads files made elsewhere: any bytes give an
 * inventory or a refusal with a position and a message, never a crash.
 */
class InventoryReaderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readNeverThrows(byte[] input) {
        try {
            Inventory inventory = new InventoryReader().read(new ByteArrayInputStream(input));
            assertThat(inventory.hosts()).isNotNull();
            assertThat(new InventoryJson().toJson(inventory)).startsWith("{");
        } catch (InventoryReader.BadInventoryException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
