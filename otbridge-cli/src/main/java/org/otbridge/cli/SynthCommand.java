package org.otbridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.otbridge.synth.SyntheticModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code otbridge synth --assets N -o DIR [--seed S]}: a synthetic model for benchmarks and scale tests. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        header = "Write a synthetic model of N assets, for benchmarks and scale tests.",
        description = {"Write a valid synthetic model of exactly N assets (benchmarks, scale tests):",
                "a made-up utility with many heat, water and power sites of about 150 assets,",
                "as a folder of YAML files (shared files plus one file per site).",
                "The same N and seed always give the same bytes. DIR must be empty or not exist.",
                "Exit 0 when written, 2 on bad options or a non-empty DIR."})
final class SynthCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--assets", required = true, paramLabel = "N",
            description = "Number of assets, exactly (at least " + SyntheticModel.MIN_ASSETS + ").")
    int assets;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Folder to write into; created when missing, refused when not empty.")
    Path output;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (assets < SyntheticModel.MIN_ASSETS) {
            return refuse("--assets must be at least " + SyntheticModel.MIN_ASSETS + ", got " + assets);
        }
        if (Files.exists(output)) {
            if (!Files.isDirectory(output)) {
                return refuse(output + " is a file, not a folder; nothing written");
            }
            try (Stream<Path> entries = Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    return refuse(output + " is not empty; nothing written");
                }
            } catch (IOException e) {
                return refuse("cannot read " + output + ": " + e.getMessage());
            }
        }
        SyntheticModel.Result result;
        try {
            result = SyntheticModel.write(output, assets, seed);
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage() + "; nothing written");
        } catch (IOException e) {
            return refuse("cannot write " + output + ": " + e + "; nothing written");
        }
        spec.commandLine().getOut().println("Wrote " + result.assets() + " assets in " + result.sites()
                + (result.sites() == 1 ? " site" : " sites") + " (" + result.zones() + " zones, "
                + result.connections() + " connections, " + result.suppliers() + " suppliers) to " + output + ": "
                + result.files() + " files, " + result.bytes() + " bytes, seed " + seed);
        return ExitCodes.OK;
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("otbridge synth: " + Terminal.oneLine(message));
        return ExitCodes.BAD_INPUT;
    }
}
