package org.otbridge.observe.zeek;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** Fuzzing the Zeek log reader: any text is read or refused as not a log, never a crash. */
class ZeekLogFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void readNeverThrows(byte[] input) throws IOException {
        ZeekInventory inventory = new ZeekInventory();
        try {
            String path = ZeekLogReader.read(new BufferedReader(new StringReader(new String(input, StandardCharsets.UTF_8))),
                    "conn", record -> inventory.add("fuzz", record), (line, column, message) -> {
                        assertThat(line).isPositive();
                        assertThat(message).isNotBlank();
                    });
            assertThat(path).isNotNull();
        } catch (ZeekLogReader.NotAZeekLogException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        assertThat(inventory.inventory()).isNotNull();
    }
}
