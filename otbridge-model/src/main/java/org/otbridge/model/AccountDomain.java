package org.otbridge.model;

/**
 * Where an account is kept: the corporate (IT) directory, a directory of OT's own, locally on the
 * host or device, or a cloud identity (a remote-support vendor's portal, a cloud directory).
 */
public enum AccountDomain implements YamlEnum {
    IT, OT, LOCAL, CLOUD
}
