package org.otbridge.analysis.registry;

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
 * What users read must hold: every rule id cited in the README, docs/ and examples/ exists, and
 * nothing the project ships points to material outside the repository.
 */
class ShippedTextTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern RULE_ID = Pattern.compile("\\bOTB-[A-Z]+-\\d+\\b");
    /** A range written as "OTB-ARCH-006, -007": every id is written out, so that it can be checked. */
    /** The design notes the project was built from; users have only the repository. */
    private static final Pattern OUTSIDE = Pattern.compile("shared/|ot-knowledge\\.md|\\b(MODEL|OUTPUT|DESIGN)\\.md");
    private static final Pattern SHORTHAND = Pattern.compile("\\bOTB-[A-Z]+-\\d+(,| and| or) -\\d");

    @Test
    void everyCitedRuleIdExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : userFacing()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher id = RULE_ID.matcher(lines.get(i));
                while (id.find()) {
                    if (RuleRegistry.builtIn().rule(id.group()).isEmpty()) {
                        problems.add(ROOT.relativize(file) + ":" + (i + 1) + ": no rule " + id.group());
                    }
                }
                if (SHORTHAND.matcher(lines.get(i)).find()) {
                    problems.add(ROOT.relativize(file) + ":" + (i + 1) + ": write every rule id in full");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void nothingShippedPointsOutsideTheRepository() throws IOException {
        List<Path> shipped = new ArrayList<>(userFacing());
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("otbridge-")).toList()) {
                shipped.add(module.resolve("pom.xml"));
                Path main = module.resolve("src/main");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(Files::isRegularFile).filter(ShippedTextTest::isText).forEach(shipped::add);
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path file : shipped) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (OUTSIDE.matcher(lines.get(i)).find()) {
                    problems.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".yaml") || name.endsWith(".md") || name.endsWith(".properties");
    }

    /** README.md and every Markdown and YAML file under docs/ and examples/. */
    private static List<Path> userFacing() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        for (String folder : List.of("docs", "examples")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(ShippedTextTest::isText).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(10);
        return files;
    }
}
