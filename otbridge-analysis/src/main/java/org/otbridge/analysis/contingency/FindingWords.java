package org.otbridge.analysis.contingency;

import org.otbridge.analysis.FindingBuilder;
import org.otbridge.model.Asset;

/** Short descriptions of model elements for detail sentences. */
final class FindingWords {

    private FindingWords() {
    }

    /** "scada-server", or "scada-server, Plant SCADA" when the asset has a name of its own. */
    static String typeOf(Asset asset) {
        String type = FindingBuilder.words(asset.type());
        return hasName(asset) ? type + ", " + asset.name().strip() : type;
    }

    /** " (Control room UPS A)", or nothing when the asset has no name of its own. */
    static String named(Asset asset) {
        return hasName(asset) ? " (" + asset.name().strip() + ")" : "";
    }

    private static boolean hasName(Asset asset) {
        return asset.name() != null && !asset.name().isBlank() && !asset.name().strip().equals(asset.id());
    }
}
