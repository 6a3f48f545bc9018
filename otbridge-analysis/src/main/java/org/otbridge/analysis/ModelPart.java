package org.otbridge.analysis;

/**
 * A part of a model an analysis can read and a change can alter. Controls are not a part of their
 * own: what an analysis reads of them, and what a change alters, is told by control kind
 * ({@link Reads#controlKinds()}, {@link ModelDiff#controlKinds()}).
 */
public enum ModelPart {
    FILES, ORGANIZATION, SERVICES, ZONES, ASSETS, CONNECTIONS, SUPPLIERS, RESPONSIBILITIES, SCENARIOS, EXCEPTIONS,
    ACCOUNTS, EFFORTS
}
