package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a newcomer reads first: the command list and each command's help. */
class HelpTest {

    private static Map<String, CommandLine> commands() {
        return Main.commandLine(new String[0]).getSubcommands();
    }

    @Test
    void everyCommandIsListedWithAWholeSentence() {
        String help = Cli.run("--help").out();
        for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
            String[] header = command.getValue().getCommandSpec().usageMessage().header();
            assertThat(header).as("header of " + command.getKey()).hasSize(1);
            assertThat(header[0]).as("header of " + command.getKey()).endsWith(".");
            // The list wraps long lines; joined again they give the whole sentence.
            assertThat(help.replaceAll("\\s+", " ")).contains(command.getKey() + " " + header[0]);
        }
    }

    @Test
    void noHelpPointsOutsideTheRepository() {
        assertThat(Cli.run("--help").out()).doesNotContain("shared/");
        for (String name : commands().keySet()) {
            Cli help = Cli.run(name, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).as(name + " --help").doesNotContain("shared/").doesNotContain("../");
        }
    }
}
