package org.otbridge.analysis.whatif;

import org.otbridge.analysis.exposure.AttackPath;
import org.otbridge.model.AssetType;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Ref;

/**
 * A service whose needed assets an attacker reaches. {@code target} is the most critical of them:
 * a controller or safety system (plc, rtu, ied, sis) before a SCADA server or HMI before anything
 * else, the cheapest within its group; {@code path} is the cheapest path to it from the
 * compromised element it starts at. {@code assetsReached} counts the service's needed assets
 * reached.
 */
public record ServiceAtRisk(Ref service, String name, ImpactLevel impact, Ref target, AssetType targetType,
        int assetsReached, AttackPath path) {

    public double cost() {
        return path.cost();
    }
}
