package org.otbridge.model;

import java.time.LocalDate;

/** An entry of {@code exceptions}: a finding of {@code rule} on {@code subject} accepted until {@code expires}. */
public record AcceptedRisk(String rule, Ref subject, String reason, Ref approvedBy, LocalDate expires,
        SourcePosition at) {

    /** Valid on the given day: not yet expired (an exception without an end date never expires). */
    public boolean isValidOn(LocalDate day) {
        return expires == null || !day.isAfter(expires);
    }
}
