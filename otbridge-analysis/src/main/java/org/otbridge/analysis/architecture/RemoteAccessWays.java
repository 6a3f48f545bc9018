package org.otbridge.analysis.architecture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.otbridge.analysis.exposure.ExposureIndex;
import org.otbridge.model.Account;
import org.otbridge.model.Asset;
import org.otbridge.model.Domain;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;

/**
 * The ways an account is used for remote access into OT (docs/rule-reasoning.md): connections it
 * logs on through that reach OT, safety or the DMZ from outside OT (from a supplier or the
 * outside, or carrying remote access), and the jump hosts and remote-access gateways it logs on to.
 * Shared by the account rules, so they agree on what remote access is.
 */
record RemoteAccessWays(List<Ref> ways, Set<Ref> services, ExposureIndex.Exposure exposure) {

    boolean isEmpty() {
        return ways.isEmpty();
    }

    /** The ways of one account, with the services they touch and the most exposed of them. */
    static RemoteAccessWays of(Account account, ArchitectureSite site) {
        List<Ref> ways = new ArrayList<>();
        Set<Ref> services = new TreeSet<>(Comparator.comparing(Ref::id));
        ExposureIndex.Exposure exposure = ExposureIndex.Exposure.UNREACHABLE;
        AccountUse use = site.accounts();
        for (Ref ref : use.connectionsOf(account)) {
            ConnectionView view = site.view(site.model().connection(ref.id()).orElseThrow());
            if (isRemoteIntoOt(view)) {
                ways.add(view.ref());
                services.addAll(site.servicesOf(view));
                exposure = moreExposed(exposure, site.exposureOf(view.ref()));
            }
        }
        for (Asset asset : use.assetsOf(account)) {
            if (Terms.BROKERS.contains(asset.type())) {
                ways.add(asset.ref());
                services.addAll(site.servicesAt(asset));
                exposure = moreExposed(exposure, site.exposureOf(asset.ref()));
            }
        }
        return new RemoteAccessWays(List.copyOf(ways), services, exposure);
    }

    /** A flow from outside OT into OT, safety or the DMZ that is remote access. */
    static boolean isRemoteIntoOt(ConnectionView c) {
        if (!c.isNetwork() || Terms.isOt(c.fromDomain())) {
            return false;
        }
        boolean inside = c.toDomains().stream().anyMatch(d -> Terms.isOt(d) || d == Domain.DMZ);
        boolean remote = c.from().kind() == RefKind.SUPPLIER || c.fromDomain() == Domain.EXTERNAL
                || Terms.isRemoteAccess(c.connection());
        return inside && remote;
    }

    private static ExposureIndex.Exposure moreExposed(ExposureIndex.Exposure a, ExposureIndex.Exposure b) {
        if (a.entry() == null) {
            return b;
        }
        if (b.entry() == null) {
            return a;
        }
        if (a.hardenedOnly() != b.hardenedOnly()) {
            return a.hardenedOnly() ? b : a;
        }
        return b.cost() < a.cost() ? b : a;
    }
}
