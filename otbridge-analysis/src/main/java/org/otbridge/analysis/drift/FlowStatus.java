package org.otbridge.analysis.drift;

import org.otbridge.model.YamlEnum;

/** How the model accounts for an observed flow (docs/drift.md, "Matching"). */
public enum FlowStatus implements YamlEnum {
    /** A declared connection fits its ends, direction, protocol and port. */
    DECLARED,
    /** Both ends sit in one flat zone, where every asset may reach every other. */
    ZONE,
    /** A declared connection fits its ends and direction, but not its protocol or port. */
    OTHER_PROTOCOL,
    /** A declared connection fits its ends, but is opened by the other side. */
    REVERSED,
    /** Nothing in the model accounts for it. */
    UNDECLARED
}
