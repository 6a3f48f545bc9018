package org.otbridge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.otbridge.model.schema.JsonSchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code otbridge schema [-o FILE]}: the JSON Schema of the model, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of the model (draft 2020-12).",
                "Point a YAML language server at it: '# yaml-language-server: $schema=otbridge.schema.json'."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String schema = new JsonSchemaWriter().toJson();
        if (output == null) {
            spec.commandLine().getOut().print(schema);
        } else {
            AtomicFiles.write(output, schema);
        }
        return ExitCodes.OK;
    }
}
