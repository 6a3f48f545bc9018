package org.otbridge.analysis.contingency;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otbridge.analysis.Durations;
import org.otbridge.analysis.RuleFacts;
import org.otbridge.analysis.facts.SiteFacts;
import org.otbridge.analysis.resilience.CutSet;
import org.otbridge.analysis.resilience.FailureModel;
import org.otbridge.analysis.resilience.ResilienceResult;
import org.otbridge.analysis.resilience.SinglePointOfFailure;
import org.otbridge.model.Asset;
import org.otbridge.model.Backup;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Fallback;
import org.otbridge.model.Model;
import org.otbridge.model.Ref;
import org.otbridge.model.RefKind;
import org.otbridge.model.Service;

/**
 * What the contingency rules share: the site facts, the resilience result (single points of
 * failure and cut sets) indexed by element and by service, the assessment day, and the
 * restore-time estimate of each asset ({@link RestoreEstimate}). Built once per run; the
 * indexes are linear in the model and the resilience result, those over the assets built on
 * first use (a run of the practice rules alone needs none). Not thread-safe (estimates and
 * indexes are cached on first use).
 */
public final class ContingencySite implements RuleFacts {

    /**
     * The only control kinds the contingency rules read: backups, and the programme's practices
     * ({@code other} for their deprecated form). A change to controls of other kinds leaves their
     * findings as they were.
     */
    public static final Set<ControlKind> CONTROL_KINDS = Set.of(ControlKind.BACKUP, ControlKind.INCIDENT_PLAN,
            ControlKind.OFFLINE_RECOVERY_DOCS, ControlKind.OTHER);

    /** A fallback not exercised within this many months is stale (yearly practice, plus none). */
    public static final int FALLBACK_TEST_MONTHS = 12;

    /** A restore not proven within this many months is not proven (NERC CIP-009 cadence). */
    public static final int RESTORE_TEST_MONTHS = 15;

    private final SiteFacts facts;
    private final ResilienceResult resilience;
    private final LocalDate today;
    private final Map<Ref, List<Ref>> stoppedBy = new HashMap<>();
    private final Map<Ref, List<Ref>> spofsOfService = new HashMap<>();
    private final Map<Ref, List<CutSet>> pairsByElement = new HashMap<>();
    /** Assets by supplier, by listed control and by what they need; built when a rule first asks. */
    private AssetIndex assetIndex;
    private final Map<String, RestoreEstimate> estimates = new HashMap<>();
    private final List<Service> criticalServices;
    private FailureModel failureModel;

    public ContingencySite(SiteFacts facts, ResilienceResult resilience, LocalDate today) {
        this.facts = facts;
        this.resilience = resilience;
        this.today = today;
        for (SinglePointOfFailure spof : resilience.singlePointsOfFailure()) {
            stoppedBy.put(spof.element(), spof.services());
            for (Ref service : spof.services()) {
                spofsOfService.computeIfAbsent(service, s -> new ArrayList<>()).add(spof.element());
            }
        }
        for (CutSet cut : resilience.cutSets()) {
            if (cut.elements().size() == 2) {
                for (Ref element : cut.elements()) {
                    pairsByElement.computeIfAbsent(element, e -> new ArrayList<>()).add(cut);
                }
            }
        }
        this.criticalServices = facts.model().services().stream().filter(SiteFacts::isCritical).toList();
    }

    private record AssetIndex(Map<Ref, List<Asset>> bySupplier, Map<Ref, List<Asset>> byControl,
            Map<Ref, List<Ref>> dependents) {
    }

    private AssetIndex assetIndex() {
        if (assetIndex == null) {
            Map<Ref, List<Asset>> bySupplier = new HashMap<>();
            Map<Ref, List<Asset>> byControl = new HashMap<>();
            Map<Ref, List<Ref>> dependentsOf = new HashMap<>();
            for (Asset asset : facts.model().assets()) {
                if (asset.supplier() != null) {
                    bySupplier.computeIfAbsent(key(asset.supplier()), s -> new ArrayList<>()).add(asset);
                }
                for (Ref control : asset.controls()) {
                    byControl.computeIfAbsent(key(control), c -> new ArrayList<>()).add(asset);
                }
                for (Ref need : facts.directNeeds(asset.ref())) {
                    if (need.kind() == RefKind.ASSET) {
                        List<Ref> dependents = dependentsOf.computeIfAbsent(key(need), n -> new ArrayList<>());
                        if (dependents.isEmpty() || !dependents.get(dependents.size() - 1).equals(asset.ref())) {
                            dependents.add(asset.ref());
                        }
                    }
                }
            }
            assetIndex = new AssetIndex(bySupplier, byControl, dependentsOf);
        }
        return assetIndex;
    }

    private static Ref key(Ref ref) {
        return Ref.of(ref.kind(), ref.id());
    }

    @Override
    public SiteFacts facts() {
        return facts;
    }

    public Model model() {
        return facts.model();
    }

    public ResilienceResult resilience() {
        return resilience;
    }

    /** The assessment day every date-based rule is judged against. */
    public LocalDate today() {
        return today;
    }

    /** Services with any impact dimension high or critical, in model order. */
    public List<Service> criticalServices() {
        return criticalServices;
    }

    public boolean isCritical(Ref service) {
        return facts.model().service(service.id()).map(SiteFacts::isCritical).orElse(false);
    }

