package org.otbridge.synth;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.otbridge.synth.Catalog.Kind;
import org.otbridge.synth.Catalog.Product;
import org.otbridge.synth.Catalog.SupplierSpec;

/**
 * The files every generated model shares: the organisation (central units and people, one
 * operations unit with two people per region of {@value Plan#SITES_PER_REGION} sites), the
 * corporate services, corporate IT with the shared DMZ and the external zone, the controls,
 * the suppliers, and the corporate governance (RACI, scenarios, exceptions). It also answers
 * the questions sites ask about them (which suppliers exist, which integrator a site uses).
 */
final class SharedWriter {

    /** Central people: id, unit, title. The OT security lead holds the programme mandate. */
    private static final String[][] PEOPLE = {
        {"ceo", "mgmt", "Chief executive officer"},
        {"cio", "it", "Chief information officer"},
        {"head-it-infra", "it-infra", "Head of IT infrastructure"},
        {"ciso", "sec", "Chief information security officer"},
        {"ot-sec-lead", "sec", "OT security lead"},
        {"head-eng", "eng", "Head of automation engineering"},
        {"head-ops", "ops", "Director of operations"},
        {"proc-mgr", "proc", "Procurement and contract manager"},
        {"hse-mgr", "hse", "HSE manager"},
        {"bcm-coord", "bcm", "Emergency preparedness coordinator"},
        {"risk-mgr", "risk", "Risk and compliance manager"},
    };

    private static final String[][] UNITS = {
        {"mgmt", "Executive management", "management"},
        {"it", "IT services", "it"},
        {"it-infra", "IT infrastructure and network", "it"},
        {"sec", "Security office", "security"},
        {"ops", "Operations staff functions", "operations"},
        {"eng", "Automation engineering", "engineering"},
        {"proc", "Procurement and contracts", "supplier-management"},
        {"hse", "Health, safety and environment", "safety"},
        {"bcm", "Emergency preparedness", "contingency"},
        {"risk", "Risk and compliance", "risk"},
    };

    /** Controls every model has: the corporate IT baseline, then the OT-fit alternatives. */
    private static final List<Map<String, Object>> CONTROLS = List.of(
        Yaml.map("id", "pw-it-13", "kind", "password-policy", "name", "Corporate password policy", "min_length", 13,
            "rotation_days", 90, "complexity", true, "history", 24, "applies_to", List.of("zone:corp")),
        Yaml.map("id", "lockout-5", "kind", "account-lockout", "name", "Corporate account lockout", "threshold", 5,
            "duration", "30m", "alert_only", false, "applies_to", List.of("zone:corp")),
        Yaml.map("id", "lock-it-10", "kind", "screen-lock", "name", "Corporate screen lock", "timeout", "10m",
            "view_only_when_locked", false, "applies_to", List.of("zone:corp")),
        Yaml.map("id", "autopatch-it", "kind", "auto-patching", "name", "Corporate WSUS automatic updates",
            "approval", "auto", "reboot", "auto", "vendor_qualified", false, "source", "it-wsus",
            "applies_to", List.of("zone:corp")),
        Yaml.map("id", "av-it", "kind", "antivirus", "name", "Corporate endpoint antivirus", "scan", "on-access",
            "signature_source", "cloud", "vendor_qualified", false, "applies_to", List.of("zone:corp")),
        Yaml.map("id", "edr-it", "kind", "edr", "name", "Corporate EDR with automatic isolation", "response", "auto",
            "cloud_required", true, "applies_to", List.of("zone:corp")),
        Yaml.map("id", "vscan-it", "kind", "vulnerability-scanning", "name", "Weekly network scan", "mode", "active",
            "credentialed", true, "window", "production", "applies_to", List.of("zone:corp", "zone:dmz")),
        Yaml.map("id", "mfa-ra", "kind", "mfa", "name", "Remote access second factor", "method", "totp",
            "verifier", "on-prem", "scope", "remote",
            "applies_to", List.of("asset:jump-central", "asset:rag-central")),
        Yaml.map("id", "ra-approval", "kind", "remote-access-approval",
            "name", "Vendor sessions approved by the duty operator", "applies_to", List.of("asset:rag-central")),
        Yaml.map("id", "badge-cr", "kind", "physical-access", "name", "Control room badge and PIN doors with CCTV"),
        Yaml.map("id", "lockout-alert", "kind", "account-lockout", "name", "Failed logons raise an alert",
            "threshold", 10, "alert_only", true),
        Yaml.map("id", "lock-view", "kind", "screen-lock", "name", "Screen lock that keeps the process view",
            "timeout", "15m", "view_only_when_locked", true),
        Yaml.map("id", "allowlist-ot", "kind", "application-allowlisting", "name", "Application allowlisting",
            "mode", "enforce"),
        Yaml.map("id", "usb-managed", "kind", "usb-block", "name", "Managed USB media only",
            "exception", "managed-media"),
        Yaml.map("id", "patch-ot", "kind", "auto-patching", "name", "Vendor-qualified patches from the DMZ",
            "approval", "manual", "reboot", "manual", "vendor_qualified", true, "source", "dmz"),
        Yaml.map("id", "bkp-ot", "kind", "backup", "name", "OT backup with offline copy",
            "scope", List.of("scada", "plc-programs"), "offline_copy", true, "restore_tested", "2026-05-12"),
        Yaml.map("id", "ids-ot", "kind", "network-monitoring", "name", "Passive OT network monitoring",
            "mode", "passive", "applies_to", List.of("zone:dmz")));

