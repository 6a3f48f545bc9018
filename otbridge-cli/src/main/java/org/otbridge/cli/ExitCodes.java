package org.otbridge.cli;

/** Exit statuses shared by every command (docs/output.md). */
final class ExitCodes {

    private ExitCodes() {
    }

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;
}
