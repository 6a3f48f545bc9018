package org.otbridge.model.load;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.otbridge.model.Problem;
import org.otbridge.model.SourcePosition;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;
import org.otbridge.model.spec.ModelSpec;
import org.otbridge.model.yaml.YNode;
import org.otbridge.model.yaml.YamlTreeReader;

/**
 * Reads one model file: streams its top-level sections from the YAML reader, checks and converts
 * each item, and binds it at once, so only one element's tree is alive at a time.
 */
final class FileReader implements YamlTreeReader.Sections {

    private final List<Problem> problems = new ArrayList<>();
    private final ValueReader values = new ValueReader(problems::add);
    private final ModelBinder binder;

    private FileReader(String file) {
        this.binder = new ModelBinder(file);
    }

    /**
     * The file's records and problems. {@code complete} is false when the file could not be read
     * to its end (a syntax error, unreadable), so elements it defines may be missing.
     */
    record Result(ModelBinder binder, List<Problem> problems, boolean complete) {
    }

    static Result read(YamlTreeReader yaml, String file, Reader text) {
        FileReader reader = new FileReader(file);
        boolean complete = yaml.readSections(file, text, reader.problems::add, reader);
        return new Result(reader.binder, reader.problems, complete);
    }

    /** Reads UTF-8 bytes, as a model file on disk. */
    static Result read(YamlTreeReader yaml, String file, InputStream bytes) {
        FileReader reader = new FileReader(file);
        boolean complete = yaml.readSections(file, bytes, reader.problems::add, reader);
        return new Result(reader.binder, reader.problems, complete);
    }

    static Result failed(String file, Problem problem) {
        return new Result(new ModelBinder(file), List.of(problem), false);
    }

    @Override
    public void root(YNode root) {
        if (root instanceof YNode.YScalar scalar && scalar.isNull()) {
            return; // an empty document ("---" and comments) holds nothing, like an empty file
        }
        problems.add(new Problem(root.at(), "a model must be a mapping of sections (organization, services, zones, "
                + "assets, ...), found " + root.shape()));
    }

    @Override
    public void value(String key, SourcePosition keyAt, YNode value) {
        FieldSpec section = section(key, keyAt);
        if (section == null) {
            return;
        }
        if (section.type() instanceof FieldType.Nested nested) {
            values.readObject(value, nested.spec()).ifPresent(binder::addOrganization);
        } else if (!(value instanceof YNode.YScalar scalar && scalar.isNull())) {
            problems.add(new Problem(value.at(), "'" + key + "' expects a list, found " + value.shape()));
        }
    }

    @Override
    public void list(String key, SourcePosition keyAt, SourcePosition at) {
        FieldSpec section = section(key, keyAt);
        if (section != null && !(section.type() instanceof FieldType.ListOf)) {
            problems.add(new Problem(at, "'" + key + "' expects a mapping, found a list"));
        }
    }

    @Override
    public void item(String key, YNode item) {
        FieldSpec section = ModelSpec.ROOT.fieldOrNull(key);
        if (section != null && section.type() instanceof FieldType.ListOf list
                && list.item() instanceof FieldType.Nested nested) {
            Optional<Fields> fields = values.readObject(item, nested.spec());
            if (fields.isPresent()) {
                binder.add(key, fields.get());
            }
        }
    }

    /** The section's spec, or null for an extension key or an unknown one (reported). */
    private FieldSpec section(String key, SourcePosition keyAt) {
        if (key.startsWith(ModelSpec.EXTENSION_PREFIX)) {
            return null;
        }
        FieldSpec section = ModelSpec.ROOT.fieldOrNull(key);
        if (section == null) {
            problems.add(new Problem(keyAt, "unknown section '" + key + "'"
                    + Suggestions.didYouMean(key, ModelSpec.ROOT.fieldNames())
                    + " (sections: " + String.join(", ", ModelSpec.ROOT.fieldNames()) + ")"));
        }
        return section;
    }
}