    private final Plan plan;
    private final Addresses addresses;
    private final List<SupplierSpec> suppliers;
    private final Set<String> supplierIds = new HashSet<>();
    private final List<String> integrators;
    int zones;
    int connections;

    SharedWriter(Plan plan, Addresses addresses) {
        this.plan = plan;
        this.addresses = addresses;
        this.suppliers = Catalog.suppliers(plan.random(Plan.SHARED, 0));
        suppliers.forEach(s -> supplierIds.add(s.id()));
        this.integrators = suppliers.stream().filter(SupplierSpec::integrator).map(SupplierSpec::id).toList();
    }

    int supplierCount() {
        return suppliers.size();
    }

    /** The integrator with remote access to a site: mostly the one for its kind of plant. */
    String integratorFor(Kind kind, SplittableRandom random) {
        if (supplierIds.contains(kind.preferredIntegrator()) && random.nextInt(100) < 70) {
            return kind.preferredIntegrator();
        }
        return integrators.get(random.nextInt(integrators.size()));
    }

    /** Who supplies a product: its maker when the model has it as a supplier, else the site integrator. */
    String supplierOf(Product product, String integrator) {
        return product.supplier() != null && supplierIds.contains(product.supplier()) ? product.supplier() : integrator;
    }

    private String name(String id) {
        return Catalog.person(plan.random(Plan.NAMES, id.hashCode()).nextLong());
    }

    // ------------------------------------------------------------------ 00-organization.yaml

