package org.otbridge.model;

/** An organisational function, such as IT or operations. */
public record Unit(String id, String name, Discipline discipline, String description, SourcePosition at) {
}
