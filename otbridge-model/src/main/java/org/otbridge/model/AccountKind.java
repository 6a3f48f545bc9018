package org.otbridge.model;

/**
 * Who an account belongs to. {@code shared}: used by several people (a team login);
 * {@code service}: used by software, not people; {@code vendor}: a supplier's named account;
 * {@code vendor-default}: a factory or vendor account whose published password was never changed;
 * {@code emergency}: a break-glass account kept sealed for when everything else fails.
 */
public enum AccountKind implements YamlEnum {
    PERSONAL, SHARED, SERVICE, VENDOR, VENDOR_DEFAULT, EMERGENCY
}
