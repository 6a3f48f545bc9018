package org.otbridge.model.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.otbridge.model.AssetType;
import org.otbridge.model.AuthMethod;
import org.otbridge.model.ControlKind;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Initiator;
import org.otbridge.model.Protocol;
import org.otbridge.model.RefKind;
import org.otbridge.model.UsageTag;
import org.otbridge.model.YamlEnum;
import org.otbridge.model.spec.ControlParameters;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;

/**
 * Writes one {@link RandomModels} plan as YAML, section by section, and records the expected
 * values of a sample of elements ("facts") for round-trip tests. Fact values are written as
 * follows: references as {@code kind:id} joined by ","; durations as {@link Duration#toString()};
 * dates as {@link LocalDate#toString()}; dependency expressions in the canonical form
 * {@code all(a,any(b,c),atleast2(d,e,f))} ({@code all()} for none); {@code line} as the 1-based
 * line of the element in the single-file variant. Responsibilities and exceptions have no id and
 * are keyed {@code responsibility#i} and {@code exception#i}.
 */
final class RandomModelWriter {

    // Salts of the per-section random streams.
    private static final int ORGANIZATION = 101;
    private static final int SERVICES = 102;
    private static final int ZONES = 103;
    private static final int ASSETS = 104;
    private static final int CONNECTIONS = 105;
    private static final int SUPPLIERS = 106;
    private static final int CONTROLS = 107;
    private static final int GOVERNANCE = 108;
    /** Salts of the facts added later (lifecycle, management, staff, accounts): their own streams, so the
     * models of a seed stay as they were before them. */
    private static final int LATER = 1_000_000;
    private static final int ACCOUNTS = 109;

    private static final String[] PROVIDES = {"remote-support", "spare-parts", "software", "hardware", "engineering",
        "monitoring", "hosting", "training"};
    private static final String[] VENDORS = {"Siemens", "ABB", "Schneider Electric", "AVEVA", "Hitachi Energy",
        "Moxa", "Fortinet", "Cisco", "Eaton", "Meinberg", "Beckhoff", "Honeywell"};
    private static final String[] FREE_PARAMETERS = {"ticket", "reviewed_by", "coverage", "notes", "site_count",
        "vendor_ref"};

    private final RandomModels plan;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final int[] leafZones;
    private final int[] requiringZones;

    RandomModelWriter(RandomModels plan) {
        this.plan = plan;
        List<Integer> leaves = new ArrayList<>();
        List<Integer> requiring = new ArrayList<>();
        for (int i = 0; i < plan.zones(); i++) {
            (plan.zoneHasRequires(i) ? requiring : leaves).add(i);
        }
        this.leafZones = leaves.stream().mapToInt(Integer::intValue).toArray();
        this.requiringZones = requiring.stream().mapToInt(Integer::intValue).toArray();
    }

    Map<String, String> facts() {
        return facts;
    }

    // ------------------------------------------------------------------ layouts

    String singleFile() {
        Doc doc = new Doc(RandomModels.SINGLE_FILE, 200_000 + plan.assets() * 700L + plan.connections() * 400L);
        header(doc);
        doc.add("organization:\n");
        organizationName(doc);
        units(doc);
        people(doc);
        services(doc);
        zones(doc);
        doc.add("assets:\n");
        assets(doc, plan.random(ASSETS), 0, plan.assets());
        connections(doc);
        suppliers(doc);
        controls(doc);
        SplittableRandom governance = plan.random(GOVERNANCE);
        responsibilities(doc, governance);
        scenarios(doc, governance);
        exceptions(doc, governance);
        accounts(doc);
        return doc.text();
    }

    /** Sections spread over files, assets in chunks in a subfolder, governance sections sharing one file. */
    Map<String, String> folder() {
        Map<String, String> files = new LinkedHashMap<>();
        Doc organization = new Doc("00-organization.yaml", 10_000);
        header(organization);
        organization.add("organization:\n");
        organizationName(organization);
        units(organization);
        files.put(organization.name, organization.text());

        Doc people = new Doc("01-people.yml", 10_000 + plan.people() * 200L);
        people.add("# The same organisation name may be repeated in another file.\norganization:\n");
        organizationName(people);
        people(people);
        files.put(people.name, people.text());

        files.put("02-services.yaml", section("02-services.yaml", this::services));
        files.put("03-zones.yaml", section("03-zones.yaml", this::zones));
        SplittableRandom assetRandom = plan.random(ASSETS);
        int part = 0;
        for (int from = 0; from < plan.assets(); from += plan.assetsPerFile(), part++) {
            int to = (int) Math.min(plan.assets(), (long) from + plan.assetsPerFile());
            Doc doc = new Doc(String.format("04-assets/part-%03d.yaml", part), (to - from) * 700L);
            doc.add("assets:\n");
            assets(doc, assetRandom, from, to);
            files.put(doc.name, doc.text());
        }
        files.put("05-connections.yaml", section("05-connections.yaml", this::connections));
        files.put("06-suppliers.yaml", section("06-suppliers.yaml", this::suppliers));
        files.put("07-controls.yaml", section("07-controls.yaml", this::controls));
        Doc governance = new Doc("08-governance.yaml", 100_000);
        SplittableRandom random = plan.random(GOVERNANCE);
        responsibilities(governance, random);
        scenarios(governance, random);
        exceptions(governance, random);
        files.put(governance.name, governance.text());
        files.put("09-accounts.yaml", section("09-accounts.yaml", this::accounts));
        return files;
    }

    private String section(String name, java.util.function.Consumer<Doc> writer) {
        Doc doc = new Doc(name, 100_000);
        writer.accept(doc);
        return doc.text();
    }

