package org.otbridge.observe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.otbridge.observe.capture.Captures;
import org.otbridge.observe.capture.NotACaptureException;
import org.otbridge.observe.capture.ReadListener;
import org.otbridge.observe.inventory.InputSummary;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.InventoryReader;
import org.otbridge.observe.zeek.ZeekInventory;
import org.otbridge.observe.zeek.ZeekLogReader;

/**
 * Reads captures and Zeek logs into one observed inventory. Captures are read side by side on all
 * cores, each into its own partial inventory, and merged; Zeek logs are read together, so that the
 * protocol logs find their connections in conn.log. Inventory documents ({@code otbridge.inventory/1},
 * as discover or the Spark job over a data lake writes them) are read and merged in as they are.
 * Folders are searched for captures, logs and inventory documents.
 */
public final class Discovery {

    /** Told what happens while reading; called from several threads. */
    public interface Listener {

        /** A damaged capture record (offset in bytes) or an unusable log line (line and column). */
        default void problem(String file, String where, String message) {
        }

        /** {@code done} of {@code total} input bytes read so far. */
        default void progress(long done, long total) {
        }
    }

    private final int threads;

    public Discovery(int threads) {
        this(threads, PART);
    }

    /** @param partSize the size of the parts a large pcap file is read in (files under two parts are read whole) */
    Discovery(int threads, long partSize) {
        this.threads = Math.max(1, threads);
        this.partSize = partSize;
    }

    public Discovery() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** Reads every input (files or folders) into one inventory. */
    public Inventory discover(List<Path> inputs, Listener listener) throws UnreadableInputException, IOException {
        List<Path> captures = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        for (Path input : inputs) {
            classify(input, true, captures, logs, documents);
        }
        java.util.Set<Path> named = new java.util.HashSet<>(inputs);
        long total = 0;
        for (Path p : captures) {
            total += Files.size(p);
        }
        for (Path p : logs) {
            total += Files.size(p);
        }
        for (Path p : documents) {
            total += Files.size(p);
        }
        AtomicLong done = new AtomicLong();
        long all = total;
        Inventory inventory = readCaptures(captures, listener, done, all);
        if (!logs.isEmpty()) {
            inventory = inventory.merge(readLogs(logs, named, listener, done, all));
        }
        for (Path document : documents) {
            inventory = inventory.merge(readDocument(document, listener, done, all));
        }
        return inventory;
    }

    /** How much of a file's start is read to tell what it is: enough to find an inventory's schema. */
    private static final int HEAD = 512;

    private static void classify(Path input, boolean named, List<Path> captures, List<Path> logs, List<Path> documents)
            throws UnreadableInputException, IOException {
        if (Files.isDirectory(input)) {
            List<Path> children;
            try (Stream<Path> walk = Files.walk(input)) {
                children = walk.filter(Files::isRegularFile).sorted().toList();
            }
            int before = captures.size() + logs.size() + documents.size();
            for (Path child : children) {
                classify(child, false, captures, logs, documents);
            }
            if (named && captures.size() + logs.size() + documents.size() == before) {
                throw new UnreadableInputException(input.toString(), "holds no capture, Zeek log or inventory document");
            }
            return;
        }
        byte[] head = new byte[HEAD];
        int length;
        try (InputStream in = Files.newInputStream(input)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(input.toString(), "no such file or folder");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(input.toString(), "permission denied");
        } catch (IOException e) {
            throw new UnreadableInputException(input.toString(), "cannot be read: " + e.getMessage());
        }
        String name = input.getFileName().toString();
        boolean gzip = length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        if (gzip && name.contains(".json") && isInventoryDocument(input)) {
            documents.add(input);
        } else if (gzip && (name.contains(".log") || name.contains(".json"))) {
            logs.add(input);
        } else if (InventoryReader.looksLikeInventory(head, length)) {
            documents.add(input);
        } else if (Captures.looksLikeCapture(head, length)) {
            captures.add(input);
        } else if (ZeekLogReader.looksLikeZeekLog(head, length)) {
            logs.add(input);
        } else if (named) {
            throw new UnreadableInputException(input.toString(), length == 0 ? "the file is empty, not a capture, Zeek log or inventory document"
                    : "not a capture (pcap, pcapng, gzip), a Zeek log or an inventory document (otbridge.inventory/1)");
        }
    }

    /** A gzip-compressed file whose decompressed start is an inventory document. */
    private static boolean isInventoryDocument(Path file) {
        try {
            byte[] head = InventoryReader.head(file, HEAD);
            return InventoryReader.looksLikeInventory(head, head.length);
        } catch (IOException e) {
            return false; // read as a log, which reports the damage
        }
    }

