package org.otbridge.model.synth;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.otbridge.model.synth.Catalog.Kind;
import org.otbridge.model.synth.Catalog.Product;
import org.otbridge.model.synth.Catalog.SupplierSpec;

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
    private static final String[] CONTROLS = {
        "{id: pw-it-13, kind: password-policy, name: Corporate password policy, min_length: 13, rotation_days: 90,"
            + " complexity: true, history: 24, applies_to: [zone:corp]}",
        "{id: lockout-5, kind: account-lockout, name: Corporate account lockout, threshold: 5, duration: 30m,"
            + " alert_only: false, applies_to: [zone:corp]}",
        "{id: lock-it-10, kind: screen-lock, name: Corporate screen lock, timeout: 10m, view_only_when_locked: false,"
            + " applies_to: [zone:corp]}",
        "{id: autopatch-it, kind: auto-patching, name: Corporate WSUS automatic updates, approval: auto, reboot: auto,"
            + " vendor_qualified: false, source: it-wsus, applies_to: [zone:corp]}",
        "{id: av-it, kind: antivirus, name: Corporate endpoint antivirus, scan: on-access, signature_source: cloud,"
            + " vendor_qualified: false, applies_to: [zone:corp]}",
        "{id: edr-it, kind: edr, name: Corporate EDR with automatic isolation, response: auto, cloud_required: true,"
            + " applies_to: [zone:corp]}",
        "{id: vscan-it, kind: vulnerability-scanning, name: Weekly network scan, mode: active, credentialed: true,"
            + " window: production, applies_to: [zone:corp, zone:dmz]}",
        "{id: mfa-ra, kind: mfa, name: Remote access second factor, method: totp, verifier: on-prem, scope: remote,"
            + " applies_to: [asset:jump-central, asset:rag-central]}",
        "{id: ra-approval, kind: remote-access-approval, name: Vendor sessions approved by the duty operator,"
            + " applies_to: [asset:rag-central]}",
        "{id: badge-cr, kind: physical-access, name: Control room badge and PIN doors with CCTV}",
        "{id: lockout-alert, kind: account-lockout, name: Failed logons raise an alert, threshold: 10,"
            + " alert_only: true}",
        "{id: lock-view, kind: screen-lock, name: Screen lock that keeps the process view, timeout: 15m,"
            + " view_only_when_locked: true}",
        "{id: allowlist-ot, kind: application-allowlisting, name: Application allowlisting, mode: enforce}",
        "{id: usb-managed, kind: usb-block, name: Managed USB media only, exception: managed-media}",
        "{id: patch-ot, kind: auto-patching, name: Vendor-qualified patches from the DMZ, approval: manual,"
            + " reboot: manual, vendor_qualified: true, source: dmz}",
        "{id: bkp-ot, kind: backup, name: OT backup with offline copy, scope: [scada, plc-programs],"
            + " offline_copy: true, restore_tested: 2026-05-12}",
        "{id: ids-ot, kind: network-monitoring, name: Passive OT network monitoring, mode: passive,"
            + " applies_to: [zone:dmz]}",
    };

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

    void organization(Yaml y) throws IOException {
        y.s("# Organisation: central functions and one operations unit per region of ").n(Plan.SITES_PER_REGION)
                .s(" sites.\n# Generated by otbridge synth (seed ").n(plan.seed).s(", ").n(plan.assets)
                .s(" assets); a made-up utility, valid by construction.\n\n");
        y.s("x-synthetic: {generator: otbridge synth, seed: ").n(plan.seed).s(", assets: ").n(plan.assets)
                .s(", sites: ").n(plan.sites).s(", regions: ").n(plan.regions).s("}\n\n");
        y.s("organization:\n  name: Nordlands Kraft og Varme (synthetic, ").n(plan.sites).s(" sites)\n");
        y.s("  description: >-\n    A made-up regional utility with district heating, drinking water and power distribution\n"
                + "    sites, generated for benchmarks and scale tests.\n");
        y.s("  units:\n");
        for (String[] unit : UNITS) {
            y.s("    - {id: ").s(unit[0]).s(", name: ").s(unit[1].replace(",", "")).s(", discipline: ").s(unit[2])
                    .s("}\n");
        }
        for (int r = 0; r < plan.regions; r++) {
            String region = plan.regionId(r);
            y.s("    - {id: ").s(region).s("-ops, name: Operations region ").s(region.substring(1))
                    .s(", discipline: operations}\n");
        }
        y.s("  people:\n");
        for (String[] person : PEOPLE) {
            y.s("    - {id: ").s(person[0]).s(", name: ").s(name(person[0])).s(", unit: ").s(person[1])
                    .s(", title: ").s(person[2]);
            if (person[0].equals("ot-sec-lead")) {
                y.s(", mandate: [program:ot-security]");
            }
            y.s("}\n");
        }
        for (int r = 0; r < plan.regions; r++) {
            String region = plan.regionId(r);
            y.s("    - {id: ").s(region).s("-ops-mgr, name: ").s(name(region + "-ops-mgr")).s(", unit: ").s(region)
                    .s("-ops, title: Operations manager region ").s(region.substring(1)).s("}\n");
            y.s("    - {id: ").s(region).s("-eng, name: ").s(name(region + "-eng"))
                    .s(", unit: eng, title: Automation engineer region ").s(region.substring(1)).s("}\n");
        }
    }

    // ------------------------------------------------------------------ 01-services.yaml

    void services(Yaml y) throws IOException {
        y.s("# Corporate services. Every site delivers its own service, declared in its site file.\n\n");
        y.s("services:\n");
        y.s("  - id: billing\n    name: Metering and customer billing\n"
                + "    impact: {safety: none, supply: low, environment: none, financial: high, society: low}\n"
                + "    max_tolerable_downtime: 2d\n    requires: [asset:erp-1, connection:erp-meter]\n"
                + "    fallback: {description: Estimated bills from last year, capacity: 90%, sustainable_for: 2w,"
                + " last_tested: 2025-11-03}\n\n");
        y.s("  - id: forecast\n    name: Demand forecast and production dispatch\n"
                + "    impact: {safety: none, supply: low, environment: medium, financial: high, society: low}\n"
                + "    max_tolerable_downtime: 2d\n    requires: [asset:cloud-forecast, connection:forecast-feed]\n"
                + "    fallback: {description: Spreadsheet forecast by the planners, capacity: 90%,"
                + " sustainable_for: 2w}\n");
    }

    // ------------------------------------------------------------------ 02-corporate-it.yaml

    void corporate(Yaml y) throws IOException {
        y.s("# Corporate IT, the external zone and the central OT DMZ that sites without their own DMZ use.\n"
                + "# The domain controllers dc-it-1 and dc-it-2 are required by OT hosts of domain-joined sites.\n\n");
        y.s("zones:\n"
                + "  - {id: corp, name: Corporate network, domain: it, level: 4}\n"
                + "  - {id: ext, name: External services, domain: external, level: 5, flat: false}\n"
                + "  - {id: dmz, name: Central OT DMZ, domain: dmz, level: 3.5, flat: false, target_sl: 3}\n\n");
        zones += 3;
        long corp = addresses.subnet(16);
        long dmz = addresses.subnet(16);
        y.s("assets:\n");
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
                new Product("SAP", "S/4HANA Utilities", "2022", null), null, "[asset:dc-it-1]", "cio");
        asset(y, "bkp-it", "Corporate backup server", "server", "corp", corp + 21,
                new Product("Veeam", "Backup and Replication", "12.1", "fjordnett"), null, null, "head-it-infra");
        asset(y, "mail-it", "Mail and file server", "server", "corp", corp + 22,
                new Product("Microsoft", "Exchange Server 2019", "CU14", "fjordnett"), null, "[asset:dc-it-1]",
                "head-it-infra");
        asset(y, "ws-it-admin", "IT administrator workstation", "workstation", "corp", corp + 100, Catalog.WORKSTATION,
                "[pw-it-13, edr-it]", null, "head-it-infra");
        asset(y, "ws-planner", "Production planner workstation", "workstation", "corp", corp + 101,
                Catalog.WORKSTATION, "[pw-it-13, edr-it]", null, "head-ops");
        asset(y, "tl-inet", "Internet uplink", "telecom-link", "ext", -1,
                new Product("Arktel", "Business fibre 1 Gbit/s", "n/a", "arktel"), null, null, "head-it-infra");
        asset(y, "cloud-forecast", "Heat and load forecast service", "cloud-service", "ext", -1,
                new Product("Heatcast", "Forecast SaaS", "2026.3", "heatcast"), null, "[supplier:heatcast]", "head-ops");
        asset(y, "cloud-fleet", "Vendor fleet monitoring portal", "cloud-service", "ext", -1,
                new Product("Siemens", "Industrial Edge fleet management", "1.14", null), null, null, "head-eng");
        asset(y, "cloud-o365", "Office cloud", "cloud-service", "ext", -1,
                new Product("Microsoft", "Microsoft 365", "n/a", "fjordnett"), null, null, "cio");
        asset(y, "fw-it-ot", "Central IT/OT boundary firewall", "firewall", "dmz", dmz + 1, Catalog.FIREWALL, null, null,
                "head-it-infra");
        asset(y, "jump-central", "Central OT jump host", "jump-host", "dmz", dmz + 10, Catalog.JUMP_HOST,
                "[mfa-ra]", null, "head-it-infra");
        asset(y, "rag-central", "Remote access gateway for vendors", "remote-access-gateway", "dmz", dmz + 11,
                new Product("Cisco", "Secure Equipment Access", "1.3", null), "[mfa-ra, ra-approval]", null,
                "head-it-infra");
        asset(y, "hist-dmz", "Central historian replica", "historian", "dmz", dmz + 20, Catalog.HISTORIAN, null, null,
                "head-eng");
        asset(y, "patch-dmz", "OT patch staging server", "server", "dmz", dmz + 21,
                new Product("Microsoft", "Windows Server Update Services (OT)", "2022", "fjordnett"), null, null,
                "head-it-infra");

        y.s("\nconnections:\n");
        connection(y, "corp-web", "Office internet access", "zone:corp", "internet", "https", "[443]",
                "[asset:fw-inet]", "password", true, true, null, "[asset:tl-inet]");
        connection(y, "msp-vpn", "IT managed-service VPN", "supplier:fjordnett", "zone:corp", "vpn", "[443]",
                "[asset:fw-inet]", "mfa", true, true, "2027-06-30", "[asset:tl-inet]");
        connection(y, "fw-admin", "Boundary firewall administration from IT", "zone:corp", "asset:fw-it-ot", "https",
                "[443]", null, "password", true, true, null, null);
        connection(y, "corp-jump", "Office to central OT jump host", "zone:corp", "asset:jump-central", "rdp", "[3389]",
                "[asset:fw-it-ot]", "mfa", true, false, null, null);
        connection(y, "hist-read", "Office users read the historian replica", "zone:corp", "asset:hist-dmz", "https",
                "[443]", "[asset:fw-it-ot]", "password", true, true, null, null);
        connection(y, "erp-meter", "ERP reads metered volumes from the replica", "asset:erp-1", "asset:hist-dmz",
                "https", "[443]", "[asset:fw-it-ot]", "certificate", true, true, null, null);
        connection(y, "forecast-feed", "Process data to the forecast cloud", "asset:hist-dmz", "asset:cloud-forecast",
                "https", "[443]", "[asset:fw-it-ot, asset:fw-inet]", "certificate", true, true, null,
                "[asset:tl-inet]");
        connection(y, "o365", "Office cloud", "zone:corp", "asset:cloud-o365", "https", "[443]", "[asset:fw-inet]",
                "mfa", true, true, null, "[asset:tl-inet]");
        connection(y, "patch-sync", "Patch staging fetches vendor-qualified updates", "asset:patch-dmz", "internet",
                "https", "[443]", "[asset:fw-it-ot, asset:fw-inet]", "certificate", true, false, null,
                "[asset:tl-inet]");

        y.s("\ncontrols:\n");
        for (String control : CONTROLS) {
            y.s("  - ").s(control).nl();
        }
    }

    private void asset(Yaml y, String id, String name, String type, String zone, long ip, Product product,
            String controls, String requires, String owner) throws IOException {
        y.s("  - id: ").s(id).nl();
        y.field("name", name);
        y.field("type", type);
        y.field("zone", zone);
        if (ip >= 0) {
            y.s("    ips: [").ip(ip).s("]\n");
        }
        y.field("vendor", product.vendor());
        y.field("product", product.product());
        y.s("    version: \"").s(product.version()).s("\"\n");
        if (controls != null) {
            y.field("controls", controls);
        }
        if (requires != null) {
            y.field("requires", requires);
        }
        if (product.supplier() != null && supplierIds.contains(product.supplier())) {
            y.field("supplier", product.supplier());
        }
        y.s("    owner: person:").s(owner).nl();
    }

    private void connection(Yaml y, String id, String name, String from, String to, String protocol, String ports,
            String via, String auth, boolean encrypted, boolean alwaysOn, String expires, String requires)
            throws IOException {
        SiteWriter.connection(y, id, name, from, to, protocol, ports, "from", via, auth, encrypted, alwaysOn, expires,
                null, requires);
        connections++;
    }

    // ------------------------------------------------------------------ 03-suppliers.yaml

    void suppliers(Yaml y) throws IOException {
        y.s("# Suppliers. Contracts are owned by procurement, except the integrator Nordlys (owned by the\n"
                + "# operations manager of region 1) and the forecast start-up Heatcast (owned by operations).\n\n");
        y.s("suppliers:\n");
        for (SupplierSpec supplier : suppliers) {
            y.s("  - id: ").s(supplier.id()).nl();
            y.field("name", supplier.name());
            y.field("provides", supplier.provides());
            y.field("support_sla", supplier.sla());
            y.field("single_source", Boolean.toString(supplier.singleSource()));
            y.s("    contract_owner: person:").s(contractOwner(supplier.id())).nl();
        }
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

    void governance(Yaml y) throws IOException {
        String first = plan.siteId(0);
        y.s("# Corporate responsibilities, scenarios and accepted risks. Site subjects have their RACI lines\n"
                + "# in the site files.\n\n");
        y.s("responsibilities:\n");
        raci(y, "program:ot-security", "ot-sec-lead", "[unit:sec, unit:ops]", "[unit:it-infra, unit:eng]",
                "[unit:mgmt]");
        raci(y, "zone:corp", "cio", "[unit:it, unit:it-infra]", "[unit:sec]", null);
        raci(y, "zone:ext", "cio", "[unit:it]", "[unit:sec, unit:proc]", null);
        raci(y, "zone:dmz", "head-it-infra", "[unit:it-infra]", "[unit:ops, unit:sec]", "[unit:eng]");
        raci(y, "service:billing", "cio", "[unit:it]", "[unit:ops]", "[unit:mgmt]");
        raci(y, "service:forecast", "head-ops", "[unit:ops]", null, "[unit:mgmt]");
        raci(y, "connection:msp-vpn", "cio", "[unit:it-infra]", "[unit:sec, unit:proc]", null);
        raci(y, "connection:fw-admin", "head-it-infra", "[unit:it-infra]", null, null);
        raci(y, "connection:forecast-feed", "head-ops", "[unit:ops]", null, null);
        for (SupplierSpec supplier : suppliers) {
            boolean opsOnly = supplier.id().equals("nordlys") || supplier.id().equals("heatcast");
            raci(y, "supplier:" + supplier.id(), contractOwner(supplier.id()),
                    opsOnly ? "[unit:ops]" : "[unit:proc]", opsOnly ? null : "[unit:sec, unit:eng]", null);
        }

        y.s("\nscenarios:\n");
        y.s("  - {id: it-ransomware, name: Ransomware in the corporate network, compromise: [zone:corp]}\n");
        y.s("  - {id: dc-loss, name: Both corporate domain controllers lost, fail: [asset:dc-it-1, asset:dc-it-2]}\n");
        y.s("  - {id: integrator-breach, name: Integrator remote access account taken over,"
                + " compromise: [supplier:nordlys]}\n");
        y.s("  - {id: telemetrik-gone, name: Single-source RTU supplier ceases trading, fail: [supplier:telemetrik]}\n");
        y.s("  - {id: internet-down, name: Internet uplink lost, fail: [asset:tl-inet]}\n");
        y.s("  - {id: first-site-scada, name: Both SCADA servers of site ").s(first).s(" fail, fail: [asset:")
                .s(first).s("-scada-a, asset:").s(first).s("-scada-b]}\n");

        y.s("\nexceptions:\n");
        y.s("  - {rule: OTB-ARCH-008, subject: connection:").s(first)
                .s("-rdp-duty, reason: Duty engineer access until the jump host is rolled out,"
                        + " approved_by: person:cio, expires: 2025-12-31}\n");
        y.s("  - {rule: OTB-FIT-001, subject: asset:").s(first)
                .s("-hmi-1, reason: Badge readers ordered for the control room, approved_by: person:")
                .s(plan.regionId(0)).s("-ops-mgr, expires: 2027-06-30}\n");
    }

    static void raci(Yaml y, String subject, String accountable, String responsible, String consulted,
            String informed) throws IOException {
        y.s("  - subject: ").s(subject).nl();
        y.s("    accountable: person:").s(accountable).nl();
        if (responsible != null) {
            y.field("responsible", responsible);
        }
        if (consulted != null) {
            y.field("consulted", consulted);
        }
        if (informed != null) {
            y.field("informed", informed);
        }
    }
}
