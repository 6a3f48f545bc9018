package org.otbridge.analysis.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.UsageTag;
import org.otbridge.model.Zone;

/** The first sentence of a catalog finding: which elements, as configured, made the rule fire. */
final class Details {

    private Details() {
    }

    static String assetControl(Asset asset, Control control, Zone zone) {
        return control.ref().key() + " (" + control(control) + ") applies to " + assetInZone(asset, zone) + ".";
    }

    static String asset(Asset asset, Zone zone) {
        return assetInZone(asset, zone) + ".";
    }

    static String connection(Connection connection) {
        StringBuilder text = new StringBuilder(connection.ref().key()).append(" runs ")
                .append(FindingBuilder.words(connection.protocol())).append(" from ").append(connection.from().key())
                .append(" to ").append(connection.to().key());
        if (!connection.via().isEmpty()) {
            text.append(" via ").append(String.join(", ", connection.via().stream().map(r -> r.key()).toList()));
        }
        return text.append('.').toString();
    }

    static String zone(Zone zone) {
        return zone.ref().key() + " (" + nameOf(zone.name(), zone.id()) + "; " + place(zone) + ")" + ".";
    }

    static String supplier(Supplier supplier) {
        return supplier.ref().key() + " (" + nameOf(supplier.name(), supplier.id()) + ")" + ".";
    }

    static String service(Service service) {
        return service.ref().key() + " (" + nameOf(service.name(), service.id()) + ")" + ".";
    }

    /** "asset:hmi-1 (hmi; usage operator-station, shift-operated) in zone:cc (ot, level 2)". */
    private static String assetInZone(Asset asset, Zone zone) {
        StringBuilder text = new StringBuilder(asset.ref().key()).append(" (").append(asset.type().yamlName());
        if (!asset.usage().isEmpty()) {
            TreeSet<String> usage = new TreeSet<>();
            for (UsageTag tag : asset.usage()) {
                usage.add(tag.yamlName());
            }
            text.append("; usage ").append(String.join(", ", usage));
        }
        text.append(')');
        if (zone != null) {
            text.append(" in ").append(zone.ref().key()).append(" (").append(place(zone)).append(')');
        } else if (asset.zones().isEmpty()) {
            text.append(", in no zone");
        }
        return text.toString();
    }

    private static String place(Zone zone) {
        return FindingBuilder.words(zone.domain()) + (zone.level() == null ? "" : ", level " + zone.level().yamlName());
    }

    /** "password-policy: min_length 13, rotation_days 90". */
    private static String control(Control control) {
        List<String> parameters = new ArrayList<>();
        for (Map.Entry<String, Object> parameter : control.parameters().entrySet()) {
            if (parameter.getKey().equals("name") && control.kind() != org.otbridge.model.ControlKind.OTHER) {
                continue;
            }
            parameters.add(parameter.getKey() + " " + value(parameter.getValue()));
        }
        String kind = control.kind().yamlName();
        return parameters.isEmpty() ? kind : kind + ": " + String.join(", ", parameters);
    }

    private static String value(Object value) {
        if (value instanceof Duration duration) {
            return Durations.words(duration);
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(Details::value).toList()) + "]";
        }
        return String.valueOf(value);
    }

    private static String nameOf(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
