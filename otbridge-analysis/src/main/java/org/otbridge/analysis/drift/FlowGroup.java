package org.otbridge.analysis.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.otbridge.model.Ref;

/**
 * The flows between one client and one server as the model knows them (an asset, a host the model
 * does not list, or the internet as a whole), which a drift finding reports together.
 */
record FlowGroup(Endpoint client, Endpoint server, List<ObservedFlow> flows) {

    FlowGroup {
        flows = List.copyOf(flows);
    }

    /** The flows that pass {@code test}, grouped by client and server, in the order first seen. */
    static List<FlowGroup> of(List<ObservedFlow> all, Predicate<ObservedFlow> test) {
        Map<String, List<ObservedFlow>> groups = new LinkedHashMap<>();
        for (ObservedFlow flow : all) {
            if (test.test(flow)) {
                groups.computeIfAbsent(flow.client().identity() + " > " + flow.server().identity(),
                        k -> new ArrayList<>()).add(flow);
            }
        }
        List<FlowGroup> result = new ArrayList<>(groups.size());
        groups.values().forEach(flows -> result.add(new FlowGroup(flows.get(0).client(), flows.get(0).server(), flows)));
        return result;
    }

    /** What tells this group from others of the same subjects: the identities of both ends. */
    String discriminator() {
        return client.identity() + ">" + server.identity();
    }

    /**
     * The model elements of both ends, the server's first when {@code serverFirst}; ends without one
     * are left out, and when neither has one the finding is about the site's inventory of OT
     * ({@link DriftSite#INVENTORY}).
     */
    List<Ref> subjects(boolean serverFirst) {
        List<Ref> subjects = new ArrayList<>(2);
        Endpoint a = serverFirst ? server : client;
        Endpoint b = serverFirst ? client : server;
        if (a.element() != null) {
            subjects.add(a.element());
        }
        if (b.element() != null && !subjects.contains(b.element())) {
            subjects.add(b.element());
        }
        if (subjects.isEmpty()) {
            subjects.add(DriftSite.INVENTORY);
        }
        return subjects;
    }

    /** The client in words; for the internet, its addresses. */
    String clientWords() {
        return words(client, flows.stream().map(f -> f.client().address()).toList());
    }

    String serverWords() {
        return words(server, flows.stream().map(f -> f.server().address()).toList());
    }

    private static String words(Endpoint end, List<String> addresses) {
        if (end.kind() != Endpoint.Kind.INTERNET) {
            return end.describe();
        }
        Set<String> distinct = new LinkedHashSet<>(addresses);
        return distinct.size() == 1 ? end.describe() : DriftWords.some(List.copyOf(distinct), 3) + " on the internet";
    }

    /** "modbus tcp/502, rdp tcp/3389". */
    String services() {
        Set<String> services = new LinkedHashSet<>();
        flows.forEach(f -> services.add(f.protocol().yamlName() + " " + f.service()));
        return DriftWords.some(List.copyOf(services), 4);
    }

    long packets() {
        return flows.stream().mapToLong(ObservedFlow::packets).sum();
    }

    long connections() {
        return flows.stream().mapToLong(ObservedFlow::connections).sum();
    }

    long first() {
        return flows.stream().mapToLong(ObservedFlow::firstSeen).filter(t -> t != 0).min().orElse(0);
    }

    long last() {
        return flows.stream().mapToLong(ObservedFlow::lastSeen).max().orElse(0);
    }

    /** "12 packets in 3 connections, 2020-07-25 07:03 to 2020-07-27 23:00 UTC". */
    String traffic() {
        long connections = connections();
        return DriftWords.plural(packets(), "packet") + (connections > 0 ? " in " + DriftWords.plural(connections,
                "connection") : "") + DriftWords.between(first(), last());
    }
}
