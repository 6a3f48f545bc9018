package org.otbridge.analysis.resilience;

import java.util.List;
import org.otbridge.model.Ref;

/** A minimal set of two or three elements that together take a service down. */
public record CutSet(Ref service, List<Ref> elements) {

    public CutSet {
        elements = List.copyOf(elements);
    }
}
