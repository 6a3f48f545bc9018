package org.otbridge.analysis.drift;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.otbridge.model.Asset;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.observe.inventory.Addresses;

/**
 * Which asset an observed address belongs to: the asset that lists it in {@code ips} (the first in
 * model order), else the asset whose {@code ips} holds the narrowest prefix containing it
 * ({@code 10.1.0.0/16} for a group of office PCs), and for a device seen only at layer 2 the asset
 * that lists its MAC. For an address no asset has, the zone its subnet (the /24, or /64 for IPv6)
 * places it in: the zone most assets with an address in that subnet sit in.
 */
final class AddressBook {

    /** A prefix written in an asset's {@code ips}: the address as 128 bits and its length. */
    private record Prefix(long high, long low, int length, Asset asset) {

        boolean contains(long[] address) {
            return matches(high, address[0], Math.min(64, length)) && matches(low, address[1], Math.max(0, length - 64));
        }

        private static boolean matches(long a, long b, int bits) {
            if (bits == 0) {
                return true;
            }
            long mask = bits == 64 ? -1L : ~(-1L >>> bits);
            return (a & mask) == (b & mask);
        }
    }

    private final Map<String, Asset> byIp = new HashMap<>();
    private final Map<String, Asset> byMac = new HashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    private final Map<String, Ref> zoneBySubnet = new HashMap<>();

    AddressBook(Model model) {
        Map<String, Map<Ref, Integer>> zonesPerSubnet = new HashMap<>();
        for (Asset asset : model.assets()) {
            for (String written : asset.ips()) {
                String text = written.strip();
                int slash = text.indexOf('/');
                String canonical = Addresses.canonicalIp(slash < 0 ? text : text.substring(0, slash));
                if (canonical == null) {
                    continue; // the loader accepts only addresses; nothing else can reach here
                }
                long[] bits = bits(canonical);
                if (slash >= 0) {
                    int length = Integer.parseInt(text.substring(slash + 1).strip());
                    prefixes.add(new Prefix(bits[0], bits[1], Addresses.isIpv4(canonical) ? 96 + length : length, asset));
                    continue;
                }
                byIp.putIfAbsent(canonical, asset);
                if (!asset.zones().isEmpty()) {
                    zonesPerSubnet.computeIfAbsent(subnet(bits), k -> new LinkedHashMap<>())
                            .merge(asset.zones().get(0), 1, Integer::sum);
                }
            }
            for (String mac : asset.macs()) {
                byMac.putIfAbsent(mac.strip().toLowerCase(Locale.ROOT).replace('-', ':'), asset);
            }
        }
        // Narrowest prefix first; among equals, model order (the sort is stable).
        prefixes.sort(Comparator.comparingInt(Prefix::length).reversed());
        zonesPerSubnet.forEach((subnet, zones) -> {
            Ref best = null;
            int most = 0;
            for (Map.Entry<Ref, Integer> zone : zones.entrySet()) {
                if (zone.getValue() > most) {
                    best = zone.getKey();
                    most = zone.getValue();
                }
            }
            zoneBySubnet.put(subnet, best);
        });
    }

    /** The asset an observed address (canonical IP, or MAC for a layer-2 device) belongs to. */
    Optional<Asset> asset(String address) {
        if (Addresses.isMac(address)) {
            return Optional.ofNullable(byMac.get(address));
        }
        Asset exact = byIp.get(address);
        if (exact != null || prefixes.isEmpty()) {
            return Optional.ofNullable(exact);
        }
        long[] bits = bits(address);
        for (Prefix prefix : prefixes) {
            if (prefix.contains(bits)) {
                return Optional.of(prefix.asset());
            }
        }
        return Optional.empty();
    }

    /** The zone an address no asset has belongs to by its subnet, if an asset of the model shares the subnet. */
    Optional<Ref> zoneBySubnet(String ip) {
        return Optional.ofNullable(zoneBySubnet.get(subnet(bits(ip))));
    }

    /** The /24 of an IPv4 address or the /64 of an IPv6 one, as a key. */
    private static String subnet(long[] bits) {
        boolean v4 = bits[0] == 0 && (bits[1] >>> 32) == 0xffffL;
        return v4 ? "4:" + Long.toHexString(bits[1] >>> 8) : "6:" + Long.toHexString(bits[0]);
    }

    /** A canonical IP address as 128 bits, IPv4 as ::ffff:a.b.c.d. Literals only, never a lookup. */
    static long[] bits(String canonical) {
        if (Addresses.isIpv4(canonical)) {
            long value = 0;
            for (String part : canonical.split("\\.")) {
                value = value << 8 | Integer.parseInt(part);
            }
            return new long[] {0, 0xffff00000000L | value};
        }
        try {
            byte[] bytes = InetAddress.getByName(canonical).getAddress();
            if (bytes.length == 4) {
                return bits(Addresses.canonicalIp(canonical));
            }
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = high << 8 | (bytes[i] & 0xff);
                low = low << 8 | (bytes[i + 8] & 0xff);
            }
            return new long[] {high, low};
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + canonical, e);
        }
    }
}
