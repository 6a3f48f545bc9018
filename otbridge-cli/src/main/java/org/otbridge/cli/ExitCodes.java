package org.otbridge.cli;

/** Exit statuses shared by every command: 0 fine, 1 findings at --fail-on, 2 bad input, 3 internal error. */
final class ExitCodes {

    private ExitCodes() {
    }

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;
}