    private void header(Doc doc) {
        doc.add("# Generated by RandomModels: seed ").add(plan.seed()).add(", ").add(plan.assets())
                .add(" assets. Valid by construction.\n");
        doc.add("x-generator: {tool: RandomModels, seed: ").add(plan.seed()).add(", counts: [")
                .add(plan.counts().values().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .add("]}\n\n");
    }

    // ------------------------------------------------------------------ organization

    private void organizationName(Doc doc) {
        doc.add("  name: ").add("Nordvik Energi ").add(Long.toUnsignedString(plan.seed() & 0xffff)).add('\n');
    }

    private void units(Doc doc) {
        SplittableRandom r = plan.random(ORGANIZATION);
        doc.add("  units:\n");
        for (int i = 0; i < plan.units(); i++) {
            String id = plan.id(RefKind.UNIT, i);
            String discipline = plan.unitDiscipline(i).yamlName();
            String name = "Unit " + i + " " + discipline;
            // Every other unit says how many people it can call in (from a stream of its own).
            String headcount = i % 2 == 0 ? String.valueOf(1 + plan.pick(LATER, i, 30)) : null;
            if (r.nextInt(3) == 0) {
                doc.add("    - id: ").add(id).add("\n      name: ").text(r, name).add("\n      discipline: ")
                        .add(discipline).add('\n');
                if (headcount != null) {
                    doc.add("      headcount: ").add(headcount).add('\n');
                }
            } else {
                doc.add("    - {id: ").add(id).add(", name: ").text(r, name).add(", discipline: ").add(discipline)
                        .add(headcount == null ? "" : ", headcount: " + headcount).add("}\n");
            }
            fact("unit:" + id, "headcount", String.valueOf(headcount));
            fact("unit:" + id, "discipline", discipline);
        }
    }

    private void people(Doc doc) {
        SplittableRandom r = plan.random(ORGANIZATION + 50);
        doc.add("  people:\n");
        for (int i = 0; i < plan.people(); i++) {
            String id = plan.id(RefKind.PERSON, i);
            int unit = r.nextInt(plan.units());
            String unitRef = r.nextBoolean() ? plan.id(RefKind.UNIT, unit) : plan.ref(RefKind.UNIT, unit);
            List<String> mandate = new ArrayList<>();
            if (i == 0 || r.nextInt(4) == 0) {
                mandate.add("program:ot-security");
            }
            if (r.nextInt(3) == 0) {
                mandate.add(plan.ref(RefKind.ZONE, r.nextInt(plan.zones())));
            }
            if (plan.services() > 0 && r.nextInt(4) == 0) {
                mandate.add(plan.ref(RefKind.SERVICE, r.nextInt(plan.services())));
            }
            String[] name = id.substring(0, id.indexOf('_')).split("\\.");
            doc.add("    - {id: ").add(id).add(", name: ").text(r, capitalise(name[0]) + " " + capitalise(name[1]))
                    .add(", unit: ").add(unitRef).add(", title: ").text(r, i == 0 ? "OT security lead" : "Engineer " + i);
            if (!mandate.isEmpty() || r.nextBoolean()) {
                doc.add(", mandate: [").add(String.join(", ", mandate)).add("]");
            }
            doc.add("}\n");
            String key = "person:" + id;
            fact(key, "unit", plan.ref(RefKind.UNIT, unit));
            fact(key, "mandate", String.join(",", mandate));
        }
    }

    // ------------------------------------------------------------------ services

    private void services(Doc doc) {
        if (plan.services() == 0) {
            return;
        }
        SplittableRandom r = plan.random(SERVICES);
        doc.add("\nservices:\n");
        for (int i = 0; i < plan.services(); i++) {
            service(doc, r, i);
        }
    }

    private void service(Doc doc, SplittableRandom r, int i) {
        String id = plan.id(RefKind.SERVICE, i);
        String key = "service:" + id;
        fact(key, "line", String.valueOf(doc.line()));
        doc.add("  - id: ").add(id).add("\n    name: ").text(r, "District heating " + RandomModels.WORDS[i % 20] + " " + i)
                .add('\n');
        ImpactLevel[] impact = new ImpactLevel[5];
        String[] dimensions = {"safety", "supply", "environment", "financial", "society"};
        List<String> written = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            impact[d] = r.nextInt(4) == 0 ? ImpactLevel.NONE : pickEnum(r, ImpactLevel.class);
            if (impact[d] != ImpactLevel.NONE || r.nextBoolean()) {
                written.add(dimensions[d] + ": " + impact[d].yamlName());
            }
        }
        doc.add("    impact: {").add(String.join(", ", written)).add("}\n");
        fact(key, "impact", Arrays.stream(impact).map(ImpactLevel::yamlName).collect(Collectors.joining(",")));
        Span downtime = span(r);
        doc.add("    max_tolerable_downtime: ").add(downtime.text).add('\n');
        fact(key, "max_tolerable_downtime", downtime.expected());
        requires(doc, r, key, "    ", servicePool(i));
        if (r.nextInt(3) > 0) {
            fallback(doc, r, key);
        } else {
            fact(key, "fallback", "null");
        }
    }

    private void fallback(Doc doc, SplittableRandom r, String key) {
        int whole = r.nextInt(101);
        boolean half = whole < 100 && r.nextBoolean();
        String capacity = whole + (half ? ".5" : "") + (r.nextInt(4) == 0 ? " %" : "%");
        Span sustainable = span(r);
        LocalDate tested = date(r);
        doc.add("    fallback: {description: Local panel operation, capacity: ").add(capacity)
                .add(", sustainable_for: ").add(sustainable.text).add(", last_tested: ").add(tested);
        SplittableRandom later = plan.random(LATER + key.hashCode());
        if (later.nextBoolean()) {
            String unit = plan.ref(RefKind.UNIT, later.nextInt(plan.units()));
            int count = 1 + later.nextInt(12);
            LocalDate drilled = date(later);
            doc.add(", staff: [{unit: ").add(unit).add(", count: ").add(count).add(", last_drilled: ").add(drilled)
                    .add("}]");
            fact(key, "staff", unit + "|" + count + "|" + drilled);
        } else {
            fact(key, "staff", "");
        }
        doc.add("}\n");
        fact(key, "fallback", (whole + (half ? 0.5 : 0.0)) + "|" + sustainable.expected() + "|" + tested);
    }

    private Pool servicePool(int i) {
        return new Pool()
                .add(3, plan.assets(), j -> plan.ref(RefKind.ASSET, j))
                .add(1, plan.zones(), j -> plan.ref(RefKind.ZONE, j))
                .add(2, plan.connections(), j -> plan.ref(RefKind.CONNECTION, j))
                .add(1, plan.suppliers(), j -> plan.ref(RefKind.SUPPLIER, j))
                .add(1, i, j -> plan.ref(RefKind.SERVICE, j));
    }

    // ------------------------------------------------------------------ zones

    private void zones(Doc doc) {
        SplittableRandom r = plan.random(ZONES);
        doc.add("\nzones:\n");
        for (int i = 0; i < plan.zones(); i++) {
            zone(doc, r, i);
        }
    }

    private void zone(Doc doc, SplittableRandom r, int i) {
        String id = plan.id(RefKind.ZONE, i);
        String key = "zone:" + id;
        String domain = plan.zoneDomain(i).yamlName();
        String level = plan.zoneLevel(i).yamlName();
        boolean writeLevel = i < 7 || r.nextInt(5) > 0;
        Boolean flat = r.nextInt(3) == 0 ? null : r.nextBoolean();
        Integer targetSl = r.nextBoolean() ? 1 + r.nextInt(4) : null;
        fact(key, "line", String.valueOf(doc.line()));
        doc.add("  - {id: ").add(id).add(", name: ").text(r, "Zone " + i + " " + domain).add(", domain: ").add(domain);
        if (writeLevel) {
            doc.add(", level: ").add(r.nextInt(4) == 0 ? "\"" + level + "\"" : level);
        }
        if (flat != null) {
            doc.add(", flat: ").add(flat);
        }
        if (targetSl != null) {
            doc.add(", target_sl: ").add(targetSl);
        }
        Dep requires = plan.zoneHasRequires(i) ? dependency(r, zonePool()) : null;
        if (requires != null) {
            doc.add(", requires: ").add(requires.flow());
        }
        doc.add("}\n");
        fact(key, "domain", domain);
        fact(key, "level", writeLevel ? level : "null");
        fact(key, "flat", String.valueOf(flat == null || flat));
        fact(key, "target_sl", String.valueOf(targetSl));
        fact(key, "requires", requires == null ? "all()" : requires.canonical());
    }

