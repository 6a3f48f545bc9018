package org.otbridge.model;

import java.util.stream.Stream;

/** Consequence of losing a service, per dimension. Missing dimensions are {@code none}. */
public record Impact(ImpactLevel safety, ImpactLevel supply, ImpactLevel environment,
        ImpactLevel financial, ImpactLevel society) {

    public static final Impact NONE = new Impact(ImpactLevel.NONE, ImpactLevel.NONE, ImpactLevel.NONE,
            ImpactLevel.NONE, ImpactLevel.NONE);

    /** The worst of all dimensions. */
    public ImpactLevel max() {
        return Stream.of(safety, supply, environment, financial, society)
                .max(Enum::compareTo).orElse(ImpactLevel.NONE);
    }
}
