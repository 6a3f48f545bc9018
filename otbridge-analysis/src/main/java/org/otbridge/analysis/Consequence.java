package org.otbridge.analysis;

import java.time.Duration;
import java.util.Collection;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Service;
import org.otbridge.model.YamlEnum;

/**
 * What is at stake for operations (docs/exposure.md, "Severity"): the worst of the services an
 * element touches, by impact and by how long the service can be down. A critical service that can
 * tolerate more than a day down is a high consequence; a high one, medium.
 */
public enum Consequence implements YamlEnum {
    CRITICAL, HIGH, MEDIUM, LOW, NONE;

    /** Services that tolerate longer than this step one consequence down. */
    public static final Duration LONG_TOLERANCE = Duration.ofHours(24);

    public static Consequence of(Collection<Service> services) {
        Consequence worst = NONE;
        for (Service service : services) {
            Consequence consequence = of(service);
            if (consequence.ordinal() < worst.ordinal()) {
                worst = consequence;
            }
        }
        return worst;
    }

    public static Consequence of(Service service) {
        ImpactLevel impact = service.impact() == null ? ImpactLevel.NONE : service.impact().max();
        Duration tolerable = service.maxTolerableDowntime();
        boolean longTolerance = tolerable != null && tolerable.compareTo(LONG_TOLERANCE) > 0;
        return switch (impact) {
            case CRITICAL -> longTolerance ? HIGH : CRITICAL;
            case HIGH -> longTolerance ? MEDIUM : HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> LOW;
            case NONE -> NONE;
        };
    }

    /** "a critical consequence", "no service at stake". */
    public String words() {
        return this == NONE ? "no declared service at stake" : "a " + yamlName() + " consequence for operations";
    }
}
