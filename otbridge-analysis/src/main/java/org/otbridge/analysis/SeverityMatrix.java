package org.otbridge.analysis;

import org.otbridge.analysis.exposure.ExposureLevel;

/**
 * Severity from consequence and exposure (docs/exposure.md, "Severity"): critical only for a
 * critical consequence behind a cheap path; anything reachable only through a hardened entry
 * conduit is low at most.
 *
 * <pre>
 *                 cheap     moderate  hard      hardened  unreachable
 *   critical      critical  high      medium    low       low
 *   high          high      high      medium    low       low
 *   medium        medium    medium    low       low       info
 *   low           low       low       low       info      info
 *   none          low       info      info      info      info
 * </pre>
 */
public final class SeverityMatrix {

    private static final Severity[][] MATRIX = {
        {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.LOW},
        {Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.LOW},
        {Severity.MEDIUM, Severity.MEDIUM, Severity.LOW, Severity.LOW, Severity.INFO},
        {Severity.LOW, Severity.LOW, Severity.LOW, Severity.INFO, Severity.INFO},
        {Severity.LOW, Severity.INFO, Severity.INFO, Severity.INFO, Severity.INFO},
    };

    private SeverityMatrix() {
    }

    public static Severity of(Consequence consequence, ExposureLevel exposure) {
        return MATRIX[consequence.ordinal()][exposure.ordinal()];
    }

    /**
     * The severity of a finding of a rule that declares {@code declared}: the matrix's, but never
     * worse than the rule declares (one step worse for a critical consequence), so a rule about a
     * minor weakness stays minor however exposed its subject is.
     */
    public static Severity of(Severity declared, Consequence consequence, ExposureLevel exposure) {
        Severity ceiling = consequence == Consequence.CRITICAL ? declared.raised() : declared;
        Severity matrix = of(consequence, exposure);
        return matrix.ordinal() > ceiling.ordinal() ? matrix : ceiling;
    }
}
