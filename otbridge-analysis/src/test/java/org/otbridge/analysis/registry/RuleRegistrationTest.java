package org.otbridge.analysis.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.SiteRule;

/**
 * A rule class that is not in {@link BuiltInRules} would never run and never be documented. The
 * production code registers rules by an explicit list; this test scans the compiled classes of
 * the analysis module (never the test classes) for every class that is a rule.
 */
class RuleRegistrationTest {

    @Test
    void everyRuleClassIsRegisteredOnce() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RuleInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).as("the main classes of otbridge-analysis").isDirectory();
        List<Class<?>> ruleClasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RuleInfo.class.getClassLoader());
                boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
                if (type.isAnnotationPresent(RuleInfo.class) || concrete && SiteRule.class.isAssignableFrom(type)) {
                    ruleClasses.add(type);
                }
            }
        }
        Set<Class<?>> registered = new HashSet<>();
        for (List<? extends SiteRule<?>> family : List.of(BuiltInRules.ARCHITECTURE, BuiltInRules.EXPOSURE,
                BuiltInRules.GOVERNANCE, BuiltInRules.CONTINGENCY, BuiltInRules.DRIFT)) {
            family.forEach(rule -> assertThat(registered.add(rule.getClass())).as("%s twice", rule).isTrue());
        }
        assertThat(ruleClasses).hasSizeGreaterThanOrEqualTo(60);
        assertThat(ruleClasses).as("rule classes missing from BuiltInRules").allMatch(registered::contains);
        assertThat(registered).as("registered rules without @RuleInfo").allMatch(
                type -> type.isAnnotationPresent(RuleInfo.class));
    }
}
