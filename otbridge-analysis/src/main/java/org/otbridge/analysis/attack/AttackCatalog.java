package org.otbridge.analysis.attack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MITRE ATT&amp;CK for ICS techniques and mitigations, read from the STIX bundle that ships
 * with OT Bridge ({@code ics-attack.json}, see SOURCES.md next to it). Names shown to users come
 * from here, never from hand-typed strings. Immutable; {@link #bundled()} holds one shared
 * instance, {@link #load()} reads a fresh one.
 */
public final class AttackCatalog {

    /** Resource path of the bundled STIX 2.0 bundle. */
    public static final String RESOURCE = "/org/otbridge/analysis/attack/ics-attack.json";

    /** A technique: external id (T0822), name, the names of its tactics, and whether it is retired. */
    public record Technique(String id, String name, List<String> tactics, boolean deprecated) {
        public Technique {
            tactics = List.copyOf(tactics);
        }

        /** True while MITRE still lists it (neither deprecated nor revoked). */
        public boolean active() {
            return !deprecated;
        }
    }

    /** A mitigation: external id (M0930), name, and whether it is retired. */
    public record Mitigation(String id, String name, boolean deprecated) {
        public boolean active() {
            return !deprecated;
        }
    }

    private final Map<String, Technique> techniques;
    private final Map<String, Mitigation> mitigations;

    private AttackCatalog(Map<String, Technique> techniques, Map<String, Mitigation> mitigations) {
        this.techniques = Collections.unmodifiableMap(techniques);
        this.mitigations = Collections.unmodifiableMap(mitigations);
    }

    /** The shared instance, read once on first use. */
    public static AttackCatalog bundled() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final AttackCatalog INSTANCE = load();
    }

    /** Reads the bundled STIX bundle. */
    public static AttackCatalog load() {
        try (InputStream in = AttackCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled ATT&CK for ICS data missing: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a STIX bundle: streams through {@code objects} and keeps only attack patterns,
     * courses of action and tactics, so the rest of the 3 MB never becomes a tree.
     */
    public static AttackCatalog read(InputStream in) {
        // Each object is read as its own small tree while the parser stays inside the array.
        ObjectMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        Map<String, String> tacticNames = new LinkedHashMap<>();
        List<JsonNode> patterns = new ArrayList<>();
        List<JsonNode> actions = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a STIX bundle: expected a JSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"objects".equals(field) || value != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode object = mapper.readTree(parser);
                    switch (object.path("type").asString("")) {
                        case "attack-pattern" -> patterns.add(object);
                        case "course-of-action" -> actions.add(object);
                        case "x-mitre-tactic" -> tacticNames.put(object.path("x_mitre_shortname").asString(""),
                                object.path("name").asString(""));
                        default -> { }
                    }
                }
            }
        }
        Map<String, Technique> techniques = new TreeMap<>();
        for (JsonNode pattern : patterns) {
            String id = externalId(pattern);
            if (id == null) {
                continue;
            }
            List<String> tactics = new ArrayList<>();
            for (JsonNode phase : pattern.path("kill_chain_phases")) {
                String shortName = phase.path("phase_name").asString("");
                tactics.add(tacticNames.getOrDefault(shortName, shortName));
            }
            Technique technique = new Technique(id, pattern.path("name").asString(""), tactics, retired(pattern));
            techniques.merge(id, technique, (a, b) -> a.active() ? a : b);
        }
        Map<String, Mitigation> mitigations = new TreeMap<>();
        for (JsonNode action : actions) {
            String id = externalId(action);
            if (id == null) {
                continue;
            }
            Mitigation mitigation = new Mitigation(id, action.path("name").asString(""), retired(action));
            mitigations.merge(id, mitigation, (a, b) -> a.active() ? a : b);
        }
        return new AttackCatalog(techniques, mitigations);
    }

    /**
     * The ATT&amp;CK id of a STIX object. Current releases cite it under source {@code mitre-attack},
     * older and deprecated objects under {@code mitre-ics-attack}.
     */
    private static String externalId(JsonNode object) {
        for (JsonNode reference : object.path("external_references")) {
            String source = reference.path("source_name").asString("");
            String id = reference.path("external_id").asString(null);
            if (id != null && (source.equals("mitre-attack") || source.equals("mitre-ics-attack"))) {
                return id;
            }
        }
        return null;
    }

    private static boolean retired(JsonNode object) {
        return object.path("revoked").asBoolean(false) || object.path("x_mitre_deprecated").asBoolean(false);
    }

    /** A technique by its id (T0822), deprecated ones included. */
    public Optional<Technique> technique(String id) {
        return Optional.ofNullable(techniques.get(id));
    }

    /** A mitigation by its id (M0930). */
    public Optional<Mitigation> mitigation(String id) {
        return Optional.ofNullable(mitigations.get(id));
    }

    /** The name of a technique or mitigation. */
    public Optional<String> name(String id) {
        Technique technique = techniques.get(id);
        if (technique != null) {
            return Optional.of(technique.name());
        }
        return mitigation(id).map(Mitigation::name);
    }

    /** True when the id names a technique or mitigation that MITRE still lists. */
    public boolean isActive(String id) {
        Technique technique = techniques.get(id);
        if (technique != null) {
            return technique.active();
        }
        return mitigation(id).map(Mitigation::active).orElse(false);
    }

    /** How a reference to the id reads in a finding: {@code ATT&CK ICS T0822 External Remote Services}. */
    public String citation(String id) {
        return "ATT&CK ICS " + id + name(id).map(n -> " " + n)
                .orElseThrow(() -> new IllegalArgumentException("not in the bundled ATT&CK for ICS data: " + id));
    }

    /** Every technique by id, sorted, deprecated ones included. */
    public Map<String, Technique> techniques() {
        return techniques;
    }

    /** Every mitigation by id, sorted. */
    public Map<String, Mitigation> mitigations() {
        return mitigations;
    }
}
