package org.otbridge.analysis.exposure;

import java.util.ArrayList;
import java.util.List;

/** What a service's assets are to an attacker: control, supervision, or anything else. */
enum TargetGroup {
    CONTROL, SUPERVISION, OTHER;

    static TargetGroup of(org.otbridge.model.AssetType type) {
        if (CostModel.CONTROLLERS.contains(type)) {
            return CONTROL;
        }
        return type == org.otbridge.model.AssetType.SCADA_SERVER || type == org.otbridge.model.AssetType.HMI
                ? SUPERVISION : OTHER;
    }

    /** The cheapest controller and the cheapest supervisory asset; anything else only when neither is reachable. */
    static List<Integer> targets(int[][] best, int service) {
        List<Integer> targets = new ArrayList<>(2);
        for (TargetGroup group : List.of(CONTROL, SUPERVISION)) {
            if (best[group.ordinal()][service] != -1) {
                targets.add(best[group.ordinal()][service]);
            }
        }
        if (targets.isEmpty()) {
            targets.add(best[OTHER.ordinal()][service]);
        }
        return targets;
    }
}
