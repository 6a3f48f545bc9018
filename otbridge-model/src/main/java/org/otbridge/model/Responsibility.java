package org.otbridge.model;

import java.util.List;

/** A RACI line: who is accountable for a subject, who does the work, who is asked and who is told. */
public record Responsibility(Ref subject, List<Ref> accountable, List<Ref> responsible, List<Ref> consulted,
        List<Ref> informed, SourcePosition at) {

    public Responsibility {
        accountable = List.copyOf(accountable);
        responsible = List.copyOf(responsible);
        consulted = List.copyOf(consulted);
        informed = List.copyOf(informed);
    }
}
