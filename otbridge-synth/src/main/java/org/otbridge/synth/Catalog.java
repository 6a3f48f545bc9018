package org.otbridge.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The made-up but realistic vocabulary of the generator: kinds of site, products, suppliers and
 * names. Vendors are real brands used only so that assets look real; service companies are
 * fictional. Everything here is ASCII; lists and maps are values as {@link Yaml#value} writes them.
 */
final class Catalog {

    private Catalog() {
    }

    /** A product as written on an asset; {@code supplier} is a supplier id, or null for the site integrator. */
    record Product(String vendor, String product, String version, String supplier) {
    }

    /** A kind of field device and how often it occurs in a field zone. */
    record Device(String type, String label, Product product, int weight, List<String> usage) {
    }

    /** A supplier the generator can pick, and the part it plays. */
    record SupplierSpec(String id, String name, List<String> provides, String sla, boolean singleSource,
            boolean integrator) {
    }

    /**
     * What a site delivers and how its control system is built. {@code largeZone} names the very
     * large flat field zone some sites get at scale; TOWN stands for the site's town.
     */
    record Kind(String id, String service, Map<String, Object> impact, String downtime, String fallback,
            String fallbackCapacity, String fallbackFor, Product scada, Product hmi, Product engineering, String[] fieldZones,
            List<Device> devices, Device largeDevice, String largeZone, String telemetry, int telemetryPort,
            String engineeringProtocol, int engineeringPort, String preferredIntegrator) {

        int totalWeight() {
            return devices.stream().mapToInt(Device::weight).sum();
        }

        Device pick(SplittableRandom random) {
            int roll = random.nextInt(totalWeight());
            for (Device device : devices) {
                roll -= device.weight();
                if (roll < 0) {
                    return device;
                }
            }
            return devices.get(devices.size() - 1);
        }
    }

    static final Product WORKSTATION = new Product("Dell", "OptiPlex 7010 with Windows 11 Enterprise", "23H2", "fjordnett");
    static final Product LAPTOP = new Product("HP", "EliteBook 840 with Windows 11 Enterprise", "23H2", "fjordnett");
    static final Product FIREWALL = new Product("Fortinet", "FortiGate 100F", "7.2.8", "fortinet");
    static final Product RUGGED_FIREWALL = new Product("Fortinet", "FortiGate Rugged 60F", "7.2.8", "fortinet");
    static final Product HISTORIAN = new Product("AVEVA", "PI Server on Windows Server 2019", "2018 SP3 Patch 4", "aveva");
    static final Product JUMP_HOST = new Product("Microsoft", "Windows Server 2022 Remote Desktop Services", "21H2", "fjordnett");
    static final Product UPS = new Product("Eaton", "9PX 3000i", "2.1", null);
    static final Product OT_SWITCH = new Product("Siemens", "SCALANCE XC208", "V4.4", "siemens");
    static final Product FIELD_SWITCH = new Product("Moxa", "EDS-408A", "3.8", "moxa");
    static final Product ROUTER_4G = new Product("Teltonika", "RUT955", "RUT9_R_00.07.06", null);
    static final Product FIBRE = new Product("Arktel", "Dark fibre pair", "n/a", "arktel");
    static final Product RADIO = new Product("Arktel", "Licensed radio link", "n/a", "arktel");

    /** The impact of losing a service, in the order the model lists its dimensions. */
    private static Map<String, Object> impact(String safety, String supply, String environment, String financial,
            String society) {
        return Yaml.map("safety", safety, "supply", supply, "environment", environment, "financial", financial,
                "society", society);
    }

    static final Kind HEAT = new Kind("heat", "District heating",
            impact("medium", "critical", "low", "high", "high"), "4h",
            "Stations on local automatic with fixed setpoints, field crew patrols", "60%", "12h",
            new Product("Siemens", "SIMATIC WinCC Open Architecture on Windows Server 2019", "3.19 P008", null),
            new Product("Siemens", "WinCC OA UI on Windows 10 IoT Enterprise LTSC 2021", "3.19 P008", null),
            new Product("Siemens", "TIA Portal on Windows 10 Enterprise", "V18 Update 3", "siemens"),
            new String[] {"Heat plant", "Pump stations", "Network valves", "Boiler house", "Heat storage"},
            List.of(
                    new Device("plc", "Pump PLC", new Product("Siemens", "SIMATIC S7-1500", "V2.9", "siemens"), 4, null),
                    new Device("plc", "Boiler PLC", new Product("Siemens", "SIMATIC S7-1200", "V4.5", "siemens"), 2, null),
                    new Device("rtu", "Pump station RTU", new Product("Telemetrik", "TR-3000", "3.2", "telemetrik"), 2,
                            List.of("unattended", "remote-site")),
                    new Device("plc", "Substation controller", new Product("Danfoss", "ECL Comfort 310", "1.36", "danfoss"),
                            2, List.of("unattended")),
                    new Device("other", "Frequency drive", new Product("Danfoss", "VLT AQUA Drive FC 202", "2.7", "danfoss"),
                            1, null),
                    new Device("switch", "Field switch", FIELD_SWITCH, 1, null)),
            new Device("plc", "Customer substation controller",
                    new Product("Danfoss", "ECL Comfort 310", "1.36", "danfoss"), 1, List.of("unattended", "remote-site")),
            "Customer substations TOWN (flat telemetry VLAN)", "dnp3", 20000, "s7", 102, "nordlys");

    static final Kind WATER = new Kind("water", "Drinking water supply",
            impact("high", "critical", "high", "medium", "critical"), "8h",
            "Reservoir levels held by hand, tanker trucks for priority customers", "50%", "2d",
            new Product("AVEVA", "System Platform on Windows Server 2019", "2023 R2", null),
            new Product("AVEVA", "InTouch HMI on Windows 10 IoT Enterprise LTSC 2021", "2023 R2", null),
            new Product("Schneider Electric", "EcoStruxure Control Expert on Windows 10", "15.3", "schneider-electric"),
            new String[] {"Waterworks", "Reservoirs", "Booster stations", "Wastewater pumping", "Intake"},
            List.of(
                    new Device("plc", "Process PLC", new Product("Schneider Electric", "Modicon M580", "4.10",
                            "schneider-electric"), 4, null),
                    new Device("rtu", "Reservoir RTU", new Product("Schneider Electric", "SCADAPack 470", "9.2",
                            "schneider-electric"), 3, List.of("unattended", "remote-site")),
                    new Device("plc", "Pump PLC", new Product("Siemens", "SIMATIC S7-1200", "V4.5", "siemens"), 2, null),
                    new Device("other", "Flow meter", new Product("Endress+Hauser", "Promag 400", "2.0", null), 1, null),
                    new Device("other", "Chlorine analyser", new Product("Endress+Hauser", "Memosens CCS51E", "1.2", null), 1,
                            List.of("safety-function")),
                    new Device("switch", "Field switch", FIELD_SWITCH, 1, null)),
            new Device("rtu", "Network pressure logger",
                    new Product("Schneider Electric", "SCADAPack 470", "9.2", "schneider-electric"), 1,
                    List.of("unattended", "remote-site")),
            "Network monitoring points TOWN (flat cellular APN)", "modbus", 502, "modbus", 502, "aquaplan");

    static final Kind POWER = new Kind("power", "Power distribution",
            impact("high", "critical", "low", "high", "critical"), "2h",
            "Manned substations, switching by phone from the control room", "80%", "2d",
            new Product("Hitachi Energy", "MicroSCADA X SYS600 on Windows Server 2022", "10.5", "hitachi-energy"),
            new Product("Hitachi Energy", "MicroSCADA X workplace on Windows 10 IoT Enterprise LTSC 2021", "10.5",
                    "hitachi-energy"),
            new Product("Hitachi Energy", "PCM600 on Windows 10 Enterprise", "2.12", "hitachi-energy"),
            new String[] {"Primary substation", "Switching station", "Distributed generation", "Substation",
                "Cable network"},
            List.of(
                    new Device("ied", "Protection relay", new Product("Hitachi Energy", "Relion REF615", "5.0 FP1",
                            "hitachi-energy"), 4, List.of("real-time", "safety-function")),
                    new Device("rtu", "Substation RTU", new Product("Hitachi Energy", "RTU560", "13.4", "hitachi-energy"), 2,
                            List.of("unattended", "remote-site")),
                    new Device("ied", "Bay controller", new Product("Hitachi Energy", "Relion REC615", "5.0 FP1",
                            "hitachi-energy"), 2, List.of("real-time")),
                    new Device("ied", "Feeder protection", new Product("Schneider Electric", "Easergy P3", "30.1",
                            "schneider-electric"), 1, List.of("real-time", "safety-function")),
                    new Device("switch", "Station switch", new Product("Hirschmann", "RSP35", "9.1", "hirschmann"), 1, null),
                    new Device("power-supply", "Station battery charger", new Product("Eaton", "DC charger 110 V", "1.0", null),
                            1, null)),
            new Device("rtu", "Secondary substation RTU",
                    new Product("Hitachi Energy", "RTU520", "13.4", "hitachi-energy"), 1, List.of("unattended", "remote-site")),
            "Secondary substations TOWN (flat L2 VPN)", "iec104", 2404, "iec61850", 102, "nettservice");

    static final Kind[] KINDS = {HEAT, WATER, POWER};

    /** Five suppliers every model has, then up to fifteen more in a seeded order. */
    static final List<SupplierSpec> CORE_SUPPLIERS = List.of(
            new SupplierSpec("nordlys", "Nordlys Automasjon AS", List.of("system-integration", "scada-software", "remote-support"),
                    "8h", false, true),
            new SupplierSpec("telemetrik", "Telemetrik AS", List.of("rtu-hardware", "telemetry-software", "remote-support", "spare-parts"),
                    "3d", true, true),
            new SupplierSpec("fjordnett", "Fjordnett IT AS", List.of("it-operations", "managed-services", "firewall-operations"),
                    "4h", false, false),
            new SupplierSpec("heatcast", "Heatcast Analytics AS", List.of("cloud-service", "forecasting"), "1d", false, false),
            new SupplierSpec("siemens", "Siemens AS", List.of("plc-hardware", "software", "spare-parts"), "1d", false, false));

    static final List<SupplierSpec> MORE_SUPPLIERS = List.of(
            new SupplierSpec("aquaplan", "Aquaplan Automasjon AS", List.of("system-integration", "scada-software", "remote-support"),
                    "8h", false, true),
            new SupplierSpec("nettservice", "Nettservice Nord AS", List.of("system-integration", "protection-engineering", "remote-support"),
                    "4h", false, true),
            new SupplierSpec("hitachi-energy", "Hitachi Energy Norway AS",
                    List.of("scada-software", "rtu-hardware", "protection-relays", "remote-support", "spare-parts"), "4h", false, true),
            new SupplierSpec("schneider-electric", "Schneider Electric Norge AS", List.of("plc-hardware", "software", "spare-parts"),
                    "1d", false, false),
            new SupplierSpec("aveva", "AVEVA Nordic", List.of("historian-software", "software"), "1d", false, false),
            new SupplierSpec("danfoss", "Danfoss Climate Solutions", List.of("controllers", "drives", "spare-parts"), "2d", false, false),
            new SupplierSpec("moxa", "Moxa Europe", List.of("network-hardware"), "1w", false, false),
            new SupplierSpec("fortinet", "Fortinet Nordic", List.of("firewalls", "software"), "1d", false, false),
            new SupplierSpec("arktel", "Arktel AS", List.of("telecom-links", "radio-network"), "8h", true, false),
            new SupplierSpec("hirschmann", "Belden Hirschmann", List.of("network-hardware"), "1w", false, false),
            new SupplierSpec("hima", "HIMA Norge AS", List.of("safety-system", "spare-parts", "safety-engineering"), "2d", false, false),
            new SupplierSpec("kamstrup", "Kamstrup AS", List.of("meters", "head-end-system"), "2d", false, false),
            new SupplierSpec("grundfos", "Grundfos Norge AS", List.of("pumps", "drives", "spare-parts"), "2d", false, false),
            new SupplierSpec("endress-hauser", "Endress+Hauser AS", List.of("instruments", "spare-parts"), "1w", false, false),
            new SupplierSpec("veritel", "Veritel Sikkerhet AS", List.of("network-monitoring", "incident-response"), "4h", true, false));

    /** The suppliers of one model: the five core ones and a seeded choice of 0 to 15 more. */
    static List<SupplierSpec> suppliers(SplittableRandom random) {
        List<SupplierSpec> chosen = new ArrayList<>(CORE_SUPPLIERS);
        List<SupplierSpec> more = new ArrayList<>(MORE_SUPPLIERS);
        for (int i = more.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            SupplierSpec t = more.get(i);
            more.set(i, more.get(j));
            more.set(j, t);
        }
        chosen.addAll(more.subList(0, random.nextInt(more.size() + 1)));
        return List.copyOf(chosen);
    }

    private static final String[] TOWN_START = {"Nord", "Sor", "Ost", "Vest", "Berg", "Fjord", "Elve", "Sjo", "Skog",
        "Dal", "Stein", "Lund", "Vik", "Holm", "Moe", "Aas", "Kvit", "Bjork", "Lang", "Stor", "Lille", "Ny", "Gran",
        "Hav"};
    private static final String[] TOWN_END = {"vik", "dal", "heim", "berg", "stad", "nes", "by", "sund", "fjell", "oy",
        "vang", "haug", "mo", "lia", "rud", "set"};
    private static final String[] FIRST = {"Anna", "Bjorn", "Cecilie", "Dag", "Eirik", "Frida", "Geir", "Hanne",
        "Ivar", "Jorunn", "Knut", "Liv", "Magnus", "Nina", "Odd", "Pernille", "Rune", "Solveig", "Tor", "Unni",
        "Vegard", "Wenche", "Arne", "Berit", "Egil", "Gunn", "Harald", "Ingrid", "Jon", "Kari", "Lars", "Marit"};
    private static final String[] LAST = {"Aasen", "Bakke", "Berg", "Dahl", "Eide", "Fjeld", "Haugen", "Holm",
        "Johansen", "Karlsen", "Lie", "Lund", "Moe", "Nilsen", "Olsen", "Pedersen", "Rud", "Solberg", "Strand",
        "Sund", "Tangen", "Vik", "Aas", "Hagen"};
    static final String[] AREAS = {"north", "south", "east", "west", "centre", "harbour", "hills", "valley"};

    static String town(long hash) {
        long h = hash & Long.MAX_VALUE;
        return TOWN_START[(int) (h % TOWN_START.length)] + TOWN_END[(int) ((h / TOWN_START.length) % TOWN_END.length)];
    }

    static String person(long hash) {
        long h = hash & Long.MAX_VALUE;
        return FIRST[(int) (h % FIRST.length)] + " " + LAST[(int) ((h / FIRST.length) % LAST.length)];
    }
}
