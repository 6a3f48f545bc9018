package org.otbridge.model;

import java.time.LocalDate;

/**
 * An entry of {@code exceptions}: a finding of {@code rule} on {@code subject} accepted until
 * {@code expires}. {@code at} is where the entry starts, {@code ruleAt} where its rule id is written
 * (the model does not know the rules; the analysis checks the id and reports it there).
 */
public record AcceptedRisk(String rule, Ref subject, String reason, Ref approvedBy, LocalDate expires,
        SourcePosition at, SourcePosition ruleAt) {

    public AcceptedRisk {
        ruleAt = ruleAt == null ? at : ruleAt;
    }

    /** An entry whose rule id is written where the entry starts. */
    public AcceptedRisk(String rule, Ref subject, String reason, Ref approvedBy, LocalDate expires, SourcePosition at) {
        this(rule, subject, reason, approvedBy, expires, at, at);
    }

    /** Valid on the given day: not yet expired (an exception without an end date never expires). */
    public boolean isValidOn(LocalDate day) {
        return expires == null || !day.isAfter(expires);
    }
}
