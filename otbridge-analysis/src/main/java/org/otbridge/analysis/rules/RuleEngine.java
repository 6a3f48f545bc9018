package org.otbridge.analysis.rules;

import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.otbridge.analysis.Finding;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.attack.AttackCatalog;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.model.Asset;
import org.otbridge.model.Connection;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.ImpactLevel;
import org.otbridge.model.Model;
import org.otbridge.model.Problem;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;
import org.otbridge.model.Supplier;
import org.otbridge.model.Zone;

/**
 * Evaluates a {@link RuleCatalog} over one model. Rules are indexed by scope and, for
 * asset-control rules, by control kind, so a condition only runs where it can fire: per asset
 * (and each zone it sits in), per pair of asset and applying control of a kind the rule asks for,
 * per connection, zone, supplier and service. The values a condition reads are built once per
 * subject, not per rule. A condition that reads a value the model leaves out (null compared,
 * missing map key) does not fire; {@link Result#errors()} counts those. Any other failure, or a
 * rule over its {@link RuleLimits}, stops that rule and is one of {@link Result#problems()}.
 * Findings go through {@link FindingBuilder}:
 * the rule's severity, one step up when a touched service has critical impact, one step down when
 * no service is touched. Immutable; each run is independent.
 */
public final class RuleEngine {