    void organization(Yaml y) {
        y.comment("Organisation: central functions and one operations unit per region of " + Plan.SITES_PER_REGION
                + " sites.");
        y.comment("Generated by otbridge synth (seed " + plan.seed + ", " + plan.assets
                + " assets); a made-up utility, valid by construction.").blank();
        y.document();
        y.field("x-synthetic", Yaml.map("generator", "otbridge synth", "seed", plan.seed, "assets", plan.assets,
                "sites", plan.sites, "regions", plan.regions));
        y.blank().key("organization").map();
        y.field("name", "Nordlands Kraft og Varme (synthetic, " + plan.sites + " sites)");
        y.field("description", "A made-up regional utility with district heating, drinking water and power"
                + " distribution sites, generated for benchmarks and scale tests.");
        y.key("units").seq();
        for (String[] unit : UNITS) {
            y.flowMap().field("id", unit[0]).field("name", unit[1]).field("discipline", unit[2]).end();
        }
        for (int r = 0; r < plan.regions; r++) {
            String region = plan.regionId(r);
            y.flowMap().field("id", region + "-ops").field("name", "Operations region " + region.substring(1))
                    .field("discipline", "operations").end();
        }
        y.end().key("people").seq();
        for (String[] person : PEOPLE) {
            y.flowMap().field("id", person[0]).field("name", name(person[0])).field("unit", person[1])
                    .field("title", person[2]);
            if (person[0].equals("ot-sec-lead")) {
                y.list("mandate", "program:ot-security");
            }
            y.end();
        }
        for (int r = 0; r < plan.regions; r++) {
            String region = plan.regionId(r);
            y.flowMap().field("id", region + "-ops-mgr").field("name", name(region + "-ops-mgr"))
                    .field("unit", region + "-ops").field("title", "Operations manager region " + region.substring(1))
                    .end();
            y.flowMap().field("id", region + "-eng").field("name", name(region + "-eng")).field("unit", "eng")
                    .field("title", "Automation engineer region " + region.substring(1)).end();
        }
        y.end().end();
    }

    // ------------------------------------------------------------------ 01-services.yaml

    void services(Yaml y) {
        y.comment("Corporate services. Every site delivers its own service, declared in its site file.").blank();
        y.document();
        y.key("services").seq();
        y.map().field("id", "billing").field("name", "Metering and customer billing")
                .field("impact", Yaml.map("safety", "none", "supply", "low", "environment", "none", "financial", "high",
                        "society", "low"))
                .field("max_tolerable_downtime", "2d").list("requires", "asset:erp-1", "connection:erp-meter")
                .field("fallback", Yaml.map("description", "Estimated bills from last year", "capacity", "90%",
                        "sustainable_for", "2w", "last_tested", "2025-11-03"))
                .end();
        y.blank();
        y.map().field("id", "forecast").field("name", "Demand forecast and production dispatch")
                .field("impact", Yaml.map("safety", "none", "supply", "low", "environment", "medium", "financial",
                        "high", "society", "low"))
                .field("max_tolerable_downtime", "2d").list("requires", "asset:cloud-forecast", "connection:forecast-feed")
                .field("fallback", Yaml.map("description", "Spreadsheet forecast by the planners", "capacity", "90%",
                        "sustainable_for", "2w"))
                .end();
        y.end();
    }

    // ------------------------------------------------------------------ 02-corporate-it.yaml

