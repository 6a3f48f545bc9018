package org.otbridge.analysis.whatif;

import java.util.Optional;
import org.otbridge.model.Ref;

/**
 * A what-if case names something it cannot use: an element that is not in the model (with the
 * closest reference that is, when one is close) or one of a kind that cannot fail or be
 * compromised.
 */
public final class WhatIfException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Ref ref;
    private final transient Ref suggestion;

    WhatIfException(String message, Ref ref, Ref suggestion) {
        super(message);
        this.ref = ref;
        this.suggestion = suggestion;
    }

    /** The reference at fault. */
    public Ref ref() {
        return ref;
    }

    /** The closest reference the model has, if one is close enough to be a plausible typo. */
    public Optional<Ref> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
