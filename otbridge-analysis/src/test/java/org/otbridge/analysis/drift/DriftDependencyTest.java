package org.otbridge.analysis.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analysis reads what was observed, never how: its sources use the inventory values of
 * otbridge-observe (org.otbridge.observe.inventory) and nothing else of that module, so the
 * capture readers, decoders and Zeek parsing stay behind the inventory and can change freely.
 */
class DriftDependencyTest {

    private static final Pattern OBSERVE = Pattern.compile("org\\.otbridge\\.observe\\.([A-Za-z0-9_.]+)");

    @Test
    void mainSourcesUseOnlyTheInventoryOfObserve() throws IOException {
        List<String> problems = new ArrayList<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = OBSERVE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    uses++;
                    if (!m.group(1).startsWith("inventory.")) {
                        problems.add(file + " uses org.otbridge.observe." + m.group(1));
                    }
                }
            }
        }
        assertThat(uses).as("the drift analysis reads the inventory").isPositive();
        assertThat(problems).isEmpty();
    }
}
