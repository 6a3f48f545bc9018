package org.otbridge.analysis.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.otbridge.analysis.rules.RuleBindings;

/**
 * What a CEL condition reads, in the words of docs/rules.md: {@code record.field} for a field of a
 * record variable ({@code asset.usage}, {@code control.min_length}), and the name of any other
 * variable it uses ({@code services}, {@code now}). Macro variables are followed to their list:
 * in {@code connections.exists(c, c.purpose != null)}, {@code c.purpose} reads
 * {@code connection.purpose}. Only the first field of a path counts: {@code c.to.domain} reads
 * {@code connection.to}. A text scan, not a parse; string literals are skipped.
 */
final class ConditionReads {

    private static final Pattern STRING = Pattern.compile("[rR]?(\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''"
            + "|\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*')");
    private static final Pattern MACRO = Pattern.compile(
            "([A-Za-z_][\\w.]*)\\.(?:exists_one|exists|all|map|filter)\\(\\s*([A-Za-z_]\\w*)\\s*,");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)*)");

    /** Record variables and list variables of records, by the record they hold. */
    private static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("asset", "asset"), Map.entry("zone", "zone"), Map.entry("control", "control"),
            Map.entry("connection", "connection"), Map.entry("supplier", "supplier"), Map.entry("service", "service"),
            Map.entry("controls", "control"), Map.entry("connections", "connection"),
            Map.entry("via_connections", "connection"), Map.entry("services", "service"));

    /** Record fields that hold lists of elements (requires entries, via assets). */
    private static final Set<String> ELEMENT_LISTS = Set.of("requires", "via");

    private ConditionReads() {
    }

    static List<String> of(String condition) {
        String code = STRING.matcher(condition).replaceAll("''");
        Set<String> variables = new LinkedHashSet<>();
        RuleBindings.VARIABLES.forEach(v -> variables.add(v.name()));
        Map<String, String> bound = new HashMap<>();
        Matcher macro = MACRO.matcher(code);
        while (macro.find()) {
            String[] receiver = macro.group(1).split("\\.");
            String record = RECORDS.get(receiver[0]);
            if (receiver.length == 1 && record != null && !record.equals(receiver[0])) {
                bound.put(macro.group(2), record);
            } else if (receiver.length > 1 && ELEMENT_LISTS.contains(receiver[receiver.length - 1])) {
                bound.put(macro.group(2), "element");
            }
        }
        Set<String> reads = new LinkedHashSet<>();
        Matcher path = PATH.matcher(code);
        while (path.find()) {
            String name = path.group(1);
            String[] fields = path.group(2).isEmpty() ? new String[0] : path.group(2).substring(1).split("\\.");
            String record = bound.containsKey(name) ? bound.get(name) : RECORDS.get(name);
            boolean single = record != null && record.equals(name) || bound.containsKey(name);
            if (single && fields.length > 0 && !record.equals("element")) {
                reads.add(record + "." + fields[0]);
            } else if (!bound.containsKey(name) && variables.contains(name) && !single) {
                reads.add(name);
            }
        }
        return new ArrayList<>(reads);
    }
}
