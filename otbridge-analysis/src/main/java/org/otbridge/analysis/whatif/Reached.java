package org.otbridge.analysis.whatif;

import org.otbridge.model.AssetType;
import org.otbridge.model.Ref;

/**
 * An asset, zone or supplier an attacker reaches from the compromised elements, with the cheapest
 * cost to it (docs/exposure.md); the compromised elements themselves cost 0. {@code type} is the
 * asset type, null for zones and suppliers.
 */
public record Reached(Ref element, AssetType type, double cost) {
}
