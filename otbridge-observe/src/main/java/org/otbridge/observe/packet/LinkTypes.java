package org.otbridge.observe.packet;

/** The LINKTYPE_ values this reader decodes. */
public final class LinkTypes {

    private LinkTypes() {
    }

    public static final int NULL = 0;
    public static final int ETHERNET = 1;
    public static final int RAW_OPENBSD = 12;
    public static final int RAW_BSDOS = 14;
    public static final int RAW = 101;
    public static final int LOOP = 108;
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int IPV6 = 229;
    public static final int LINUX_SLL2 = 276;
}
