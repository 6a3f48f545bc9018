package org.otbridge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs one otbridge command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    /** Standard output as lines, without the line ends. */
    List<String> outLines() {
        return out.lines().toList();
    }
}
