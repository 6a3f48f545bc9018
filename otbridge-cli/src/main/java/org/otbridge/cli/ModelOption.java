package org.otbridge.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The MODEL every model-reading command takes, before or after its options. */
final class ModelOption {

    @Parameters(arity = "0..1", paramLabel = "MODEL",
            description = "Model file or folder (default: the bundled example utility).")
    Path model;
}
