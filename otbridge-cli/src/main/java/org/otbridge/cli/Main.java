package org.otbridge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code otbridge} command. Exit codes: 0 fine, 1 findings at --fail-on, 2 bad input, 3 internal error. */
@Command(name = "otbridge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Where IT and OT meet: checks and analyses a site model kept as code.",
        subcommands = {CheckCommand.class, AssessCommand.class, WhatifCommand.class, SchemaCommand.class, InitCommand.class,
                SynthCommand.class, RulesCommand.class, DiscoverCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = execute(args, new PrintWriter(System.out, true), err);
        } catch (OutOfMemoryError e) {
            // Exit 1 would read as "findings"; running out of memory is an internal error.
            err.println("otbridge: out of memory; give the JVM more heap, for example JAVA_OPTS=-Xmx4g");
            code = ExitCodes.INTERNAL_ERROR;
        }
        System.exit(code);
    }

    /** Runs one command line with the given streams; used by main and by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("otbridge: " + exception.getMessage());
            exception.getCommandLine().usage(err);
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            err.println("otbridge: internal error: " + exception);
            exception.printStackTrace(err);
            return ExitCodes.INTERNAL_ERROR;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
