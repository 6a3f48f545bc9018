package org.otbridge.model;

/** How an asset is used in operations; the context that decides whether a control fits. */
public enum UsageTag implements YamlEnum {
    OPERATOR_STATION, TIME_CRITICAL, SHIFT_OPERATED, SHARED_CONSOLE, UNATTENDED, SAFETY_FUNCTION, FIELD_PORTABLE, REAL_TIME, VENDOR_MANAGED, REMOTE_SITE
}
