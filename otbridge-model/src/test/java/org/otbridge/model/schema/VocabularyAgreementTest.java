package org.otbridge.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.otbridge.model.ControlKind;
import org.otbridge.model.RefKind;
import org.otbridge.model.load.ModelLoader;
import org.otbridge.model.load.ModelSource;
import org.otbridge.model.spec.ControlParameters;
import org.otbridge.model.spec.FieldSpec;
import org.otbridge.model.spec.FieldType;
import org.otbridge.model.spec.ModelSpec;
import org.otbridge.model.spec.ObjectSpec;
import org.otbridge.model.spec.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema accepts exactly what the loader accepts, for every closed vocabulary of the model
 * (enums, words of control parameters, flags, the words a duration may be instead): each field is
 * written into the smallest document that holds it, with every spelling of its vocabulary, plainly
 * and quoted, and with seeded mutations of them (letter case, typos, numbers and booleans written
 * other ways, words of other vocabularies, empty values). Loader and schema must agree on each.
 */
class VocabularyAgreementTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(new JsonSchemaWriter().schema());

    /** Where a closed field sits: a document with {@code VALUE} in its place. */
    record Site(String name, String template, Vocabulary vocabulary) {
        String with(String value) {
            return template.replace(VALUE, value);
        }
    }

    private static final String VALUE = "\u0000VALUE\u0000";

    @ParameterizedTest
    @ValueSource(longs = {1L, 20260226L, 987654321L})
    void schemaAndLoaderAgreeOnEverySpellingAndMutation(long seed) {
        List<Site> sites = sites();
        List<String> vocabularyWords = sites.stream().flatMap(s -> s.vocabulary().spellings().stream()).distinct()
                .toList();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        int checked = 0;
        for (Site site : sites) {
            for (String value : candidates(site.vocabulary(), vocabularyWords, random)) {
                String document = site.with(value);
                boolean loader = loaderAccepts(document);
                boolean schema = schemaAccepts(document);
                checked++;
                accepted += loader ? 1 : 0;
                if (loader != schema) {
                    disagreements.add(site.name() + " = " + value + ": loader " + (loader ? "accepts" : "rejects")
                            + ", schema " + (schema ? "accepts" : "rejects") + " (seed " + seed + ")\n" + document);
                }
            }
        }
        assertThat(disagreements).as("documents where the schema and the loader disagree").isEmpty();
        // The walk must have reached the closed fields, accepted and rejected values alike.
        assertThat(sites).extracting(Site::name).contains("asset.type", "connection.protocol", "unit.discipline",
                "zone.level", "zone.flat", "account.kind", "connection.protocol_category", "management.auth",
                "control.auto-patching.reboot", "control.mfa.method", "control.account-lockout.duration");
        assertThat(accepted).isGreaterThan(500);
        assertThat(checked - accepted).isGreaterThan(500);
    }

    @Test
    void theSpellingsTheIssueNamedLoadAsTheirValues() {
        String yaml = """
                controls:
                  - {id: patch, kind: auto-patching, reboot: true, approval: no}
                  - {id: mfa, kind: mfa, method: hardware-token, verifier: on-premises}
                  - {id: mfa-otp, kind: mfa, method: otp}
                """;
        var result = new ModelLoader().load(List.of(new ModelSource("model.yaml", yaml)));
        assertThat(result.problems()).isEmpty();
        assertThat(result.model().control("patch").orElseThrow().parameters())
                .containsEntry("reboot", "auto").containsEntry("approval", "auto");
        assertThat(result.model().control("mfa").orElseThrow().parameters())
                .containsEntry("method", "hardware-token").containsEntry("verifier", "on-prem");
        assertThat(result.model().control("mfa-otp").orElseThrow().parameters()).containsEntry("method", "totp");
        assertThat(schemaAccepts(yaml)).isTrue();
    }

    @Test
    void anUnknownValueIsStillALocatedErrorWithTheClosestSpelling() {
        var result = new ModelLoader().load(List.of(new ModelSource("model.yaml", """
                controls:
                  - {id: mfa, kind: mfa, method: hardware-tokn}
                connections:
                  - {id: c, from: internet, to: zone:cc, protocol: any-desc}
                """)));
        assertThat(result.problems()).extracting(Object::toString).contains(
                "model.yaml:2:34: unknown method 'hardware-tokn' in control 'mfa'; did you mean 'hardware-token'? "
                        + "(one of: push, sms, totp, smartcard, fido2, hardware-token)",
                "model.yaml:4:52: unknown protocol 'any-desc' in connection 'c'; did you mean 'any-desk' (anydesk)?");
    }

    /** Every spelling plainly and quoted, and mutations of them. */
    private static List<String> candidates(Vocabulary vocabulary, List<String> otherWords, SplittableRandom random) {
        Set<String> values = new LinkedHashSet<>();
        for (String spelling : vocabulary.spellings()) {
            values.add(spelling);
            values.add("\"" + spelling + "\"");
        }
        values.addAll(List.of("~", "null", "\"\"", "true", "false", "yes", "no", "True", "TRUE", "on", "off", "0", "1",
                "2.0", "3.50", "-0", "2e0", "02", "0.5", "\"3.5\"", "\"true\"", "other", "none", "x"));
        List<String> spellings = vocabulary.spellings();
        for (int i = 0; i < 12; i++) {
            String base = spellings.get(random.nextInt(spellings.size()));
            values.add(mutate(base, random));
            values.add("\"" + mutate(base, random) + "\"");
            values.add(otherWords.get(random.nextInt(otherWords.size())));
        }
        return values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static String mutate(String word, SplittableRandom random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-.";
        int at = random.nextInt(word.length() + 1);
        return switch (random.nextInt(5)) {
            case 0 -> word.toUpperCase(Locale.ROOT);
            case 1 -> word.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + word.substring(at);
            case 2 -> word.length() > 1 && at < word.length() ? word.substring(0, at) + word.substring(at + 1) : word + "s";
            case 3 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
            default -> word.replace('-', '_');
        };
    }

    private static boolean loaderAccepts(String yaml) {
        return new ModelLoader().load(List.of(new ModelSource("model.yaml", yaml))).problems().stream()
                .allMatch(p -> p.message().contains(" is not defined"));
    }

    private static boolean schemaAccepts(String yaml) {
        JsonNode document = YAML.readTree(yaml);
        return SCHEMA.validate(document).isEmpty();
    }

    // ------------------------------------------------------------------ the smallest documents

    /** Every closed field of the spec and every closed control parameter, with a document to try it in. */
    static List<Site> sites() {
        List<Site> sites = new ArrayList<>();
        for (FieldSpec section : ModelSpec.ROOT.fields()) {
            FieldType type = section.type();
            if (type instanceof FieldType.ListOf list && list.item() instanceof FieldType.Nested nested) {
                collect(nested.spec(), inner -> "{" + section.name() + ": [" + inner + "]}", sites);
            } else if (type instanceof FieldType.Nested nested) {
                collect(nested.spec(), inner -> "{" + section.name() + ": " + inner + "}", sites);
            }
        }
        for (ControlKind kind : ControlKind.values()) {
            for (FieldSpec parameter : ControlParameters.of(kind)) {
                vocabulary(parameter.type()).ifPresent(v -> sites.add(new Site(
                        "control." + kind.yamlName() + "." + parameter.name(),
                        "{controls: [{id: c1, kind: " + kind.yamlName() + ", " + parameter.name() + ": "
                                + wrap(parameter.type(), VALUE) + "}]}", v)));
            }
        }
        return sites;
    }

    private static void collect(ObjectSpec spec, java.util.function.UnaryOperator<String> around, List<Site> sites) {
        for (FieldSpec field : spec.fields()) {
            FieldType type = field.type();
            FieldType item = type instanceof FieldType.ListOf list ? list.item() : type;
            if (item instanceof FieldType.Nested nested) {
                collect(nested.spec(), inner -> around.apply(minimal(spec, field.name(),
                        type instanceof FieldType.ListOf ? "[" + inner + "]" : inner)), sites);
                continue;
            }
            vocabulary(type).ifPresent(v -> sites.add(new Site(spec.name() + "." + field.name(),
                    around.apply(minimal(spec, field.name(), wrap(type, VALUE))), v)));
        }
    }

    /** A list field holds the value as its only item. */
    private static String wrap(FieldType type, String value) {
        return type instanceof FieldType.ListOf ? "[" + value + "]" : value;
    }

    private static java.util.Optional<Vocabulary> vocabulary(FieldType type) {
        FieldType item = type instanceof FieldType.ListOf list ? list.item() : type;
        return java.util.Optional.ofNullable(item instanceof FieldType.Choice choice ? choice.vocabulary()
                : item instanceof FieldType.Words words ? words.vocabulary()
                : item instanceof FieldType.Flag flag ? flag.vocabulary()
                : item instanceof FieldType.Span span && !span.vocabulary().values().isEmpty() ? span.vocabulary()
                : null);
    }

    /** The object with its required fields (and one of each exactly-one group) and {@code field} set to {@code value}. */
    private static String minimal(ObjectSpec spec, String field, String value) {
        List<String> entries = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();
        spec.fields().stream().filter(FieldSpec::required).forEach(f -> wanted.add(f.name()));
        for (List<String> group : spec.exactlyOne()) {
            if (!group.contains(field)) {
                wanted.add(group.get(0));
            }
        }
        wanted.remove(field);
        int n = 0;
        for (String name : wanted) {
            entries.add(name + ": " + valid(spec.fieldOrNull(name).type(), ++n));
        }
        entries.add(field + ": " + value);
        return "{" + String.join(", ", entries) + "}";
    }

    /** A valid value of a type, for the fields around the one under test; references may dangle. */
    private static String valid(FieldType type, int n) {
        if (type instanceof FieldType.Identifier) {
            return "x" + n;
        }
        if (type instanceof FieldType.Choice choice) {
            return choice.names().get(0);
        }
        if (type instanceof FieldType.Reference reference) {
            RefKind kind = Stream.of(RefKind.values()).filter(k -> reference.kinds().contains(k) && !k.isEndpoint())
                    .findFirst().orElseThrow();
            return kind.yamlName() + ":x" + n;
        }
        if (type instanceof FieldType.Nested nested) {
            List<String> entries = new ArrayList<>();
            nested.spec().fields().stream().filter(FieldSpec::required)
                    .forEach(f -> entries.add(f.name() + ": " + valid(f.type(), n)));
            return "{" + String.join(", ", entries) + "}";
        }
        return "t" + n;
    }
}
