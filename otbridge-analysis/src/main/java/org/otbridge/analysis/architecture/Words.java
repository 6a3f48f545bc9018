package org.otbridge.analysis.architecture;

import java.util.Collection;
import java.util.List;
import org.otbridge.model.Asset;
import org.otbridge.analysis.Sentences;
import org.otbridge.model.Ref;

/** Small helpers for the detail sentences of findings. */
final class Words {

    private Words() {
    }

    /** "a", "a and b", "a, b and c". */
    static String and(Collection<String> items) {
        return Sentences.and(items);
    }

    /** References by key, at most {@code max} of them, then "and N more". */
    static String refs(List<Ref> refs, int max) {
        return Sentences.refs(refs, max);
    }

    static String assets(List<Asset> assets, int max) {
        return refs(assets.stream().map(Asset::ref).toList(), max);
    }

    /**
     * The protocol of a connection as a detail sentence names it: {@code anydesk}, {@code other
     * (remote-support)} for an unnamed tool, or {@code unnamed} when the model says nothing.
     */
    static String protocol(org.otbridge.model.Connection connection, String unnamed) {
        if (connection.protocol() != null && connection.protocol() != org.otbridge.model.Protocol.OTHER) {
            return connection.protocol().yamlName();
        }
        if (connection.protocolCategory() != null) {
            return (connection.protocol() == null ? "" : "other ") + "(" + connection.protocolCategory().yamlName()
                    + ")";
        }
        return connection.protocol() == null ? unnamed : "other";
    }

    /** The via assets of a connection as "through a, b and c", or "" when there are none. */
    static String through(ConnectionView view) {
        return view.via().isEmpty() ? "" : " through " + assets(view.via(), 5);
    }
}
