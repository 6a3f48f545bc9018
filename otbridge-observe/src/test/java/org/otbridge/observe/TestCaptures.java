package org.otbridge.observe;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.otbridge.model.Protocol;
import org.otbridge.observe.capture.NotACaptureException;
import org.otbridge.observe.capture.ReadListener;
import org.otbridge.observe.inventory.Flow;
import org.otbridge.observe.inventory.Inventory;
import org.otbridge.observe.inventory.Operations;

/** The public captures kept under src/test/resources/captures (SOURCES.md says where each comes from). */
public final class TestCaptures {

    private TestCaptures() {
    }

    public static Path path(String relative) {
        URL url = TestCaptures.class.getResource("/captures/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no test capture " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Inventory read(String relative) {
        try {
            return CaptureInventory.read(path(relative), relative, ReadListener.NONE);
        } catch (IOException | NotACaptureException e) {
            throw new IllegalStateException(relative + ": " + e.getMessage(), e);
        }
    }

    /** Operations added up per protocol. */
    public static Map<Protocol, Operations> operationsByProtocol(List<Flow> flows) {
        Map<Protocol, Operations> totals = new EnumMap<>(Protocol.class);
        for (Flow flow : flows) {
            totals.merge(flow.protocol(), flow.operations(), Operations::plus);
        }
        return totals;
    }
}