    /**
     * The findings of one run; how often each rule was evaluated and read a missing value (with the
     * first message); how many asset values were built (at most one per asset); and the rules that
     * were stopped, one problem each at the rule's condition.
     */
    public record Result(List<Finding> findings, Map<String, Long> evaluations, Map<String, Long> errors,
            Map<String, String> firstErrors, long assetValues, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final RuleCatalog catalog;
    private final LocalDate today;
    private final AttackCatalog attack;
    private final RuleLimits limits;
    private final Map<Rule, CelRuntime.Program> programs;
    private final List<Rule> assetRules = new ArrayList<>();
    private final List<Rule> anyKindRules = new ArrayList<>();
    private final Map<ControlKind, List<Rule>> byKind = new EnumMap<>(ControlKind.class);
    private final Map<RuleScope, List<Rule>> byScope = new EnumMap<>(RuleScope.class);

    public RuleEngine(RuleCatalog catalog, LocalDate today) {
        this(catalog, today, AttackCatalog.bundled());
    }

    public RuleEngine(RuleCatalog catalog, LocalDate today, AttackCatalog attack) {
        this(catalog, today, attack, RuleLimits.defaults());
    }

    public RuleEngine(RuleCatalog catalog, LocalDate today, AttackCatalog attack, RuleLimits limits) {
        this.catalog = catalog;
        this.today = today;
        this.attack = attack;
        this.limits = limits;
        this.programs = RuleCompiler.get().programs(catalog.rules(), limits);
        for (RuleScope scope : RuleScope.values()) {
            byScope.put(scope, new ArrayList<>());
        }
        for (Rule rule : catalog.rules()) {
            byScope.get(rule.scope()).add(rule);
            if (rule.scope() == RuleScope.ASSET) {
                assetRules.add(rule);
            } else if (rule.scope() == RuleScope.ASSET_CONTROL) {
                if (rule.kinds().isEmpty()) {
                    anyKindRules.add(rule);
                } else {
                    for (ControlKind kind : rule.kinds()) {
                        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(rule);
                    }
                }
            }
        }
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /** The findings of every rule, in the contract's order; none accepted yet. */
    public List<Finding> evaluate(SiteFacts facts) {
        return run(facts).findings();
    }

    /** The findings and the evaluation counts of one run. */
    public Result run(SiteFacts facts) {
        return new Run(facts, asset -> true).execute();
    }

    /**
     * As {@link #run(SiteFacts)}, with the asset and asset-control rules evaluated on the assets
     * {@code assets} accepts only; the other scopes as ever.
     */
    public Result run(SiteFacts facts, java.util.function.Predicate<Asset> assets) {
        return new Run(facts, assets).execute();
    }

    /** The asset-control rules evaluated for a control of this kind, in catalog order. */
    List<Rule> rulesFor(ControlKind kind) {
        List<Rule> specific = byKind.getOrDefault(kind, List.of());
        if (anyKindRules.isEmpty()) {
            return specific;
        }
        if (specific.isEmpty()) {
            return anyKindRules;
        }
        List<Rule> all = new ArrayList<>(specific);
        all.addAll(anyKindRules);
        return all;
    }

    /** One evaluation over one model. Not thread-safe. */
    private final class Run {
        private final SiteFacts facts;
        private final SiteBinder binder;
        private final Map<String, FindingBuilder> builders = new LinkedHashMap<>();
        private final Map<String, Long> evaluations = new HashMap<>();
        private final Map<String, Long> errors = new HashMap<>();
        private final Map<String, String> firstErrors = new HashMap<>();
        private final GuardedEvaluation guard = new GuardedEvaluation(limits, programs);
        private final StringBuilder missing = new StringBuilder();
        private long assetValues;
        private final java.util.function.Predicate<Asset> assets;

        Run(SiteFacts facts, java.util.function.Predicate<Asset> assets) {
            this.facts = facts;
            this.binder = new SiteBinder(facts, today);
            this.assets = assets;
        }

        Result execute() {
            if (!byScope.get(RuleScope.ASSET).isEmpty() || !byScope.get(RuleScope.ASSET_CONTROL).isEmpty()) {
                boolean controlRules = !byScope.get(RuleScope.ASSET_CONTROL).isEmpty();
                Controlled controlled = assetRules.isEmpty() && anyKindRules.isEmpty() ? new Controlled(facts.model()) : null;
                for (Asset asset : facts.model().assets()) {
                    if (assets.test(asset) && (controlled == null || controlled.mayHave(asset))) {
                        assetRules(asset, controlRules);
                    }
                }
            }
            for (Rule rule : byScope.get(RuleScope.CONNECTION)) {
                for (Connection connection : facts.model().connections()) {
                    Vars vars = new Vars(this).connection(connection);
                    if (fires(rule, vars)) {
                        builder(rule).report(Details.connection(connection), connection);
                    }
                }
            }
            for (Rule rule : byScope.get(RuleScope.ZONE)) {
                for (Zone zone : facts.model().zones()) {
                    Vars vars = new Vars(this).zone(zone);
                    if (fires(rule, vars)) {
                        builder(rule).report(Details.zone(zone), List.of(zone.ref()), vars.serviceScope());
                    }
                }
            }
            for (Rule rule : byScope.get(RuleScope.SUPPLIER)) {
                for (Supplier supplier : facts.model().suppliers()) {
                    Vars vars = new Vars(this).supplier(supplier);
                    if (fires(rule, vars)) {
                        builder(rule).report(Details.supplier(supplier), supplier.ref());
                    }
                }
            }
            for (Rule rule : byScope.get(RuleScope.SERVICE)) {
                for (Service service : facts.model().services()) {
                    Vars vars = new Vars(this).service(service);
                    if (fires(rule, vars)) {
                        builder(rule).report(Details.service(service), service.ref());
                    }
                }
            }
            List<Finding> findings = new ArrayList<>();
            for (FindingBuilder builder : builders.values()) {
                findings.addAll(builder.findings());
            }
            findings.sort(Finding.ORDER);
            return new Result(List.copyOf(findings), Collections.unmodifiableMap(new TreeMap<>(evaluations)),
                    Collections.unmodifiableMap(new TreeMap<>(errors)), Collections.unmodifiableMap(new TreeMap<>(firstErrors)),
                    assetValues, guard.problems());
        }

        /** The asset rules, then every applying control with the rules for its kind; values built once. */
        private void assetRules(Asset asset, boolean controlRules) {
            List<Control> controls = controlRules || !assetRules.isEmpty() ? facts.controlsOn(asset.ref()) : List.of();
            boolean any = !assetRules.isEmpty();
            if (!any && controlRules) {
                for (Control control : controls) {
                    if (!rulesFor(control.kind()).isEmpty()) {
                        any = true;
                        break;
                    }
                }
            }
            if (!any) {
                return;
            }
            Vars vars = new Vars(this).asset(asset, controls);
            assetValues++;
            List<Zone> zones = facts.zonesOf(asset);
            for (Rule rule : assetRules) {
                if (firesInSomeZone(rule, vars, zones)) {
                    builder(rule).report(Details.asset(asset, vars.firedIn), asset.ref());
                }
            }
            if (!controlRules) {
                return;
            }
            for (Control control : controls) {
                List<Rule> rules = rulesFor(control.kind());
                if (rules.isEmpty()) {
                    continue;
                }
                vars.control = binder.control(control);
                vars.controlRef = control.ref();
                for (Rule rule : rules) {
                    if (firesInSomeZone(rule, vars, zones)) {
                        builder(rule).report(Details.assetControl(asset, control, vars.firedIn),
                                List.of(asset.ref(), control.ref()), List.of(asset.ref()));
                    }
                }
            }
            vars.control = null;
            vars.controlRef = null;
        }

        /**
         * Whether the rule fires for the asset in one of its zones, tried in order; the first such
         * zone is left in {@code vars.firedIn} (null for an asset in no zone).
         */
        private boolean firesInSomeZone(Rule rule, Vars vars, List<Zone> zones) {
            vars.firedIn = null;
            if (zones.isEmpty()) {
                vars.zone = binder.noZone();
                return fires(rule, vars);
            }
            for (Zone zone : zones) {
                vars.zone = binder.zone(zone);
                if (fires(rule, vars)) {
                    vars.firedIn = zone;
                    return true;
                }
            }
            return false;
        }

        private boolean fires(Rule rule, Vars vars) {
            if (guard.isStopped(rule)) {
                return false;
            }
            evaluations.merge(rule.id(), 1L, Long::sum);
            missing.setLength(0);
            GuardedEvaluation.Outcome outcome = guard.evaluate(rule, vars, vars.describeSubject(), missing);
            if (outcome == GuardedEvaluation.Outcome.MISSING_VALUE) {
                errors.merge(rule.id(), 1L, Long::sum);
                firstErrors.putIfAbsent(rule.id(), missing.toString());
            }
            return outcome == GuardedEvaluation.Outcome.FIRES;
        }

        private FindingBuilder builder(Rule rule) {
            return builders.computeIfAbsent(rule.id(), id -> new FindingBuilder(rule.metadata(), facts, attack));
        }
    }

    /**
     * Where a control of a kind some rule asks for can apply: the controls of those kinds, and the
     * assets and zones they apply to. With only asset-control rules of some kinds (the rules a change
     * to one kind of control evaluates again), the other assets are passed over without building
     * their values; they could not fire.
     */
    private final class Controlled {
        private final Set<String> controls = new HashSet<>();
        private final Set<String> assets = new HashSet<>();
        private final Set<String> zones = new HashSet<>();

        Controlled(Model model) {
            for (Control control : model.controls()) {
                if (byKind.containsKey(control.kind())) {
                    controls.add(control.id());
                    for (Ref target : control.appliesTo()) {
                        if (target.kind() == RefKind.ASSET) {
                            assets.add(target.id());
                        } else if (target.kind() == RefKind.ZONE) {
                            zones.add(target.id());
                        }
                    }
                }
            }
        }

        boolean mayHave(Asset asset) {
            if (assets.contains(asset.id())) {
                return true;
            }
            for (Ref control : asset.controls()) {
                if (controls.contains(control.id())) {
                    return true;
                }
            }
            for (Ref zone : asset.zones()) {
                if (zones.contains(zone.id())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The variables of one evaluation ({@link RuleBindings#VARIABLES}). Set per subject; lists
     * (services, connections, controls) are computed on first read and kept for the subject.
     */
    private static final class Vars implements CelVariableResolver {
        private final Run run;
        private final SiteBinder binder;
        Bound asset;
        Bound zone;
        Bound control;
        Ref controlRef;
        Bound connectionValue;
        Bound supplierValue;
        Bound serviceValue;
        Zone firedIn;
        private List<Control> appliedControls = List.of();
        private Ref subject;
        private Zone zoneSubject;
        private Connection connectionSubject;
        private Collection<Ref> services;
        private Object servicesValue;
        private Object controlsValue;
        private Object connectionsValue;
        private Object viaValue;

        Vars(Run run) {
            this.run = run;
            this.binder = run.binder;
        }

        Vars asset(Asset asset, List<Control> controls) {
            this.asset = binder.asset(asset, controls);
            this.appliedControls = controls;
            this.subject = asset.ref();
            return this;
        }

        Vars connection(Connection connection) {
            this.connectionValue = binder.connection(connection);
            this.connectionSubject = connection;
            this.subject = connection.ref();
            return this;
        }

        Vars zone(Zone zone) {
            this.zone = binder.zone(zone);
            this.zoneSubject = zone;
            this.subject = zone.ref();
            return this;
        }

        Vars supplier(Supplier supplier) {
            this.supplierValue = binder.supplier(supplier);
            this.subject = supplier.ref();
            return this;
        }

        Vars service(Service service) {
            this.serviceValue = binder.service(service);
            this.subject = service.ref();
            return this;
        }

        /** The subject being evaluated, for a problem's message: "asset:hmi-1" or "asset:hmi-1 with control:pw". */
        String describeSubject() {
            String text = subject == null ? "the model" : subject.key();
            return control != null && controlRef != null ? text + " with " + controlRef.key() : text;
        }

        /** The elements whose services a finding touches, matching the {@code services} variable. */
        List<Ref> serviceScope() {
            if (zoneSubject != null) {
                List<Ref> scope = new ArrayList<>();
                scope.add(zoneSubject.ref());
                run.facts.assetsIn(zoneSubject).forEach(a -> scope.add(a.ref()));
                return scope;
            }
            if (connectionSubject != null) {
                return FindingBuilder.scopeOf(connectionSubject);
            }
            return List.of(subject);
        }

        private Collection<Ref> serviceRefs() {
            if (services == null) {
                if (zoneSubject != null || connectionSubject != null) {
                    services = run.facts.servicesOfAny(serviceScope());
                } else {
                    services = run.facts.servicesOf(subject);
                }
            }
            return services;
        }

        @Override
        public Optional<Object> find(String name) {
            Object value = switch (name) {
                case "asset" -> asset;
                case "zone" -> zone;
                case "control" -> control;
                case "connection" -> connectionValue;
                case "supplier" -> supplierValue;
                case "service" -> serviceValue;
                case "now" -> binder.now();
                case "services" -> {
                    if (servicesValue == null) {
                        servicesValue = binder.services(serviceRefs());
                    }
                    yield servicesValue;
                }
                case "max_impact" -> binder.worst(serviceRefs()).yamlName();
                case "max_impact_level" -> (long) binder.worst(serviceRefs()).ordinal();
                case "critical_service" -> binder.worst(serviceRefs()).compareTo(ImpactLevel.HIGH) >= 0;
                case "controls" -> {
                    if (controlsValue == null) {
                        controlsValue = binder.controls(asset != null ? appliedControls
                                : run.facts.controlsOn(subject));
                    }
                    yield controlsValue;
                }
                case "connections" -> {
                    if (connectionsValue == null) {
                        connectionsValue = binder.connections(run.facts.connectionsOf(subject));
                    }
                    yield connectionsValue;
                }
                case "via_connections" -> {
                    if (viaValue == null) {
                        viaValue = binder.connections(binder.passingThrough(subject));
                    }
                    yield viaValue;
                }
                default -> null;
            };
            return Optional.ofNullable(value);
        }
    }
}
