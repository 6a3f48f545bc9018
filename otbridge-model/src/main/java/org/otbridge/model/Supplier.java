package org.otbridge.model;

import java.time.Duration;
import java.util.List;

/** A supplier: what it provides, how fast it supports, whether it can be replaced. */
public record Supplier(String id, String name, List<String> provides, Duration supportSla, boolean singleSource,
        Ref contractOwner, String description, SourcePosition at) {

    public Supplier {
        provides = List.copyOf(provides);
    }

    public Ref ref() {
        return new Ref(RefKind.SUPPLIER, id, at);
    }
}