    void corporate(Yaml y) {
        y.comment("Corporate IT, the external zone and the central OT DMZ that sites without their own DMZ use.");
        y.comment("The domain controllers dc-it-1 and dc-it-2 are required by OT hosts of domain-joined sites.")
                .blank();
        y.document();
        y.key("zones").seq();
        y.flowMap().field("id", "corp").field("name", "Corporate network").field("domain", "it").field("level", 4)
                .end();
        y.flowMap().field("id", "ext").field("name", "External services").field("domain", "external")
                .field("level", 5).field("flat", false).end();
        y.flowMap().field("id", "dmz").field("name", "Central OT DMZ").field("domain", "dmz").field("level", "3.5")
                .field("flat", false).field("target_sl", 3).end();
        y.end().blank();
        zones += 3;
        long corp = addresses.subnet(16);
        long dmz = addresses.subnet(16);
        y.key("assets").seq();
        asset(y, "fw-inet", "Internet firewall", "firewall", "corp", corp + 1, Catalog.FIREWALL, null, null, "head-it-infra");
        asset(y, "dc-it-1", "Domain controller 1", "domain-controller", "corp", corp + 10,
                new Product("Microsoft", "Windows Server 2019 Active Directory", "1809", "fjordnett"), null, null,
                "head-it-infra");
        asset(y, "dc-it-2", "Domain controller 2", "domain-controller", "corp", corp + 11,
                new Product("Microsoft", "Windows Server 2019 Active Directory", "1809", "fjordnett"), null, null,
                "head-it-infra");
        asset(y, "wsus-it", "Corporate WSUS server", "server", "corp", corp + 12,
                new Product("Microsoft", "Windows Server Update Services", "2019", "fjordnett"), null, null,
                "head-it-infra");
        asset(y, "erp-1", "ERP and billing", "erp", "corp", corp + 20,
                new Product("SAP", "S/4HANA Utilities", "2022", null), null, List.of("asset:dc-it-1"), "cio");
        asset(y, "bkp-it", "Corporate backup server", "server", "corp", corp + 21,
                new Product("Veeam", "Backup and Replication", "12.1", "fjordnett"), null, null, "head-it-infra");
        asset(y, "mail-it", "Mail and file server", "server", "corp", corp + 22,
                new Product("Microsoft", "Exchange Server 2019", "CU14", "fjordnett"), null, List.of("asset:dc-it-1"),
                "head-it-infra");
        asset(y, "ws-it-admin", "IT administrator workstation", "workstation", "corp", corp + 100, Catalog.WORKSTATION,
                List.of("pw-it-13", "edr-it"), null, "head-it-infra");
        asset(y, "ws-planner", "Production planner workstation", "workstation", "corp", corp + 101,
                Catalog.WORKSTATION, List.of("pw-it-13", "edr-it"), null, "head-ops");
        asset(y, "tl-inet", "Internet uplink", "telecom-link", "ext", -1,
                new Product("Arktel", "Business fibre 1 Gbit/s", "n/a", "arktel"), null, null, "head-it-infra");
        asset(y, "cloud-forecast", "Heat and load forecast service", "cloud-service", "ext", -1,
                new Product("Heatcast", "Forecast SaaS", "2026.3", "heatcast"), null, List.of("supplier:heatcast"),
                "head-ops");
        asset(y, "cloud-fleet", "Vendor fleet monitoring portal", "cloud-service", "ext", -1,
                new Product("Siemens", "Industrial Edge fleet management", "1.14", null), null, null, "head-eng");
        asset(y, "cloud-o365", "Office cloud", "cloud-service", "ext", -1,
                new Product("Microsoft", "Microsoft 365", "n/a", "fjordnett"), null, null, "cio");
        asset(y, "fw-it-ot", "Central IT/OT boundary firewall", "firewall", "dmz", dmz + 1, Catalog.FIREWALL, null, null,
                "head-it-infra");
        asset(y, "jump-central", "Central OT jump host", "jump-host", "dmz", dmz + 10, Catalog.JUMP_HOST,
                List.of("mfa-ra"), null, "head-it-infra");
        asset(y, "rag-central", "Remote access gateway for vendors", "remote-access-gateway", "dmz", dmz + 11,
                new Product("Cisco", "Secure Equipment Access", "1.3", null), List.of("mfa-ra", "ra-approval"), null,
                "head-it-infra");
        asset(y, "hist-dmz", "Central historian replica", "historian", "dmz", dmz + 20, Catalog.HISTORIAN, null, null,
                "head-eng");
        asset(y, "patch-dmz", "OT patch staging server", "server", "dmz", dmz + 21,
                new Product("Microsoft", "Windows Server Update Services (OT)", "2022", "fjordnett"), null, null,
                "head-it-infra");
        y.end();

        y.blank().key("connections").seq();
        List<String> inet = List.of("asset:tl-inet");
        connection(y, "corp-web", "Office internet access", "zone:corp", "internet", "https", List.of(443),
                List.of("asset:fw-inet"), "password", true, true, null, inet);
        connection(y, "msp-vpn", "IT managed-service VPN", "supplier:fjordnett", "zone:corp", "vpn", List.of(443),
                List.of("asset:fw-inet"), "mfa", true, true, "2027-06-30", inet);
        connection(y, "fw-admin", "Boundary firewall administration from IT", "zone:corp", "asset:fw-it-ot", "https",
                List.of(443), null, "password", true, true, null, null);
        connection(y, "corp-jump", "Office to central OT jump host", "zone:corp", "asset:jump-central", "rdp",
                List.of(3389), List.of("asset:fw-it-ot"), "mfa", true, false, null, null);
        connection(y, "hist-read", "Office users read the historian replica", "zone:corp", "asset:hist-dmz", "https",
                List.of(443), List.of("asset:fw-it-ot"), "password", true, true, null, null);
        connection(y, "erp-meter", "ERP reads metered volumes from the replica", "asset:erp-1", "asset:hist-dmz",
                "https", List.of(443), List.of("asset:fw-it-ot"), "certificate", true, true, null, null);
        connection(y, "forecast-feed", "Process data to the forecast cloud", "asset:hist-dmz", "asset:cloud-forecast",
                "https", List.of(443), List.of("asset:fw-it-ot", "asset:fw-inet"), "certificate", true, true, null,
                inet);
        connection(y, "o365", "Office cloud", "zone:corp", "asset:cloud-o365", "https", List.of(443),
                List.of("asset:fw-inet"), "mfa", true, true, null, inet);
        connection(y, "patch-sync", "Patch staging fetches vendor-qualified updates", "asset:patch-dmz", "internet",
                "https", List.of(443), List.of("asset:fw-it-ot", "asset:fw-inet"), "certificate", true, false, null,
                inet);
        y.end();

        y.blank().key("controls").seq();
        for (Map<String, Object> control : CONTROLS) {
            y.value(control);
        }
        y.end();
    }