    private Pool zonePool() {
        return new Pool()
                .add(3, plan.infrastructure(), j -> plan.ref(RefKind.ASSET, j))
                .add(1, plan.suppliers(), j -> plan.ref(RefKind.SUPPLIER, j));
    }

    // ------------------------------------------------------------------ assets

    private void assets(Doc doc, SplittableRandom r, int from, int to) {
        for (int i = from; i < to; i++) {
            if (i % 500 == 0) {
                doc.add("\n  # ------------------------------------------------ assets ").add(i).add(" and on\n");
            }
            if (r.nextInt(8) == 0) {
                flowAsset(doc, r, i);
            } else {
                blockAsset(doc, r, i);
            }
        }
    }

    /** A short asset on one line: {@code - {id: ..., type: ..., zone: ...}}. */
    private void flowAsset(Doc doc, SplittableRandom r, int i) {
        String id = plan.id(RefKind.ASSET, i);
        String key = "asset:" + id;
        fact(key, "line", String.valueOf(doc.line()));
        List<String> zones = assetZones(r, i);
        doc.add("  - {id: ").add(id).add(", type: ").add(plan.assetType(i).yamlName());
        if (zones.size() == 1 && r.nextBoolean()) {
            doc.add(", zone: ").add(zoneRef(r, zones.get(0)));
        } else {
            doc.add(", zones: [").add(zones.stream().map(z -> zoneRef(r, z)).collect(Collectors.joining(", "))).add("]");
        }
        Dep requires = r.nextBoolean() ? dependency(r, assetPool(i)) : null;
        if (requires != null) {
            doc.add(", requires: ").add(requires.flow());
        }
        doc.add("}\n");
        fact(key, "name", id);
        fact(key, "zones", zones.stream().map(z -> "zone:" + z).collect(Collectors.joining(",")));
        fact(key, "requires", requires == null ? "all()" : requires.canonical());
    }

    private void blockAsset(Doc doc, SplittableRandom r, int i) {
        String id = plan.id(RefKind.ASSET, i);
        String key = "asset:" + id;
        AssetType type = plan.assetType(i);
        fact(key, "line", String.valueOf(doc.line()));
        doc.add("  - id: ").add(id).add('\n');
        String name = assetName(r, type, i);
        doc.add("    name: ").text(r, name).add('\n');
        fact(key, "name", name);
        doc.add("    type: ").add(type.yamlName()).add('\n');
        assetZonesField(doc, r, i, key);
        addresses(doc, r, i, key);
        product(doc, r, key);
        usage(doc, r, key);
        assetControls(doc, r, key);
        requires(doc, r, key, "    ", assetPool(i));
        supplierAndOwner(doc, r, key);
        lifecycle(doc, r, key);
        if (r.nextInt(10) == 0) {
            doc.add("    x-cmdb: {ci: CI").add(100_000 + i).add(", synced: true}\n");
        }
        if (r.nextInt(12) == 0) {
            String description = "Generated asset " + i + ".\nSecond line: with a colon # and a hash.\n";
            doc.add("    description: |\n      Generated asset ").add(i)
                    .add(".\n      Second line: with a colon # and a hash.\n");
            fact(key, "description", description);
        }
    }

    private String assetName(SplittableRandom r, AssetType type, int i) {
        String word = RandomModels.WORDS[r.nextInt(RandomModels.WORDS.length)];
        return switch (r.nextInt(10)) {
            case 0 -> type.yamlName().toUpperCase(java.util.Locale.ROOT) + ": " + word + " #" + i;
            case 1 -> "Operator's " + type.yamlName() + " " + i;
            case 2 -> "Pumpestasjon Ærøy-" + word + " " + i;
            case 3 -> "Rack \"" + word + "\" \\ " + i;
            default -> type.yamlName() + " " + word + " " + i;
        };
    }

    private void assetZonesField(Doc doc, SplittableRandom r, int i, String key) {
        List<String> zones = assetZones(r, i);
        if (zones.size() == 1 && r.nextInt(5) > 0) {
            doc.add("    zone: ").add(zoneRef(r, zones.get(0)));
            if (r.nextInt(10) == 0) {
                doc.add("   # where it is racked");
            }
            doc.add('\n');
        } else if (r.nextBoolean()) {
            doc.add("    zones: [").add(zones.stream().map(z -> zoneRef(r, z)).collect(Collectors.joining(", ")))
                    .add("]\n");
        } else {
            doc.add("    zones:\n");
            zones.forEach(z -> doc.add("      - ").add(zoneRef(r, z)).add('\n'));
        }
        fact(key, "zones", zones.stream().map(z -> "zone:" + z).collect(Collectors.joining(",")));
    }

