package org.otbridge.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Queue;
import org.apache.spark.sql.Row;
import org.otbridge.observe.zeek.ZeekConnection;
import org.otbridge.observe.zeek.ZeekRecord;
import scala.Tuple2;

/**
 * The facts of one partition's log rows, one row at a time: a fact per record that says something
 * about a connection, and at the end one fact per file with the partition's share of its packets
 * and unreadable lines. Rows come file after file, so a file's name is worked out once.
 */
final class RecordFacts implements Iterator<Tuple2<Fact.Key, Fact>> {

    private static final int CORRUPT = ZeekSchema.FIELDS.size();
    private static final int FILE = CORRUPT + 1;
    private static final int SIZE = CORRUPT + 2;

    private final Iterator<Row> rows;
    private final LogFiles files;
    private final Map<Fact.Key, Fact.File> fileTotals = new LinkedHashMap<>();
    private final Queue<Tuple2<Fact.Key, Fact>> ready = new ArrayDeque<>();
    private boolean filesEmitted;

    private String rawPath;
    private String path;
    private String group;
    private String logName;
    private Fact.Key fileKey;

    RecordFacts(Iterator<Row> rows, LogFiles files) {
        this.rows = rows;
        this.files = files;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty()) {
            if (rows.hasNext()) {
                add(rows.next());
            } else if (!filesEmitted) {
                filesEmitted = true;
                fileTotals.forEach((key, totals) -> ready.add(new Tuple2<>(key, totals)));
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Tuple2<Fact.Key, Fact> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.remove();
    }

    private void add(Row row) {
        String raw = row.getString(FILE);
        if (!raw.equals(rawPath)) {
            rawPath = raw;
            path = LogFiles.plain(raw);
            group = files.site(path);
            logName = LogFiles.logName(path);
            fileKey = new Fact.Key(group, Fact.Kind.FILE, path);
        }
        long size = row.getLong(SIZE);
        if (!row.isNullAt(CORRUPT)) {
            total(size, 0, 1);
            return;
        }
        ZeekRecord record = ZeekRows.record(row, row.isNullAt(0) ? logName : row.getString(0));
        total(size, ZeekConnection.packets(record), 0);
        ZeekConnection connection = ZeekConnection.of(record);
        if (connection != null) {
            ready.add(new Tuple2<>(new Fact.Key(group, Fact.Kind.CONNECTION, ZeekConnection.key(record)),
                    new Fact.Connection(connection)));
        }
    }

    private void total(long size, long packets, long damaged) {
        Fact.File now = fileTotals.get(fileKey);
        Fact.File add = new Fact.File(path, size, packets, damaged);
        fileTotals.put(fileKey, now == null ? add : (Fact.File) now.plus(add));
    }
}
