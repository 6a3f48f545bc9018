package org.otbridge.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.otbridge.observe.zeek.ZeekRecord;

/** Which log and site a file holds, and rows read as the log reader reads lines. No Spark session needed. */
class LogFilesTest {

    @Test
    void theLogIsTheFileNameOrTheFolderOfSparksOwnFiles() {
        assertThat(LogFiles.logName("/lake/a/conn.log")).isEqualTo("conn");
        assertThat(LogFiles.logName("s3a://b/lake/a/2024-05-01/conn.04:00:00-05:00:00.log.gz")).isEqualTo("conn");
        assertThat(LogFiles.logName("/lake/a/Modbus_Detailed.json")).isEqualTo("modbus_detailed");
        assertThat(LogFiles.logName("/lake/conn/site=a/date=2024-05-01/part-00000-1f.snappy.parquet")).isEqualTo("conn");
        assertThat(LogFiles.logName("/lake/a/dnp3.parquet/part-00003.parquet")).isEqualTo("dnp3");
    }

    @Test
    void theSiteIsASiteFolderOrTheFirstFolderBelowTheInput() {
        LogFiles files = new LogFiles(List.of("/lake", "s3a://bucket/zeek"), true);
        assertThat(files.site("/lake/north/2024-05-01/conn.log")).isEqualTo("north");
        assertThat(files.site("/lake/conn/site=south/part-0.parquet")).isEqualTo("south");
        assertThat(files.site("s3a://bucket/zeek/east/conn.log")).isEqualTo("east");
        assertThat(files.site("/lake/conn.log")).isEqualTo("lake");
        assertThat(new LogFiles(List.of("/lake"), false).site("/lake/north/conn.log")).isEmpty();
        assertThat(InventoryJob.fileName("Nord/Umspannwerk 7")).isEqualTo("Nord_Umspannwerk_7");
        assertThat(InventoryJob.fileName("")).isEqualTo("site");
        assertThat(InventoryJob.fileName("..")).isEqualTo("site..");
        assertThat(LogFiles.beforeGlob("s3a://bucket/zeek/*/conn.*")).isEqualTo("s3a://bucket/zeek");
        assertThat(LogFiles.plain("file:/lake/with%20space/conn.log")).isEqualTo("/lake/with space/conn.log");
        assertThat(LogFiles.plain("s3a://bucket/zeek/a%3Ab/conn.log")).isEqualTo("s3a://bucket/zeek/a:b/conn.log");
    }

    @Test
    void aRowReadsAsTheLineTheLogReaderWouldHaveRead() {
        Object[] values = new Object[ZeekSchema.FIELDS.size() + 3];
        values[1] = "1717171717.123456"; // ts as text, whichever way it was stored
        values[2] = "C1";
        values[4] = 40000L;
        values[9] = "0.000001"; // duration
        values[20] = true; // is_orig
        ZeekRecord record = ZeekRows.record(RowFactory.create(values), "dnp3_control");
        assertThat(record.path()).isEqualTo("dnp3_control");
        assertThat(record.fields()).containsOnly(java.util.Map.entry("ts", "1717171717.123456"),
                java.util.Map.entry("uid", "C1"), java.util.Map.entry("id.orig_p", "40000"),
                java.util.Map.entry("duration", "0.000001"), java.util.Map.entry("is_orig", "T"));
        assertThat(ZeekSchema.FIELDS.get(20).name()).isEqualTo("is_orig");
    }
}
