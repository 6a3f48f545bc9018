package org.otbridge.observe.inventory;

/**
 * What a client asked a server to do over a flow, counted per request: read values, write values
 * or settings, program (transfer logic, firmware or configuration), command (operate, restart, stop).
 */
public record Operations(long read, long write, long program, long command) {

    public static final Operations NONE = new Operations(0, 0, 0, 0);

    public Operations plus(Operations other) {
        return new Operations(read + other.read, write + other.write, program + other.program, command + other.command);
    }

    public long total() {
        return read + write + program + command;
    }
}
