package org.otbridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void versionOptionPrintsTheBuildVersion() {
        Cli cli = Cli.run("--version");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.outLines()).singleElement().asString()
                .as("the version Maven filtered into the jar, not a placeholder")
                .matches("otbridge \\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?")
                .doesNotContain("unknown", "${");
    }

    @Test
    void noCommandPrintsUsageListingTheCommands() {
        Cli cli = Cli.run();
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Usage: otbridge", "check", "schema", "init");
    }
}
