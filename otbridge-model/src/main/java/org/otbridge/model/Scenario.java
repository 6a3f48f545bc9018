package org.otbridge.model;

import java.util.List;

/** A named what-if case: elements that fail and elements an attacker holds. */
public record Scenario(String id, String name, List<Ref> fail, List<Ref> compromise, String description,
        SourcePosition at) {

    public Scenario {
        fail = List.copyOf(fail);
        compromise = List.copyOf(compromise);
    }
}
