package org.otbridge.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of things a reference can name. {@code internet} and {@code removable-media} are
 * endpoints without an id; {@code program} names the OT security programme. {@code account} came
 * later and is last, so the order of the others stays as it was.
 */
public enum RefKind implements YamlEnum {
    ASSET, ZONE, CONNECTION, SUPPLIER, SERVICE, PERSON, UNIT, CONTROL, PROGRAM,
    INTERNET, REMOVABLE_MEDIA, ACCOUNT;

    /** Kept: every reference key and every comparison of references by key spells it. */
    private final String yamlName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** True for the special endpoints that are written without {@code kind:}. */
    public boolean isEndpoint() {
        return this == INTERNET || this == REMOVABLE_MEDIA;
    }

    public static Optional<RefKind> byPrefix(String prefix) {
        return YamlEnum.parse(RefKind.class, prefix).filter(kind -> !kind.isEndpoint());
    }
}
