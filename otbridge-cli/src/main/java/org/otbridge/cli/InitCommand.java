package org.otbridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.otbridge.model.schema.JsonSchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code otbridge init [DIR]}: a commented starter model and the schema beside it. */
@Command(name = "init", mixinStandardHelpOptions = true,
        header = "Write a commented starter model and its schema into a folder.",
        description = {"Write a commented starter model (model.yaml) and its JSON Schema (otbridge.schema.json)",
                "into DIR. Existing files are never overwritten."})
final class InitCommand implements Callable<Integer> {

    static final String MODEL_FILE = "model.yaml";
    static final String SCHEMA_FILE = "otbridge.schema.json";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder to write into (default: the current folder).")
    Path folder = Path.of(".");

    @Override
    public Integer call() throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return refuse(folder + " is a file, not a folder; nothing written");
        }
        List<Path> targets = List.of(folder.resolve(MODEL_FILE), folder.resolve(SCHEMA_FILE));
        for (Path target : targets) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return refuse(target + " exists; nothing written");
            }
        }
        String model = starterModel();
        try (OutputTarget modelFile = OutputTarget.prepare(targets.get(0), spec.commandLine().getOut());
                OutputTarget schemaFile = OutputTarget.prepare(targets.get(1), spec.commandLine().getOut())) {
            modelFile.write(out -> out.write(model));
            schemaFile.write(out -> out.write(new JsonSchemaWriter().toJson()));
        } catch (OutputTarget.Refused e) {
            return refuse(e.getMessage());
        }
        spec.commandLine().getOut().println("Wrote " + targets.get(0) + " and " + targets.get(1)
                + ". Next: otbridge check " + folder);
        return ExitCodes.OK;
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("otbridge init: " + Terminal.oneLine(message));
        return ExitCodes.BAD_INPUT;
    }

    static String starterModel() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("init/model.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the starter model is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