    private static Inventory readDocument(Path document, Listener listener, AtomicLong done, long total)
            throws UnreadableInputException {
        String name = document.toString();
        try {
            Inventory inventory = new InventoryReader().read(document);
            listener.progress(done.addAndGet(Files.size(document)), total);
            return inventory;
        } catch (InventoryReader.BadInventoryException e) {
            throw new UnreadableInputException(name, e.line(), e.column(), e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableInputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Large uncompressed pcap files are read in parts of this size, side by side. The parts depend
     * on the file alone, not on the number of cores, so the inventory does too.
     */
    static final long PART = 64L << 20;

    private final long partSize;

    private Inventory readCaptures(List<Path> captures, Listener listener, AtomicLong done, long total)
            throws UnreadableInputException, IOException {
        if (captures.isEmpty()) {
            return Inventory.EMPTY;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "otbridge-capture");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Inventory>> wholes = new ArrayList<>();
            List<List<Future<CaptureInventory.Part>>> parted = new ArrayList<>();
            for (Path capture : captures) {
                List<Future<CaptureInventory.Part>> parts = new ArrayList<>();
                long size = Files.size(capture);
                if (size >= 2 * partSize && Captures.isPlainPcap(capture)) {
                    for (long start = 0; start < size; start += partSize) {
                        long from = start;
                        long end = Math.min(size, start + partSize);
                        parts.add(pool.submit(() -> readPart(capture, from, end, listener, done, total)));
                    }
                    wholes.add(null);
                } else {
                    wholes.add(pool.submit(() -> readCapture(capture, listener, done, total)));
                }
                parted.add(parts);
            }
            Inventory inventory = Inventory.EMPTY;
            for (int i = 0; i < captures.size(); i++) {
                inventory = inventory.merge(wholes.get(i) != null ? wholes.get(i).get()
                        : joined(captures.get(i), parted.get(i), listener));
            }
            return inventory;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnreadableInputException unreadable) {
                throw unreadable;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The parts of one file joined (a part whose search for its first record was fooled is read
     * again from where the part before it stopped). The damage the parts found is reported here, in
     * file order, so that a fooled search reports nothing.
     */
    private static Inventory joined(Path capture, List<Future<CaptureInventory.Part>> parts, Listener listener)
            throws InterruptedException, ExecutionException, UnreadableInputException {
        List<CaptureInventory.Part> read = new ArrayList<>();
        for (Future<CaptureInventory.Part> future : parts) {
            read.add(future.get());
        }
        String name = capture.toString();
        try {
            CaptureInventory.Joined joined = CaptureInventory.join(name, read,
                    (start, end) -> CaptureInventory.readPartFrom(capture, start, end, ReadListener.NONE));
            for (InputSummary.Damage damage : joined.damage()) {
                listener.problem(name, "offset " + damage.offset(), damage.reason());
            }
            return joined.inventory();
        } catch (IOException e) {
            throw new UnreadableInputException(name, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads one part; its damage is reported when the parts are joined, its progress as it goes. */
    private static CaptureInventory.Part readPart(Path capture, long start, long end, Listener listener, AtomicLong done,
            long total) throws UnreadableInputException {
        try {
            return CaptureInventory.readPart(capture, start, end, new ReadListener() {
                @Override
                public void advanced(long bytes) {
                    listener.progress(done.addAndGet(bytes), total);
                }
            });
        } catch (IOException e) {
            throw new UnreadableInputException(capture.toString(), "cannot be read: " + e.getMessage());
        }
    }

    private static Inventory readCapture(Path capture, Listener listener, AtomicLong done, long total)
            throws UnreadableInputException {
        String name = capture.toString();
        try {
            return CaptureInventory.read(capture, name, new ReadListener() {
                @Override
                public void damaged(long offset, String reason) {
                    listener.problem(name, "offset " + offset, reason);
                }

                @Override
                public void advanced(long bytes) {
                    listener.progress(done.addAndGet(bytes), total);
                }
            });
        } catch (NotACaptureException e) {
            throw new UnreadableInputException(name, e.getMessage());
        } catch (IOException e) {
            throw new UnreadableInputException(name, "cannot be read: " + e.getMessage());
        }
    }

    private static Inventory readLogs(List<Path> logs, java.util.Set<Path> named, Listener listener, AtomicLong done,
            long total)
            throws UnreadableInputException {
        ZeekInventory zeek = new ZeekInventory();
        for (Path log : logs) {
            String name = log.toString();
            List<InputSummary.Damage> damage = new ArrayList<>();
            long[] damaged = {0};
            try {
                ZeekLogReader.read(log, record -> zeek.add(name, record), (line, column, message) -> {
                    damaged[0]++;
                    if (damage.size() < InputSummary.KEPT_DAMAGE) {
                        damage.add(new InputSummary.Damage(line, message));
                    }
                    listener.problem(name, line + ":" + column, message);
                });
                long size = Files.size(log);
                zeek.addInput(name, size, damaged[0], damage);
                listener.progress(done.addAndGet(size), total);
            } catch (ZeekLogReader.NotAZeekLogException e) {
                if (named.contains(log)) {
                    throw new UnreadableInputException(name, "not a Zeek log: " + e.getMessage());
                }
                // found in a folder: one log we cannot read does not spoil the others
                listener.problem(name, "1:1", "skipped, not a Zeek log we can read: " + e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                throw new UnreadableInputException(name, "cannot be read: " + e.getMessage());
            }
        }
        return zeek.inventory();
    }
}
