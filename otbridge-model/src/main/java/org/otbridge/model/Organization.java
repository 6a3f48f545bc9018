package org.otbridge.model;

import java.util.List;

/** The organisation's name, its units and its people, merged across all model files. */
public record Organization(String name, List<Unit> units, List<Person> people) {
    public Organization {
        units = List.copyOf(units);
        people = List.copyOf(people);
    }
}
