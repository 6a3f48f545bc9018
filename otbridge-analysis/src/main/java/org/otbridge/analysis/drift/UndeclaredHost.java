package org.otbridge.analysis.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Protocol;
import org.otbridge.model.Ref;

/**
 * OTB-DRIFT-004: a host of the site that no asset lists and that touches OT: it sits in an OT zone
 * by its subnet, talks with an OT host, or speaks or answers an industrial protocol. Reported
 * with the zone its subnet places it in and the declared assets it talked with; a host with
 * neither is reported on the OT security programme, whose inventory misses it.
 */
@RuleInfo(id = "OTB-DRIFT-004", category = Category.DRIFT, severity = Severity.MEDIUM, mistake = Mistake.INTEGRATION,
        title = "Host in or talking with OT that the model does not list",
        explanation = "No asset of the model has this host's address, yet it is part of OT traffic. Nobody can say who "
                + "owns it, what it runs, or whether it is patched and backed up, and every analysis of the model "
                + "reasons without it: the paths it opens are missing from the attack paths, and what depends on it "
                + "is missing from the failure impact.",
        recommendation = "Identify the device (switch port, MAC vendor, the people who work in that zone). Add it to "
                + "the model with its type, zone, owner and addresses, or take it off the network; "
                + "otbridge discover --model writes the entries the model lacks as a draft.",
        references = {"IEC 62443-3-3 SR 7.8", "IEC 62443-3-3 SR 6.2", "NIST SP 800-82r3 App. F CM-8"},
        attack = {"T0848", "M0947"},
        reads = {"asset.ips", "asset.macs", "asset.zones", "zone.domain"})
public final class UndeclaredHost implements DriftRule {

    /** Declared peers named as subjects; the explanation counts the rest. */
    static final int PEERS_NAMED = 3;

    @Override
    public void checkSite(DriftSite site, FindingBuilder out) {
        for (ObservedHost host : site.result().hosts()) {
            if (!host.undeclared() || !host.touchesOt()) {
                continue;
            }
            TreeSet<String> peerKeys = new TreeSet<>();
            List<Ref> peers = new ArrayList<>();
            for (ObservedFlow flow : site.flowsOf(host.address())) {
                Endpoint peer = flow.client().address().equals(host.address()) ? flow.server() : flow.client();
                if (peer.kind() == Endpoint.Kind.ASSET && peerKeys.add(peer.asset().key())) {
                    peers.add(peer.asset());
                }
            }
            peers.sort(Ref.BY_KEY);
            List<Ref> subjects = new ArrayList<>();
            subjects.addAll(host.endpoint().zones());
            subjects.addAll(peers.subList(0, Math.min(PEERS_NAMED, peers.size())));
            if (subjects.isEmpty()) {
                subjects.add(DriftSite.INVENTORY);
            }
            out.report(host.address(), detail(host, peers), subjects, subjects);
        }
    }

    private static String detail(ObservedHost host, List<Ref> peers) {
        StringBuilder text = new StringBuilder(host.address());
        if (!host.macs().isEmpty() && !host.macs().get(0).equals(host.address())) {
            text.append(" (MAC ").append(String.join(", ", host.macs())).append(")");
        }
        text.append(" was seen");
        if (!host.roles().isEmpty()) {
            text.append(" acting as ").append(DriftWords.some(host.roles(), 3));
        }
        if (!host.protocols().isEmpty()) {
            text.append(", speaking ").append(DriftWords.some(host.protocols().stream().map(Protocol::yamlName).toList(), 5));
        }
        if (!host.endpoint().zones().isEmpty()) {
            text.append("; its subnet places it in ").append(host.endpoint().zones().get(0).key()).append(" (")
                    .append(DriftWords.side(host.endpoint())).append(")");
        }
        if (!peers.isEmpty()) {
            text.append("; it talked with ").append(DriftWords.some(peers.stream().map(Ref::key).toList(), PEERS_NAMED));
        }
        return text.append(". No asset of the model lists it.").toString();
    }
}
