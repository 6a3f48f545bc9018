package org.otbridge.observe.inventory;

import java.util.Comparator;

/** Text forms of IP and MAC addresses, and their natural order (IPv4, then IPv6, then MAC). */
public final class Addresses {

    private static final long IPV4_MAPPED = 0xffff00000000L;

    private Addresses() {
    }

    /** An address kept as two longs (IPv4 as ::ffff:a.b.c.d) in canonical text: dotted IPv4 or RFC 5952 IPv6. */
    public static String ip(long high, long low) {
        if (high == 0 && (low >>> 32) == 0xffff) {
            return ((low >>> 24) & 0xff) + "." + ((low >>> 16) & 0xff) + "." + ((low >>> 8) & 0xff) + "." + (low & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xffff;
            groups[i + 4] = (int) (low >>> (48 - 16 * i)) & 0xffff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            text.append(Integer.toHexString(groups[i]));
            if (i < 7) {
                text.append(':');
            }
        }
        return text.toString();
    }

    public static String mac(long mac) {
        StringBuilder text = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8) {
            int octet = (int) (mac >>> shift) & 0xff;
            text.append(Character.forDigit(octet >>> 4, 16)).append(Character.forDigit(octet & 0xf, 16));
            if (shift > 0) {
                text.append(':');
            }
        }
        return text.toString();
    }

    /** True for addresses that name no single host: unspecified, limited broadcast, multicast. */
    public static boolean isGroupOrUnspecified(long high, long low) {
        if (high == 0 && (low >>> 32) == 0xffff) {
            long v4 = low & 0xffffffffL;
            return v4 == 0 || v4 == 0xffffffffL || (v4 >>> 28) == 0xe;
        }
        return high == 0 && low == 0 || (high >>> 56) == 0xff;
    }

    /**
     * The canonical text of an IP address written in any valid form (IPv6 in RFC 5952 form), or
     * null when the text is no IP address. Never looks anything up: only literals are accepted.
     */
    public static String canonicalIp(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return null;
            }
            long value = 0;
            for (String part : parts) {
                if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return null;
                }
                int octet = Integer.parseInt(part);
                if (octet > 255) {
                    return null;
                }
                value = value << 8 | octet;
            }
            return ip(0, IPV4_MAPPED | value);
        }
        if (!text.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
            return null;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(text).getAddress();
            if (bytes.length == 4) {
                return ip(0, IPV4_MAPPED | (java.nio.ByteBuffer.wrap(bytes).getInt() & 0xffffffffL));
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return ip(buffer.getLong(), buffer.getLong());
        } catch (java.net.UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    /** True for canonical addresses that name no single host (see {@link #isGroupOrUnspecified(long, long)}). */
    public static boolean isGroupAddress(String canonical) {
        if (isIpv4(canonical)) {
            int first = Integer.parseInt(canonical.substring(0, canonical.indexOf('.')));
            return first >= 224 || canonical.equals("0.0.0.0");
        }
        return canonical.equals("::") || canonical.startsWith("ff");
    }

    public static boolean isIpv4(String address) {
        return address.indexOf(':') < 0;
    }

    public static boolean isMac(String address) {
        if (address.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = address.charAt(i);
            if (i % 3 == 2 ? c != ':' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True for addresses in private, loopback or link-local ranges (RFC 1918, RFC 4193 and friends). */
    public static boolean isPrivate(String address) {
        if (isIpv4(address)) {
            String[] parts = address.split("\\.");
            if (parts.length != 4) {
                return false;
            }
            int a = Integer.parseInt(parts[0]);
            int b = Integer.parseInt(parts[1]);
            return a == 10 || a == 127 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168 || a == 169 && b == 254
                    || a == 100 && b >= 64 && b <= 127;
        }
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("::1") || lower.startsWith("fe8") || lower.startsWith("fe9") || lower.startsWith("fea")
                || lower.startsWith("feb") || lower.startsWith("fc") || lower.startsWith("fd");
    }

    /** IPv4 in numeric order, then IPv6 in numeric order, then MAC addresses. */
    public static final Comparator<String> ORDER = Comparator.comparingInt(Addresses::rank)
            .thenComparing(Addresses::sortKey);

    /** 0 for IPv4, 1 for IPv6, 2 for MAC addresses, 3 for anything else; by syntax, cheaply. */
    private static int rank(String address) {
        if (isMac(address)) {
            return 2;
        }
        boolean colon = false;
        boolean dot = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ':') {
                colon = true;
            } else if (c == '.') {
                dot = true;
            } else if (Character.digit(c, 16) < 0 || !colon && (c < '0' || c > '9')) {
                return 3;
            }
        }
        return colon ? 1 : dot ? 0 : 3;
    }

    private static String sortKey(String address) {
        int rank = rank(address);
        if (rank == 0) {
            String[] parts = address.split("\\.");
            if (parts.length != 4) {
                return address;
            }
            StringBuilder key = new StringBuilder(12);
            for (String part : parts) {
                key.append("000", 0, Math.max(0, 3 - part.length())).append(part);
            }
            return key.toString();
        }
        return rank == 1 ? expandIpv6(address) : address;
    }

    private static String expandIpv6(String address) {
        String[] halves = address.split("::", -1);
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length > 1 && !halves[1].isEmpty() ? halves[1].split(":") : new String[0];
        StringBuilder key = new StringBuilder(32);
        for (String group : head) {
            key.append("0000", 0, Math.max(0, 4 - group.length())).append(group);
        }
        for (int i = head.length + tail.length; i < 8; i++) {
            key.append("0000");
        }
        for (String group : tail) {
            key.append("0000", 0, Math.max(0, 4 - group.length())).append(group);
        }
        return key.toString();
    }
}
