package org.otbridge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.otbridge.model.schema.JsonSchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code otbridge schema [-o FILE]}: the JSON Schema of the model, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Print the JSON Schema of the model, for editors.",
        description = {"Print the JSON Schema of the model (draft 2020-12).",
                "Point a YAML language server at it: '# yaml-language-server: $schema=otbridge.schema.json'."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        String schema = new JsonSchemaWriter().toJson();
        try (OutputTarget target = output == null ? OutputTarget.standardOutput(spec.commandLine().getOut())
                : OutputTarget.prepare(output, spec.commandLine().getOut())) {
            target.write(out -> out.write(schema));
        } catch (OutputTarget.Refused e) {
            spec.commandLine().getErr().println("otbridge schema: " + Terminal.oneLine(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
