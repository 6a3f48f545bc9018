package org.otbridge.observe.inventory;

import java.util.Locale;

/** How a flow travels: over TCP or UDP, ICMP, another IP protocol, or directly on Ethernet (layer 2). */
public enum Transport {
    TCP, UDP, ICMP, IP, ETHERNET;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