    /** One zone mostly, two or three distinct ones for a multi-homed asset; infrastructure only in leaf zones. */
    private List<String> assetZones(SplittableRandom r, int i) {
        boolean infrastructure = i < plan.infrastructure();
        int available = infrastructure ? leafZones.length : plan.zones();
        int count = r.nextInt(8) == 0 ? Math.min(available, 2 + r.nextInt(2)) : 1;
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < count) {
            int pick = r.nextInt(available);
            chosen.add(infrastructure ? leafZones[pick] : pick);
        }
        List<Integer> ordered = new ArrayList<>(chosen);
        if (r.nextBoolean()) {
            java.util.Collections.reverse(ordered);
        }
        return ordered.stream().map(z -> plan.id(RefKind.ZONE, z)).toList();
    }

    private static String zoneRef(SplittableRandom r, String id) {
        return r.nextInt(3) == 0 ? "zone:" + id : id;
    }

    private void addresses(Doc doc, SplittableRandom r, int i, String key) {
        List<String> ips = new ArrayList<>();
        if (r.nextInt(10) < 7) {
            ips.add("10." + ((i >> 16) & 255) + "." + ((i >> 8) & 255) + "." + (i & 255)
                    + (r.nextInt(20) == 0 ? "/24" : ""));
        }
        if (r.nextInt(5) == 0) {
            ips.add(switch (r.nextInt(3)) {
                // two groups: one would pass 16 bits (ffff) from 65,535 elements on
                case 0 -> "fd00::" + Integer.toHexString((i + 1) >>> 16) + ":" + Integer.toHexString((i + 1) & 0xffff);
                case 1 -> "2001:db8:0:0:0:0:" + Integer.toHexString((i >> 16) & 0xffff) + ":" + Integer.toHexString(i & 0xffff);
                default -> "fe80::" + Integer.toHexString(i & 0xffff) + ":1/64";
            });
        }
        if (!ips.isEmpty()) {
            doc.add("    ips: [").add(ips.stream().map(ip -> r.nextInt(4) == 0 ? "\"" + ip + "\"" : ip)
                    .collect(Collectors.joining(", "))).add("]\n");
        }
        fact(key, "ips", String.join(",", ips));
        List<String> macs = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            String separator = r.nextBoolean() ? ":" : "-";
            String mac = String.join(separator, "02", "00", hex(i >> 24), hex(i >> 16), hex(i >> 8), hex(i));
            macs.add(r.nextBoolean() ? mac.toUpperCase(java.util.Locale.ROOT) : mac);
        }
        if (!macs.isEmpty()) {
            doc.add("    macs:\n");
            macs.forEach(mac -> doc.add("      - ").add(mac).add('\n'));
        }
        fact(key, "macs", String.join(",", macs));
    }

    private static String hex(int value) {
        return new String(new char[] {Doc.HEX[(value >> 4) & 0xf], Doc.HEX[value & 0xf]});
    }

    private void product(Doc doc, SplittableRandom r, String key) {
        if (r.nextInt(10) < 3) {
            fact(key, "version", "null");
            return;
        }
        doc.add("    vendor: ").text(r, VENDORS[r.nextInt(VENDORS.length)]).add('\n');
        doc.add("    product: ").text(r, "Series " + (100 + r.nextInt(900)) + " controller").add('\n');
        String version;
        switch (r.nextInt(4)) {
            case 0 -> {
                version = r.nextInt(10) + "." + r.nextInt(10) + "0"; // an unquoted number, kept as written: 7.50
                doc.add("    version: ").add(version).add('\n');
            }
            case 1 -> {
                version = "V" + r.nextInt(10) + "." + r.nextInt(20);
                doc.add("    version: ").add(version).add('\n');
            }
            default -> {
                version = r.nextInt(10) + "." + r.nextInt(10) + "." + r.nextInt(100);
                doc.add("    version: \"").add(version).add("\"\n");
            }
        }
        fact(key, "version", version);
    }

    private void usage(Doc doc, SplittableRandom r, String key) {
        TreeSet<String> tags = new TreeSet<>();
        if (r.nextBoolean()) {
            UsageTag[] all = UsageTag.values();
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                tags.add(all[r.nextInt(all.length)].yamlName());
            }
            doc.add("    usage: [").add(String.join(", ", tags)).add("]\n");
        }
        fact(key, "usage", String.join(",", tags));
    }

    private void assetControls(Doc doc, SplittableRandom r, String key) {
        List<String> refs = new ArrayList<>();
        if (plan.controls() > 0 && r.nextInt(5) < 2) {
            int n = 1 + r.nextInt(Math.min(3, plan.controls()));
            int first = r.nextInt(plan.controls());
            List<String> written = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int c = (first + k) % plan.controls();
                refs.add(plan.ref(RefKind.CONTROL, c));
                written.add(r.nextBoolean() ? plan.id(RefKind.CONTROL, c) : plan.ref(RefKind.CONTROL, c));
            }
            doc.add("    controls: [").add(String.join(", ", written)).add("]\n");
        }
        fact(key, "controls", String.join(",", refs));
    }

    private void supplierAndOwner(Doc doc, SplittableRandom r, String key) {
        if (r.nextBoolean()) {
            int s = r.nextInt(plan.suppliers());
            doc.add("    supplier: ").add(r.nextBoolean() ? plan.id(RefKind.SUPPLIER, s) : plan.ref(RefKind.SUPPLIER, s))
                    .add('\n');
            fact(key, "supplier", plan.ref(RefKind.SUPPLIER, s));
        } else {
            fact(key, "supplier", "null");
        }
        String owner = null;
        if (r.nextInt(3) > 0) {
            owner = r.nextInt(4) > 0 ? plan.ref(RefKind.PERSON, r.nextInt(plan.people()))
                    : plan.ref(RefKind.UNIT, r.nextInt(plan.units()));
            doc.add("    owner: ").add(owner).add('\n');
        }
        fact(key, "owner", String.valueOf(owner));
    }

    private void lifecycle(Doc doc, SplittableRandom r, String key) {
        boolean exposed = r.nextInt(15) == 0;
        if (exposed || r.nextInt(4) == 0) {
            doc.add("    internet_exposed: ").add(exposed).add('\n');
        }
        fact(key, "internet_exposed", String.valueOf(exposed));
        if (r.nextInt(4) == 0) {
            int onHand = r.nextInt(5);
            Span lead = span(r);
            doc.add("    spares: {on_hand: ").add(onHand).add(", lead_time: ").add(lead.text).add("}\n");
            fact(key, "spares", onHand + "|" + lead.expected());
        } else {
            fact(key, "spares", "null");
        }
        if (r.nextInt(3) == 0) {
            LocalDate restored = date(r);
            boolean exists = r.nextInt(5) > 0;
            if (r.nextBoolean()) {
                doc.add("    backup: {exists: ").add(exists).add(", last_restore_test: ").add(restored).add("}\n");
            } else {
                doc.add("    backup:\n      exists: ").add(exists).add("\n      last_restore_test: ").add(restored)
                        .add('\n');
            }
            fact(key, "backup", exists + "|" + restored);
        } else {
            fact(key, "backup", "null");
        }
        if (r.nextInt(3) == 0) {
            LocalDate end = date(r);
            doc.add("    end_of_support: ").add(end).add('\n');
            fact(key, "end_of_support", end.toString());
        } else {
            fact(key, "end_of_support", "null");
        }
        softwareAndManagement(doc, key);
    }

    private static final String[] SYSTEMS = {"Windows Server 2012 R2", "Windows 7 Professional SP1", "VxWorks 6.9",
        "\"Linux 4.19\"", "ABB RTU500 firmware 13.2", "Windows 10 Enterprise LTSC 2019"};
    private static final String[] FLAG_SPELLINGS = {"true", "false", "yes", "no"};

    /** os, signed_firmware and management, from a stream of their own. */
    private void softwareAndManagement(Doc doc, String key) {
        SplittableRandom r = plan.random(LATER + key.hashCode());
        if (r.nextInt(4) == 0) {
            String os = SYSTEMS[r.nextInt(SYSTEMS.length)];
            doc.add("    os: ").add(os).add('\n');
            fact(key, "os", os.replace("\"", ""));
        } else {
            fact(key, "os", "null");
        }
        if (r.nextInt(5) == 0) {
            String written = FLAG_SPELLINGS[r.nextInt(FLAG_SPELLINGS.length)];
            doc.add("    signed_firmware: ").add(written).add('\n');
            fact(key, "signed_firmware", String.valueOf(written.equals("true") || written.equals("yes")));
        } else {
            fact(key, "signed_firmware", "null");
        }
        if (r.nextInt(6) == 0) {
            String zone = plan.ref(RefKind.ZONE, r.nextInt(plan.zones()));
            AuthMethod auth = pickEnum(r, AuthMethod.class);
            doc.add("    management: {zones: ").add(r.nextBoolean() ? "[" + zone + "]" : zone)
                    .add(", protocols: [https, snmp], auth: ").add(auth.yamlName()).add("}\n");
            fact(key, "management", zone + "|https,snmp|" + auth.yamlName());
        } else {
            fact(key, "management", "null");
        }
    }

    /** Infrastructure needs only earlier infrastructure, leaf zones and suppliers; other assets anything earlier. */
    private Pool assetPool(int i) {
        if (i < plan.infrastructure()) {
            return new Pool()
                    .add(4, i, j -> plan.ref(RefKind.ASSET, j))
                    .add(1, leafZones.length, j -> plan.ref(RefKind.ZONE, leafZones[j]))
                    .add(1, plan.suppliers(), j -> plan.ref(RefKind.SUPPLIER, j));
        }
        return new Pool()
                .add(6, Math.min(i, 40), j -> plan.ref(RefKind.ASSET, i - 1 - j))
                .add(2, i, j -> plan.ref(RefKind.ASSET, j))
                .add(1, plan.zones(), j -> plan.ref(RefKind.ZONE, j))
                .add(1, plan.suppliers(), j -> plan.ref(RefKind.SUPPLIER, j));
    }

    // ------------------------------------------------------------------ connections

    private void connections(Doc doc) {
        if (plan.connections() == 0) {
            return;
        }
        SplittableRandom r = plan.random(CONNECTIONS);
        doc.add("\nconnections:\n");
        for (int i = 0; i < plan.connections(); i++) {
            connection(doc, r, i);
        }
    }

    private void connection(Doc doc, SplittableRandom r, int i) {
        String id = plan.id(RefKind.CONNECTION, i);
        String key = "connection:" + id;
        String from = endpoint(r);
        String to = endpoint(r);
        while (to.equals(from)) {
            to = endpoint(r);
        }
        fact(key, "line", String.valueOf(doc.line()));
        doc.add("  - id: ").add(id).add('\n');
        if (r.nextBoolean()) {
            doc.add("    name: ").text(r, "Flow " + i).add('\n');
        }
        doc.add("    from: ").add(from).add("\n    to: ").add(to).add('\n');
        fact(key, "from", from);
        fact(key, "to", to);
        Protocol protocol = i < Protocol.values().length ? Protocol.values()[i] : pickEnum(r, Protocol.class);
        doc.add("    protocol: ").add(protocol.yamlName()).add('\n');
        fact(key, "protocol", protocol.yamlName());
        if (protocol == Protocol.OTHER && plan.pick(LATER, i, 2) == 0) {
            doc.add("    protocol_category: remote-admin\n");
            fact(key, "protocol_category", "remote-support");
        } else {
            fact(key, "protocol_category", "null");
        }
        ports(doc, r, key);
        connectionFlags(doc, r, key, i);
        via(doc, r, key);
        connectionTexts(doc, r, key);
        requires(doc, r, key, "    ", connectionPool(i));
        if (r.nextInt(15) == 0) {
            doc.add("    x-firewall-rule: \"ACL-").add(i).add("\"\n");
        }
    }

    private String endpoint(SplittableRandom r) {
        int roll = r.nextInt(100);
        if (roll < 70 && plan.assets() > 0) {
            return plan.ref(RefKind.ASSET, r.nextInt(plan.assets()));
        }
        if (roll < 82) {
            return plan.ref(RefKind.ZONE, r.nextInt(plan.zones()));
        }
        if (roll < 92) {
            return plan.ref(RefKind.SUPPLIER, r.nextInt(plan.suppliers()));
        }
        return roll < 96 ? "internet" : "removable-media";
    }

    private void ports(Doc doc, SplittableRandom r, String key) {
        List<String> ports = new ArrayList<>();
        int n = r.nextInt(4);
        for (int k = 0; k < n; k++) {
            ports.add(String.valueOf(r.nextInt(10) == 0 ? r.nextInt(65536) : new int[] {502, 20000, 2404, 102, 44818,
                4840, 1883, 443, 80, 3389, 22, 5900, 445, 1433, 5938}[r.nextInt(15)]));
        }
        if (n > 0 || r.nextInt(5) == 0) {
            doc.add("    ports: [").add(String.join(", ", ports)).add("]\n");
        }
        fact(key, "ports", String.join(",", ports));
    }

    private void connectionFlags(Doc doc, SplittableRandom r, String key, int i) {
        Initiator initiator = null;
        if (i < 3 || r.nextBoolean()) {
            initiator = i < 3 ? Initiator.values()[i] : pickEnum(r, Initiator.class);
            doc.add("    initiator: ").add(initiator.yamlName()).add('\n');
        }
        fact(key, "initiator", (initiator == null ? Initiator.FROM : initiator).yamlName());
        AuthMethod auth = null;
        if (i < 4 || r.nextInt(3) > 0) {
            auth = i < 4 ? AuthMethod.values()[i] : pickEnum(r, AuthMethod.class);
            doc.add("    auth: ").add(auth.yamlName()).add('\n');
        }
        fact(key, "auth", auth == null ? "null" : auth.yamlName());
        Boolean encrypted = r.nextInt(3) == 0 ? null : r.nextBoolean();
        if (encrypted != null) {
            doc.add("    encrypted: ").add(encrypted).add('\n');
        }
        fact(key, "encrypted", String.valueOf(encrypted));
        boolean alwaysOn = r.nextBoolean();
        if (alwaysOn || r.nextBoolean()) {
            doc.add("    always_on: ").add(alwaysOn).add('\n');
        }
        fact(key, "always_on", String.valueOf(alwaysOn));
    }

    private void via(Doc doc, SplittableRandom r, String key) {
        List<String> via = new ArrayList<>();
        if (plan.assets() > 0 && r.nextInt(3) == 0) {
            int n = 1 + r.nextInt(2);
            List<String> written = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int a = r.nextInt(plan.assets());
                via.add(plan.ref(RefKind.ASSET, a));
                written.add(r.nextBoolean() ? plan.id(RefKind.ASSET, a) : plan.ref(RefKind.ASSET, a));
            }
            doc.add("    via: [").add(String.join(", ", written)).add("]\n");
        }
        fact(key, "via", String.join(",", via));
    }

    private void connectionTexts(Doc doc, SplittableRandom r, String key) {
        if (r.nextBoolean()) {
            doc.add("    purpose: ").text(r, "Process data to the control centre").add('\n');
        }
        if (r.nextInt(3) == 0) {
            doc.add("    justification: ").text(r, "Needed for operations: approved by the OT lead").add('\n');
        }
        if (r.nextInt(4) == 0) {
            LocalDate expires = date(r);
            doc.add("    expires: ").add(expires).add('\n');
            fact(key, "expires", expires.toString());
        } else {
            fact(key, "expires", "null");
        }
    }

    private Pool connectionPool(int i) {
        return new Pool()
                .add(3, plan.assets(), j -> plan.ref(RefKind.ASSET, j))
                .add(1, plan.zones(), j -> plan.ref(RefKind.ZONE, j))
                .add(1, plan.suppliers(), j -> plan.ref(RefKind.SUPPLIER, j))
                .add(2, Math.min(i, 20), j -> plan.ref(RefKind.CONNECTION, i - 1 - j));
    }

    // ------------------------------------------------------------------ suppliers

    private void suppliers(Doc doc) {
        SplittableRandom r = plan.random(SUPPLIERS);
        doc.add("\nsuppliers:\n");
        for (int i = 0; i < plan.suppliers(); i++) {
            supplier(doc, r, i);
        }
    }

    private void supplier(Doc doc, SplittableRandom r, int i) {
        String id = plan.id(RefKind.SUPPLIER, i);
        String key = "supplier:" + id;
        fact(key, "line", String.valueOf(doc.line()));
        doc.add("  - id: ").add(id).add("\n    name: ").text(r, VENDORS[i % VENDORS.length] + " service " + i).add('\n');
        TreeSet<String> provides = new TreeSet<>();
        int n = r.nextInt(4);
        for (int k = 0; k < n; k++) {
            provides.add(PROVIDES[r.nextInt(PROVIDES.length)]);
        }
        if (!provides.isEmpty()) {
            doc.add("    provides: [").add(String.join(", ", provides)).add("]\n");
        }
        fact(key, "provides", String.join(",", provides));
        if (r.nextInt(3) > 0) {
            Span sla = span(r);
            doc.add("    support_sla: ").add(sla.text).add('\n');
            fact(key, "support_sla", sla.expected());
        } else {
            fact(key, "support_sla", "null");
        }
        boolean single = r.nextBoolean();
        doc.add("    single_source: ").add(single).add('\n');
        fact(key, "single_source", String.valueOf(single));
        if (r.nextBoolean()) {
            int p = r.nextInt(plan.people());
            doc.add("    contract_owner: ").add(r.nextBoolean() ? plan.id(RefKind.PERSON, p) : plan.ref(RefKind.PERSON, p))
                    .add('\n');
            fact(key, "contract_owner", plan.ref(RefKind.PERSON, p));
        } else {
            fact(key, "contract_owner", "null");
        }
    }

    // ------------------------------------------------------------------ controls

    private void controls(Doc doc) {
        if (plan.controls() == 0) {
            return;
        }
        SplittableRandom r = plan.random(CONTROLS);
        doc.add("\ncontrols:\n");
        for (int i = 0; i < plan.controls(); i++) {
            control(doc, r, i);
        }
    }

    private void control(Doc doc, SplittableRandom r, int i) {
        String id = plan.id(RefKind.CONTROL, i);
        String key = "control:" + id;
        ControlKind kind = plan.controlKind(i);
        fact(key, "line", String.valueOf(doc.line()));
        doc.add("  - id: ").add(id).add("\n    kind: ").add(kind.yamlName()).add('\n');
        Map<String, Object> expected = new LinkedHashMap<>();
        if (r.nextBoolean()) {
            doc.add("    name: ").text(r, "Control " + i).add('\n');
            expected.put("name", "Control " + i);
        }
        appliesTo(doc, r, key);
        boolean firstOfKind = i < ControlKind.values().length;
        for (FieldSpec parameter : ControlParameters.of(kind)) {
            if (firstOfKind || r.nextInt(10) < 7) {
                doc.add("    ").add(parameter.name()).add(": ");
                expected.put(parameter.name(), parameterValue(doc, r, parameter.type()));
                doc.add('\n');
            }
        }
        if (r.nextInt(3) == 0) {
            String name = FREE_PARAMETERS[r.nextInt(FREE_PARAMETERS.length)];
            doc.add("    ").add(name).add(": ");
            expected.put(name, freeValue(doc, r));
            doc.add('\n');
        }
        if (r.nextInt(10) == 0) {
            doc.add("    x-audit: [2025, passed]\n");
        }
        fact(key, "parameters", expected.toString());
    }

    private void appliesTo(Doc doc, SplittableRandom r, String key) {
        List<String> refs = new ArrayList<>();
        if (r.nextBoolean()) {
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                int roll = r.nextInt(10);
                if (roll < 5 && plan.assets() > 0) {
                    refs.add(plan.ref(RefKind.ASSET, r.nextInt(plan.assets())));
                } else if (roll < 8 || plan.connections() == 0) {
                    refs.add(plan.ref(RefKind.ZONE, r.nextInt(plan.zones())));
                } else {
                    refs.add(plan.ref(RefKind.CONNECTION, r.nextInt(plan.connections())));
                }
            }
            doc.add("    applies_to: [").add(String.join(", ", refs)).add("]\n");
        }
        fact(key, "applies_to", String.join(",", refs));
    }

    /** Writes a valid value of a documented parameter and returns it as the loader converts it. */
    private Object parameterValue(Doc doc, SplittableRandom r, FieldType type) {
        if (type instanceof FieldType.Flag) {
            boolean value = r.nextBoolean();
            doc.add(value);
            return value;
        }
        if (type instanceof FieldType.WholeNumber number) {
            long value = number.min() + r.nextInt(100);
            doc.add(value);
            return value;
        }
        if (type instanceof FieldType.Span span) {
            if (!span.words().isEmpty() && r.nextInt(3) == 0) {
                String word = span.words().get(r.nextInt(span.words().size()));
                doc.add(word);
                return word;
            }
            Span value = span(r);
            doc.add(value.text);
            return value.duration;
        }
        if (type instanceof FieldType.Words words) {
            String value = words.values().get(r.nextInt(words.values().size()));
            doc.add(value);
            return value;
        }
        if (type instanceof FieldType.Day) {
            LocalDate value = date(r);
            doc.add(value);
            return value;
        }
        if (type instanceof FieldType.Text) {
            String value = r.nextBoolean() ? "control room" : "\"cabinet 2: drawings, restore procedures\"";
            doc.add(value);
            return value.replace("\"", "");
        }
        if (type instanceof FieldType.ListOf list && list.item() instanceof FieldType.Text) {
            if (list.singleAllowed() && r.nextBoolean()) {
                doc.add("historian-config");
                return List.of("historian-config");
            }
            doc.add("[plc-programs, scada-config, \"hmi screens\"]");
            return List.of("plc-programs", "scada-config", "hmi screens");
        }
        throw new IllegalStateException("no generator for documented parameter type " + type
                + "; extend RandomModelWriter.parameterValue");
    }

    /** A free parameter: a number, flag, text or list of those. */
    private Object freeValue(Doc doc, SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0 -> {
                long value = r.nextInt(10_000);
                doc.add(value);
                return value;
            }
            case 1 -> {
                doc.add("0.75");
                return 0.75;
            }
            case 2 -> {
                boolean value = r.nextBoolean();
                doc.add(value);
                return value;
            }
            case 3 -> {
                String value = "CHG-" + r.nextInt(1000);
                doc.add('"').add(value).add('"');
                return value;
            }
            default -> {
                doc.add("[weekly, 3, true]");
                return List.of("weekly", 3L, true);
            }
        }
    }

    // ------------------------------------------------------------------ governance

    private void responsibilities(Doc doc, SplittableRandom r) {
        if (plan.responsibilities() == 0) {
            return;
        }
        doc.add("\nresponsibilities:\n");
        for (int i = 0; i < plan.responsibilities(); i++) {
            responsibility(doc, r, i);
        }
    }

    private void responsibility(Doc doc, SplittableRandom r, int i) {
        String key = "responsibility#" + i;
        String subject = i == 0 ? "program:ot-security" : anySubject(r);
        fact(key, "line", String.valueOf(doc.line()));
        doc.add("  - subject: ").add(subject).add('\n');
        fact(key, "subject", subject);
        String accountable = plan.ref(RefKind.PERSON, r.nextInt(plan.people()));
        switch (r.nextInt(3)) {
            case 0 -> doc.add("    accountable: ").add(accountable).add('\n');
            case 1 -> doc.add("    accountable: [").add(accountable).add("]\n");
            default -> doc.add("    accountable:\n      - ").add(accountable).add('\n');
        }
        fact(key, "accountable", accountable);
        for (String role : new String[] {"responsible", "consulted", "informed"}) {
            List<String> parties = parties(r);
            if (parties.size() == 1 && r.nextBoolean()) {
                doc.add("    ").add(role).add(": ").add(parties.get(0)).add('\n');
            } else if (!parties.isEmpty() || r.nextBoolean()) {
                doc.add("    ").add(role).add(": [").add(String.join(", ", parties)).add("]\n");
            }
            fact(key, role, String.join(",", parties));
        }
    }

    private List<String> parties(SplittableRandom r) {
        List<String> parties = new ArrayList<>();
        int n = r.nextInt(3);
        for (int k = 0; k < n; k++) {
            parties.add(r.nextBoolean() ? plan.ref(RefKind.UNIT, r.nextInt(plan.units()))
                    : plan.ref(RefKind.PERSON, r.nextInt(plan.people())));
        }
        return parties;
    }

    /** Any kind of subject: elements, people, units, controls, the programme or a special endpoint. */
    private String anySubject(SplittableRandom r) {
        for (int attempt = 0; ; attempt++) {
            int roll = r.nextInt(12);
            String subject = switch (roll) {
                case 0, 1 -> some(r, RefKind.ZONE, plan.zones());
                case 2, 3 -> some(r, RefKind.ASSET, plan.assets());
                case 4 -> some(r, RefKind.SERVICE, plan.services());
                case 5 -> some(r, RefKind.CONNECTION, plan.connections());
                case 6 -> some(r, RefKind.SUPPLIER, plan.suppliers());
                case 7 -> some(r, RefKind.CONTROL, plan.controls());
                case 8 -> some(r, RefKind.PERSON, plan.people());
                case 9 -> some(r, RefKind.UNIT, plan.units());
                case 10 -> "program:ot-security";
                default -> r.nextBoolean() ? "internet" : "removable-media";
            };
            if (subject != null) {
                return subject;
            }
        }
    }

    private static void add(List<String> into, String ref) {
        if (ref != null) {
            into.add(ref);
        }
    }

    private String some(SplittableRandom r, RefKind kind, int count) {
        return count == 0 ? null : plan.ref(kind, r.nextInt(count));
    }

    private void scenarios(Doc doc, SplittableRandom r) {
        if (plan.scenarios() == 0) {
            return;
        }
        doc.add("\nscenarios:\n");
        for (int i = 0; i < plan.scenarios(); i++) {
            String id = plan.scenarioId(i);
            List<String> fail = new ArrayList<>();
            List<String> compromise = new ArrayList<>();
            int n = 1 + r.nextInt(3);
            for (int k = 0; k < n; k++) {
                if (r.nextBoolean()) {
                    add(fail, switch (r.nextInt(5)) {
                        case 0 -> some(r, RefKind.ASSET, plan.assets());
                        case 1 -> some(r, RefKind.CONNECTION, plan.connections());
                        case 2 -> some(r, RefKind.SERVICE, plan.services());
                        case 3 -> some(r, RefKind.SUPPLIER, plan.suppliers());
                        default -> some(r, RefKind.ZONE, plan.zones());
                    });
                } else {
                    add(compromise, switch (r.nextInt(5)) {
                        case 0 -> some(r, RefKind.ASSET, plan.assets());
                        case 1 -> some(r, RefKind.SUPPLIER, plan.suppliers());
                        case 2 -> "internet";
                        case 3 -> "removable-media";
                        default -> some(r, RefKind.ZONE, plan.zones());
                    });
                }
            }
            doc.add("  - {id: ").add(id).add(", name: ").text(r, "What if " + i).add(", fail: [")
                    .add(String.join(", ", fail)).add("], compromise: [").add(String.join(", ", compromise)).add("]}\n");
            fact("scenario:" + id, "fail", String.join(",", fail));
            fact("scenario:" + id, "compromise", String.join(",", compromise));
        }
    }

    private void exceptions(Doc doc, SplittableRandom r) {
        if (plan.exceptions() == 0) {
            return;
        }
        doc.add("\nexceptions:\n");
        for (int i = 0; i < plan.exceptions(); i++) {
            String key = "exception#" + i;
            String rule = String.format("OTB-%s-%03d", new String[] {"FIT", "EXP", "GOV", "RES"}[r.nextInt(4)],
                    1 + r.nextInt(20));
            String subject = anySubject(r);
            int approver = r.nextInt(plan.people());
            LocalDate expires = date(r);
            doc.add("  - {rule: ").add(rule).add(", subject: ").add(subject)
                    .add(", reason: ").text(r, "Compensated by monitoring; review yearly")
                    .add(", approved_by: ").add(r.nextBoolean() ? plan.id(RefKind.PERSON, approver)
                            : plan.ref(RefKind.PERSON, approver))
                    .add(", expires: ").add(expires).add("}\n");
            fact(key, "rule", rule);
            fact(key, "subject", subject);
            fact(key, "approved_by", plan.ref(RefKind.PERSON, approver));
            fact(key, "expires", expires.toString());
        }
    }

    private static final String[] ACCOUNT_KINDS = {"personal", "shared", "vendor", "default", "service", "break-glass"};
    private static final String[] ACCOUNT_VALUES = {"personal", "shared", "vendor", "vendor-default", "service",
        "emergency"};

    /** Accounts, in spellings people write (default, break-glass), on assets, zones and connections. */
    private void accounts(Doc doc) {
        SplittableRandom r = plan.random(ACCOUNTS);
        doc.add("\naccounts:\n");
        for (int i = 0; i < plan.accounts(); i++) {
            String id = plan.id(RefKind.ACCOUNT, i);
            String key = "account:" + id;
            int kind = r.nextInt(ACCOUNT_KINDS.length);
            List<String> usedOn = new ArrayList<>();
            add(usedOn, switch (r.nextInt(3)) {
                case 0 -> plan.assets() > 0 ? plan.ref(RefKind.ASSET, r.nextInt(plan.assets()))
                        : plan.ref(RefKind.ZONE, r.nextInt(plan.zones()));
                case 1 -> plan.ref(RefKind.ZONE, r.nextInt(plan.zones()));
                default -> plan.connections() > 0 ? plan.ref(RefKind.CONNECTION, r.nextInt(plan.connections()))
                        : plan.ref(RefKind.ZONE, r.nextInt(plan.zones()));
            });
            String holder = r.nextBoolean() ? plan.ref(RefKind.PERSON, r.nextInt(plan.people()))
                    : plan.ref(RefKind.SUPPLIER, r.nextInt(plan.suppliers()));
            String domain = new String[] {"it", "ot", "local", "cloud", "corporate"}[r.nextInt(5)];
            boolean mfa = r.nextBoolean();
            LocalDate used = date(r);
            doc.add("  - {id: ").add(id).add(", kind: ").add(ACCOUNT_KINDS[kind]).add(", domain: ").add(domain)
                    .add(", holders: [").add(holder).add("], used_on: [").add(String.join(", ", usedOn))
                    .add("], mfa: ").add(mfa ? "yes" : "no").add(", last_used: ").add(used).add("}\n");
            fact(key, "kind", ACCOUNT_VALUES[kind]);
            fact(key, "domain", domain.equals("corporate") ? "it" : domain);
            fact(key, "used_on", String.join(",", usedOn));
            fact(key, "holders", holder);
            fact(key, "mfa", String.valueOf(mfa));
            fact(key, "last_used", used.toString());
        }
    }

    // ------------------------------------------------------------------ requires expressions

    /** Writes {@code requires} (or nothing, half of the time or when nothing may be required) and its fact. */
    private void requires(Doc doc, SplittableRandom r, String key, String indent, Pool pool) {
        Dep dep = r.nextBoolean() ? dependency(r, pool) : null;
        if (dep == null) {
            fact(key, "requires", "all()");
            return;
        }
        fact(key, "requires", dep.canonical());
        doc.add(indent).add("requires:");
        if (dep instanceof Group group && group.form.equals("list") && r.nextBoolean()) {
            for (Dep item : group.items) {
                doc.add('\n').add(indent).add("  - ").add(item.flow());
            }
            doc.add('\n');
        } else if (dep instanceof Group group && group.form.equals("atleast") && r.nextBoolean()) {
            doc.add('\n').add(indent).add("  at_least: ").add(group.k).add('\n').add(indent).add("  of:\n");
            for (Dep item : group.items) {
                doc.add(indent).add("    - ").add(item.flow()).add('\n');
            }
        } else {
            doc.add(' ').add(dep.flow()).add('\n');
        }
    }

    /** A random expression over the pool; null when the pool is empty. */
    private Dep dependency(SplittableRandom r, Pool pool) {
        if (pool.isEmpty()) {
            return null;
        }
        int roll = r.nextInt(20);
        if (roll < 3) {
            return new On(pool.next(r));
        }
        String form = roll < 14 ? "list" : roll < 16 ? "all" : roll < 18 ? "any" : "atleast";
        return group(r, pool, form, 0);
    }

    private Dep group(SplittableRandom r, Pool pool, String form, int depth) {
        int n = form.equals("atleast") ? 2 + r.nextInt(3) : 1 + r.nextInt(3);
        List<Dep> items = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            if (depth < 3 && r.nextInt(5) == 0) {
                items.add(group(r, pool, new String[] {"list", "all", "any", "atleast"}[r.nextInt(4)], depth + 1));
            } else {
                items.add(new On(pool.next(r)));
            }
        }
        return new Group(form, form.equals("atleast") ? 1 + r.nextInt(n) : 0, items, r.nextBoolean());
    }

    private sealed interface Dep permits On, Group {
        String flow();

        String canonical();
    }

    private record On(String ref) implements Dep {
        public String flow() {
            return ref;
        }

        public String canonical() {
            return ref;
        }
    }

    /** form: list, all, any or atleast (k of items); {@code swap} writes {of:} before {at_least:}. */
    private record Group(String form, int k, List<Dep> items, boolean swap) implements Dep {
        public String flow() {
            String list = items.stream().map(Dep::flow).collect(Collectors.joining(", ", "[", "]"));
            return switch (form) {
                case "list" -> list;
                case "all" -> "{all: " + list + "}";
                case "any" -> "{any: " + list + "}";
                default -> swap ? "{of: " + list + ", at_least: " + k + "}" : "{at_least: " + k + ", of: " + list + "}";
            };
        }

        public String canonical() {
            String items = this.items.stream().map(Dep::canonical).collect(Collectors.joining(",", "(", ")"));
            return switch (form) {
                case "list", "all" -> "all" + items;
                case "any" -> "any" + items;
                default -> "atleast" + k + items;
            };
        }
    }

    /** Weighted sources of references, each a range [0, size) mapped to a reference. */
    private static final class Pool {
        private final List<Integer> weights = new ArrayList<>(5);
        private final List<Integer> sizes = new ArrayList<>(5);
        private final List<IntFunction<String>> refs = new ArrayList<>(5);
        private int totalWeight;

        Pool add(int weight, int size, IntFunction<String> ref) {
            if (size > 0) {
                weights.add(weight);
                sizes.add(size);
                refs.add(ref);
                totalWeight += weight;
            }
            return this;
        }

        boolean isEmpty() {
            return totalWeight == 0;
        }

        String next(SplittableRandom r) {
            int roll = r.nextInt(totalWeight);
            for (int s = 0; ; s++) {
                roll -= weights.get(s);
                if (roll < 0) {
                    return refs.get(s).apply(r.nextInt(sizes.get(s)));
                }
            }
        }
    }

    // ------------------------------------------------------------------ values

    private record Span(String text, Duration duration) {
        String expected() {
            return duration.toString();
        }
    }

    /** 30m, 4h, 2d, 1w with a random amount. */
    private static Span span(SplittableRandom r) {
        int amount = 1 + r.nextInt(r.nextInt(10) == 0 ? 999 : 48);
        return switch (r.nextInt(4)) {
            case 0 -> new Span(amount + "m", Duration.ofMinutes(amount));
            case 1 -> new Span(amount + "h", Duration.ofHours(amount));
            case 2 -> new Span(amount + "d", Duration.ofDays(amount));
            default -> new Span(amount + "w", Duration.ofDays(7L * amount));
        };
    }

    private static LocalDate date(SplittableRandom r) {
        return LocalDate.of(2020 + r.nextInt(11), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    private static <E extends Enum<E> & YamlEnum> E pickEnum(SplittableRandom r, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Records a fact for sampled elements only, so 100,000-asset models stay cheap. */
    private void fact(String element, String field, String value) {
        if (sampled(element)) {
            facts.put(element + "/" + field, value);
        }
    }

    private static boolean sampled(String element) {
        int digits = element.length();
        while (digits > 0 && Character.isDigit(element.charAt(digits - 1))) {
            digits--;
        }
        if (digits == element.length()) {
            return true;
        }
        int index = Integer.parseInt(element.substring(digits));
        return index < 64 || index % 997 == 0;
    }

    /** A file being written, with a line counter that scans only what was added since it was last asked. */
    private static final class Doc {
        private static final java.util.regex.Pattern PLAIN =
                java.util.regex.Pattern.compile("[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå .'()/_-]*");
        private static final char[] HEX = "0123456789abcdef".toCharArray();

        final String name;
        private final StringBuilder out;
        private int scanned;
        private int line = 1;

        Doc(String name, long capacity) {
            this.name = name;
            this.out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, capacity));
        }

        Doc add(String text) {
            out.append(text);
            return this;
        }

        Doc add(char c) {
            out.append(c);
            return this;
        }

        Doc add(long number) {
            out.append(number);
            return this;
        }

        Doc add(boolean flag) {
            out.append(flag);
            return this;
        }

        Doc add(Object value) {
            out.append(value);
            return this;
        }

        /** Free text in a random valid style: plain when safe, else (or sometimes anyway) quoted. */
        Doc text(SplittableRandom r, String value) {
            boolean plainSafe = PLAIN.matcher(value).matches() && !value.endsWith(" ");
            int style = plainSafe ? r.nextInt(6) : 3 + r.nextInt(3);
            if (style < 3) {
                return add(value);
            }
            if (style < 5) {
                return add('"').add(value.replace("\\", "\\\\").replace("\"", "\\\"")).add('"');
            }
            return add('\'').add(value.replace("'", "''")).add('\'');
        }

        /** The 1-based line the next character will be written on. */
        int line() {
            for (; scanned < out.length(); scanned++) {
                if (out.charAt(scanned) == '\n') {
                    line++;
                }
            }
            return line;
        }

        String text() {
            return out.toString();
        }
    }
}
