package org.otbridge.analysis.exposure;

import java.time.LocalDate;
import java.util.List;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.Ref;

/**
 * A designed conduit that carries an entry point's way towards a service: the vendor VPN to the
 * jump host, the jump host's session to SCADA, the office's reads of a DMZ replica. Not a
 * shortcut, since the site is meant to have it; judged by its {@link Hardening}.
 */
public record EntryConduit(Ref connection, Ref entry, List<Ref> services, Hardening hardening) {

    public EntryConduit {
        services = List.copyOf(services);
    }

    /**
     * How hard the conduit is to use without leave: how it authenticates (null when the model does
     * not say), whether each session is approved, when it expires (null: never), whether it is
     * always on.
     */
    public record Hardening(AuthMethod auth, boolean approval, LocalDate expires, boolean alwaysOn) {

        /** Strong authentication, approval per session and not always on: the way remote access should be. */
        public boolean hardened() {
            return (auth == AuthMethod.MFA || auth == AuthMethod.CERTIFICATE) && approval && !alwaysOn;
        }
    }
}
