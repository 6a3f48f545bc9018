package org.otbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A process that reserves an output file as a long command would, then waits to be killed: lets
 * a test see that an interrupt leaves no temporary file behind.
 */
final class HoldOutput {

    private HoldOutput() {
    }

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        OutputTarget target = OutputTarget.prepare(Path.of(args[0]), out);
        out.println("reserved");
        Thread.sleep(60_000);
        target.close();
    }
}
