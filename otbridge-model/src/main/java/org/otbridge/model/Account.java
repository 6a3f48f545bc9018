package org.otbridge.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An account that logs on somewhere in the site: who it belongs to ({@code kind}), which directory
 * keeps it ({@code domain}), the assets, zones and connections it is used on, the people, units or
 * suppliers who use it, and whether it needs a second factor ({@code mfa}, null when the model does
 * not say). {@code lastUsed} is null when unknown.
 */
public record Account(String id, String name, AccountKind kind, AccountDomain domain, List<Ref> usedOn,
        List<Ref> holders, Boolean mfa, Boolean privileged, LocalDate lastUsed, boolean disabled, String description,
        SourcePosition at) {

    public Account {
        usedOn = List.copyOf(usedOn);
        holders = List.copyOf(holders);
    }

    public Ref ref() {
        return new Ref(RefKind.ACCOUNT, id, at);
    }
}
