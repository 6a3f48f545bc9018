package org.otbridge.analysis.drift;

import org.otbridge.model.YamlEnum;

/** What the observed traffic shows of a declared network connection. */
public enum ConnectionStatus implements YamlEnum {
    /** Some flow fits it. */
    SEEN,
    /** No flow fits it, but its ends talked over another protocol or port. */
    OTHER_PROTOCOL,
    /** The traffic shows both ends, and no flow between them. */
    NEVER_SEEN,
    /** The traffic shows nothing of one end or both, so it says nothing about the connection. */
    NOT_COVERED
}
