package org.otbridge.analysis.contingency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Fallback;
import org.otbridge.model.FallbackStaff;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;
import org.otbridge.model.Unit;

/**
 * OTB-CONT-022: the manual fallback of a critical service rests on people who are not there or
 * have not practised it: it needs more of a unit than the unit's {@code headcount}; a unit it
 * needs never drilled it, or not within {@value ContingencySite#FALLBACK_TEST_MONTHS} months; or
 * one failure sends several critical services to their fallbacks at once and together they need
 * more of a unit than it has (reported with the first of those services, in model order). A
 * fallback that names no {@code staff} is not judged here (OTB-CONT-001 judges its test).
 */
@RuleInfo(id = "OTB-CONT-022", category = Category.CONTINGENCY, severity = Severity.HIGH,
        mistake = Mistake.INTEGRATION,
        title = "Manual fallback rests on people who are not there or never practised it",
        explanation = "A fallback is people: operators at local panels, crews driving to pump stations and "
                + "substations, someone on the radio. When the fallback needs more of them than the unit can "
                + "call in, or when one outage sends several services to manual operation at once and they all "
                + "count on the same crew, the fallback exists on paper only. A crew that never drilled it "
                + "loses hours finding keys, setpoints and procedures. Incident reports make the point: "
                + "Colonial Pipeline's CEO told the U.S. Senate in 2021 that the workers who used to run the "
                + "pipeline by hand had retired, and Norsk Hydro (2019) kept its smelters going by hand only "
                + "because its people knew how.",
        recommendation = "Name for each fallback who runs it and how many are needed, day and night; check that "
                + "the units can call in that many, also when several services fall back at once (shared "
                + "crews, on-call lists, agreements with suppliers or neighbouring utilities); drill the "
                + "fallback with each unit at least once a year and record it as staff.last_drilled.",
        references = {"IEC 62443-2-1:2024 AVAIL 1.1", "NIST CSF 2.0 RC.RP-01", "NIST SP 800-34",
                "CISA CPG 2.0 6.A", "INL CIE principle \"planned resilience\"",
                "Colonial Pipeline testimony to the U.S. Senate, 2021-06-08"},
        attack = {"M0810", "M0811"},
        reads = {"service.fallback", "service.impact", "service.requires", "fallback.staff", "staff.unit",
                "staff.count", "staff.last_drilled", "unit.headcount", "asset.requires", "connection.requires",
                "zone.requires"})
public final class FallbackWithoutItsPeople implements ContingencyRule {

    @Override
    public void checkService(Service service, ContingencySite site, FindingBuilder out) {
        Fallback fallback = service.fallback();
        if (fallback == null || fallback.staff().isEmpty() || !site.isCritical(service.ref())) {
            return;
        }
        List<String> gaps = new ArrayList<>();
        Set<Ref> units = new LinkedHashSet<>();
        for (FallbackStaff staff : fallback.staff()) {
            Optional<Unit> unit = site.model().unit(staff.unit().id());
            if (unit.isEmpty()) {
                continue;
            }
            Integer headcount = unit.get().headcount();
            if (headcount != null && staff.count() != null && staff.count() > headcount) {
                gaps.add("it needs " + staff.count() + " of " + staff.unit().key() + ", which can call in "
                        + headcount);
                units.add(staff.unit());
            }
            String drill = drill(staff, site);
            if (drill != null) {
                gaps.add(drill);
                units.add(staff.unit());
            }
        }
        commonCause(service, site, gaps, units);
        if (gaps.isEmpty()) {
            return;
        }
        List<Ref> subjects = new ArrayList<>();
        subjects.add(service.ref());
        subjects.addAll(units);
        out.report(service.ref().key() + " falls back to " + FallbackMissingOrNotExercised.describe(fallback)
                + ", but " + Text.and(gaps) + ".", subjects, List.of(service.ref()));
    }

    private static String drill(FallbackStaff staff, ContingencySite site) {
        LocalDate drilled = staff.lastDrilled();
        if (drilled == null) {
            return staff.unit().key() + " never drilled it";
        }
        if (drilled.plusMonths(ContingencySite.FALLBACK_TEST_MONTHS).isBefore(site.today())) {
            return staff.unit().key() + " last drilled it on " + drilled + ", "
                    + Text.months(site.monthsSince(drilled)) + " before " + site.today();
        }
        return null;
    }

    /**
     * For each single point of failure of the service: the critical services it sends to their
     * fallbacks together, and the units they then need more of than the units have. Reported with
     * the first such service in model order, so one shortage is one sentence.
     */
    private static void commonCause(Service service, ContingencySite site, List<String> gaps, Set<Ref> units) {
        Set<String> reported = new LinkedHashSet<>();
        for (Ref element : site.spofsOf(service.ref())) {
            Set<Ref> stopped = new LinkedHashSet<>(site.criticalStoppedBy(element));
            List<Service> together = site.model().services().stream()
                    .filter(s -> stopped.contains(s.ref()) && s.fallback() != null && !s.fallback().staff().isEmpty())
                    .toList();
            if (together.size() < 2 || !together.get(0).id().equals(service.id())) {
                continue;
            }
            Map<Ref, Integer> needed = new LinkedHashMap<>();
            Map<Ref, Integer> largest = new LinkedHashMap<>();
            for (Service s : together) {
                for (FallbackStaff staff : s.fallback().staff()) {
                    if (staff.count() != null) {
                        Ref unit = Ref.of(staff.unit().kind(), staff.unit().id());
                        needed.merge(unit, staff.count(), Integer::sum);
                        largest.merge(unit, staff.count(), Math::max);
                    }
                }
            }
            for (Map.Entry<Ref, Integer> need : needed.entrySet()) {
                Integer headcount = site.model().unit(need.getKey().id()).map(Unit::headcount).orElse(null);
                // A single fallback that needs more than the unit has is its own finding already.
                if (headcount == null || need.getValue() <= headcount || largest.get(need.getKey()) > headcount
                        || !reported.add(need.getKey().id())) {
                    continue;
                }
                gaps.add("when " + element.key() + " fails, " + Text.refs(together.stream().map(Service::ref).toList())
                        + " fall back together and need " + need.getValue() + " of " + need.getKey().key()
                        + ", which can call in " + headcount);
                units.add(need.getKey());
            }
        }
    }
}