    private void asset(Yaml y, String id, String name, String type, String zone, long ip, Product product,
            List<String> controls, List<String> requires, String owner) {
        y.map().field("id", id).field("name", name).field("type", type).field("zone", zone);
        if (ip >= 0) {
            y.key("ips").flowSeq().ip(ip).end();
        }
        SiteWriter.product(y, product);
        if (controls != null) {
            y.field("controls", controls);
        }
        if (requires != null) {
            y.field("requires", requires);
        }
        if (product.supplier() != null && supplierIds.contains(product.supplier())) {
            y.field("supplier", product.supplier());
        }
        y.field("owner", "person:" + owner).end();
    }

    private void connection(Yaml y, String id, String name, String from, String to, String protocol,
            List<Integer> ports, List<String> via, String auth, boolean encrypted, boolean alwaysOn, String expires,
            List<String> requires) {
        SiteWriter.connection(y, id, name, from, to, protocol, ports, "from", via, auth, encrypted, alwaysOn, expires,
                null, requires);
        connections++;
    }

    // ------------------------------------------------------------------ 03-suppliers.yaml

    void suppliers(Yaml y) {
        y.comment("Suppliers. Contracts are owned by procurement, except the integrator Nordlys (owned by the");
        y.comment("operations manager of region 1) and the forecast start-up Heatcast (owned by operations).").blank();
        y.document();
        y.key("suppliers").seq();
        for (SupplierSpec supplier : suppliers) {
            y.map().field("id", supplier.id()).field("name", supplier.name()).field("provides", supplier.provides())
                    .field("support_sla", supplier.sla()).field("single_source", supplier.singleSource())
                    .field("contract_owner", "person:" + contractOwner(supplier.id())).end();
        }
        y.end();
    }

    private String contractOwner(String supplier) {
        return switch (supplier) {
            case "nordlys" -> plan.regionId(0) + "-ops-mgr";
            case "heatcast" -> "head-ops";
            case "fjordnett" -> "cio";
            default -> "proc-mgr";
        };
    }

    // ------------------------------------------------------------------ 04-governance.yaml

