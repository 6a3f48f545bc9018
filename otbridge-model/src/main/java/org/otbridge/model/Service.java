package org.otbridge.model;

import java.time.Duration;

/** What the organisation delivers; the anchor of every consequence. */
public record Service(String id, String name, String description, Impact impact,
        Duration maxTolerableDowntime, Dependency requires, Fallback fallback, SourcePosition at) {

    public Ref ref() {
        return new Ref(RefKind.SERVICE, id, at);
    }
}
