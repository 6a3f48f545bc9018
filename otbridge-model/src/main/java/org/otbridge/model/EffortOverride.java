package org.otbridge.model;

/**
 * An entry of {@code efforts}: the site's own effort class for a kind of planned action
 * ({@code action}, such as {@code remove-connection}), for every subject or only for
 * {@code subject}. {@code actionAt} is where the action kind is written: the model does not know
 * the plan's kinds of change; the analysis checks the name and reports it there.
 */
public record EffortOverride(String action, Ref subject, Effort effort, String reason, SourcePosition at,
        SourcePosition actionAt) {

    public EffortOverride {
        actionAt = actionAt == null ? at : actionAt;
    }

    /** Whether it is about this kind of action on this subject: its own subject, or every subject. */
    public boolean covers(String kind, Ref on) {
        return action.equals(kind) && (subject == null || subject.equals(on));
    }
}
