package org.otbridge.model;

import java.util.List;

/** A person, their unit and the subjects they have a formal mandate to drive. */
public record Person(String id, String name, Ref unit, String title, List<Ref> mandate,
        String description, SourcePosition at) {
    public Person {
        mandate = List.copyOf(mandate);
    }
}
