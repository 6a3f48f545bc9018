package org.otbridge.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code otbridge} command. Exit codes: 0 fine, 1 findings at --fail-on, 2 bad input, 3 internal error. */
@Command(name = "otbridge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Where IT and OT meet: checks and analyses a site model kept as code.")
public final class Main implements Runnable {

    /** The commands, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, AssessCommand.class, WhatifCommand.class,
            SchemaCommand.class, InitCommand.class, SynthCommand.class, RulesCommand.class, DiscoverCommand.class,
            DiffCommand.class, PlanCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Set to print the stack trace of an internal error, for a bug report. */
    static final String DEBUG_VARIABLE = "OTBRIDGE_DEBUG";

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, new PrintWriter(System.out, true), err, System.getenv(DEBUG_VARIABLE) != null);
        System.exit(code);
    }

    /** Runs one command line with the given streams; used by main and by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, false);
    }

    /**
     * Runs one command line. Every failure is one line on {@code err}: a bad option with the
     * command's name, an internal error with what broke (its stack trace only with {@code debug}).
     */
    static int execute(String[] args, PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            err.println(failed.getCommandSpec().qualifiedName() + ": " + Terminal.oneLine(exception.getMessage())
                    + " (see " + failed.getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> internalError(exception, err, debug));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Exit 1 would read as "findings"; running out of memory is an internal error.
            err.println("otbridge: out of memory; give the JVM more heap, for example JAVA_OPTS=-Xmx4g");
            code = ExitCodes.INTERNAL_ERROR;
        } catch (StackOverflowError e) {
            code = internalError(e, err, debug);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for these arguments. When the first names a command, only that command is
     * built: picocli reads the options of every command it is given, a fifth of a second on a small
     * machine, which a command that reads a capture in a second should not pay for nine others.
     * Anything else (no command, an option, a misspelt command) gets every command, for the help.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine commandLine = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            commandLine.addSubcommand(command);
        }
        return commandLine;
    }

    private static int internalError(Throwable exception, PrintWriter err, boolean debug) {
        err.println("otbridge: internal error: " + Terminal.oneLine(String.valueOf(exception))
                + (debug ? "" : " (a bug: please report it; " + DEBUG_VARIABLE + "=1 prints the details)"));
        if (debug) {
            exception.printStackTrace(err);
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