    void governance(Yaml y) {
        String first = plan.siteId(0);
        y.comment("Corporate responsibilities, scenarios and accepted risks. Site subjects have their RACI lines");
        y.comment("in the site files.").blank();
        y.document();
        y.key("responsibilities").seq();
        raci(y, "program:ot-security", "ot-sec-lead", List.of("unit:sec", "unit:ops"),
                List.of("unit:it-infra", "unit:eng"), List.of("unit:mgmt"));
        raci(y, "zone:corp", "cio", List.of("unit:it", "unit:it-infra"), List.of("unit:sec"), null);
        raci(y, "zone:ext", "cio", List.of("unit:it"), List.of("unit:sec", "unit:proc"), null);
        raci(y, "zone:dmz", "head-it-infra", List.of("unit:it-infra"), List.of("unit:ops", "unit:sec"),
                List.of("unit:eng"));
        raci(y, "service:billing", "cio", List.of("unit:it"), List.of("unit:ops"), List.of("unit:mgmt"));
        raci(y, "service:forecast", "head-ops", List.of("unit:ops"), null, List.of("unit:mgmt"));
        raci(y, "connection:msp-vpn", "cio", List.of("unit:it-infra"), List.of("unit:sec", "unit:proc"), null);
        raci(y, "connection:fw-admin", "head-it-infra", List.of("unit:it-infra"), null, null);
        raci(y, "connection:forecast-feed", "head-ops", List.of("unit:ops"), null, null);
        for (SupplierSpec supplier : suppliers) {
            boolean opsOnly = supplier.id().equals("nordlys") || supplier.id().equals("heatcast");
            raci(y, "supplier:" + supplier.id(), contractOwner(supplier.id()),
                    opsOnly ? List.of("unit:ops") : List.of("unit:proc"),
                    opsOnly ? null : List.of("unit:sec", "unit:eng"), null);
        }
        y.end();

        y.blank().key("scenarios").seq();
        scenario(y, "it-ransomware", "Ransomware in the corporate network", "compromise", "zone:corp");
        scenario(y, "dc-loss", "Both corporate domain controllers lost", "fail", "asset:dc-it-1", "asset:dc-it-2");
        scenario(y, "integrator-breach", "Integrator remote access account taken over", "compromise",
                "supplier:nordlys");
        scenario(y, "telemetrik-gone", "Single-source RTU supplier ceases trading", "fail", "supplier:telemetrik");
        scenario(y, "internet-down", "Internet uplink lost", "fail", "asset:tl-inet");
        scenario(y, "first-site-scada", "Both SCADA servers of site " + first + " fail", "fail",
                "asset:" + first + "-scada-a", "asset:" + first + "-scada-b");
        y.end();

        y.blank().key("exceptions").seq();
        y.value(Yaml.map("rule", "OTB-ARCH-008", "subject", "connection:" + first + "-rdp-duty",
                "reason", "Duty engineer access until the jump host is rolled out", "approved_by", "person:cio",
                "expires", "2025-12-31"));
        y.value(Yaml.map("rule", "OTB-FIT-001", "subject", "asset:" + first + "-hmi-1",
                "reason", "Badge readers ordered for the control room",
                "approved_by", "person:" + plan.regionId(0) + "-ops-mgr", "expires", "2027-06-30"));
        y.end();
    }

    private static void scenario(Yaml y, String id, String name, String what, String... subjects) {
        y.flowMap().field("id", id).field("name", name).list(what, subjects).end();
    }

    static void raci(Yaml y, String subject, String accountable, List<String> responsible, List<String> consulted,
            List<String> informed) {
        y.map().field("subject", subject).field("accountable", "person:" + accountable);
        if (responsible != null) {
            y.field("responsible", responsible);
        }
        if (consulted != null) {
            y.field("consulted", consulted);
        }
        if (informed != null) {
            y.field("informed", informed);
        }
        y.end();
    }
}