    /** The services an element's failure alone takes down (lost or degraded), sorted. */
    public List<Ref> stoppedBy(Ref element) {
        return stoppedBy.getOrDefault(key(element), List.of());
    }

    /** The critical services an element's failure alone takes down, sorted. */
    public List<Ref> criticalStoppedBy(Ref element) {
        List<Ref> services = stoppedBy(element);
        if (services.isEmpty()) {
            return services;
        }
        return services.stream().filter(this::isCritical).toList();
    }

    /** The single points of failure of a service, in model order (assets, connections, zones, ...). */
    public List<Ref> spofsOf(Ref service) {
        return spofsOfService.getOrDefault(key(service), List.of());
    }

    /** The minimal cut sets of two elements an element belongs to. */
    public List<CutSet> pairsWith(Ref element) {
        return pairsByElement.getOrDefault(key(element), List.of());
    }

    /** Assets whose {@code supplier} is this supplier, in model order. */
    public List<Asset> assetsOf(Ref supplier) {
        return assetIndex().bySupplier().getOrDefault(key(supplier), List.of());
    }

    /** Assets that list this control in their {@code controls}. */
    public List<Asset> assetsListing(Ref control) {
        return assetIndex().byControl().getOrDefault(key(control), List.of());
    }

    /** Assets that need this asset directly (their own or their zone's {@code requires}), in model order. */
    public List<Ref> directDependents(Ref asset) {
        return assetIndex().dependents().getOrDefault(key(asset), List.of());
    }

    /** The dependency gates of the model, built on first use (for what-if propagation inside rules). */
    public FailureModel failureModel() {
        if (failureModel == null) {
            failureModel = new FailureModel(facts);
        }
        return failureModel;
    }

    /** The restore estimate of an asset (see {@link RestoreEstimate}). */
    public RestoreEstimate restoreOf(Asset asset) {
        RestoreEstimate known = estimates.get(asset.id());
        if (known == null) {
            known = RestoreEstimate.of(asset, Optional.ofNullable(asset.supplier())
                    .flatMap(s -> facts.model().supplier(s.id())), this);
            estimates.put(asset.id(), known);
        }
        return known;
    }

    /** The asset a reference names, if it does. */
    public Optional<Asset> asset(Ref ref) {
        return facts.assetOf(ref);
    }

    /** Whole months from a day to today (0 when the day is today or later). */
    public long monthsSince(LocalDate day) {
        return Math.max(0, ChronoUnit.MONTHS.between(day, today));
    }

    /** A backup exists and a restore was proven within {@value #RESTORE_TEST_MONTHS} months. */
    public boolean restoreProven(Backup backup) {
        return backup != null && backup.exists() && backup.lastRestoreTest() != null
                && !backup.lastRestoreTest().plusMonths(RESTORE_TEST_MONTHS).isBefore(today);
    }

    /** A fallback exercised within {@value #FALLBACK_TEST_MONTHS} months. */
    public boolean exercised(Fallback fallback) {
        return fallback != null && fallback.lastTested() != null
                && !fallback.lastTested().plusMonths(FALLBACK_TEST_MONTHS).isBefore(today);
    }

    /** The value of a control parameter as a day: a documented date or a free "YYYY-MM-DD" text. */
    public static Optional<LocalDate> dateParameter(Control control, String name) {
        Object value = control.parameters().get(name);
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        if (value instanceof String text) {
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The value of a free text parameter, such as a control's {@code name}. */
    public static Optional<String> textParameter(Control control, String name) {
        Object value = control.parameters().get(name);
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /**
     * What happens to each service when it stops: "service:heat-dist runs on its fallback (60%
     * capacity for 12h), then is lost", "service:steam-supply is lost at once (no fallback)".
     */
    public String whenStopped(List<Ref> services) {
        List<String> parts = new ArrayList<>(services.size());
        for (Ref service : services) {
            parts.add(whenStopped(service));
        }
        return Text.and(parts);
    }

    public String whenStopped(Ref service) {
        Optional<Service> found = facts.model().service(service.id());
        Fallback fallback = found.map(Service::fallback).orElse(null);
        if (fallback == null) {
            return service.key() + " is lost at once (no fallback)";
        }
        List<String> how = new ArrayList<>(2);
        if (fallback.capacity() != null) {
            how.add(percent(fallback.capacity()) + " capacity");
        }
        if (fallback.sustainableFor() != null) {
            how.add("for " + Durations.words(fallback.sustainableFor()));
        }
        String on = how.isEmpty() ? "its fallback" : "its fallback (" + String.join(" ", how) + ")";
        return service.key() + " runs on " + on + (fallback.sustainableFor() != null ? ", then is lost" : "");
    }

    private static String percent(double capacity) {
        return capacity == Math.rint(capacity) ? (long) capacity + "%" : capacity + "%";
    }

    /** The maximum tolerable downtime of each service that declares one, in the given order. */
    public Map<Ref, Duration> tolerableDowntimes(List<Ref> services) {
        Map<Ref, Duration> result = new LinkedHashMap<>();
        for (Ref service : services) {
            facts.model().service(service.id()).map(Service::maxTolerableDowntime)
                    .ifPresent(mtd -> result.put(service, mtd));
        }
        return Collections.unmodifiableMap(result);
    }
}
