package org.otbridge.analysis.whatif;

import java.util.List;
import org.otbridge.model.Ref;

/**
 * An asset that keeps running although its supplier failed: a failed supplier takes down its
 * connections (and whatever requires it), not the assets it supplied, but nobody from it will
 * repair, replace or configure them any more. {@code services} are the services that need the
 * asset: at its next fault, they depend on spares and on someone else.
 */
public record Unsupported(Ref asset, Ref supplier, List<Ref> services) {

    public Unsupported {
        services = List.copyOf(services);
    }
}
