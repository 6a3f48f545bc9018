package org.otbridge.analysis.contingency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.otbridge.analysis.Category;
import org.otbridge.analysis.FindingBuilder;
import org.otbridge.analysis.Mistake;
import org.otbridge.analysis.RuleInfo;
import org.otbridge.analysis.Sentences;
import org.otbridge.analysis.Severity;
import org.otbridge.model.Control;
import org.otbridge.model.ControlKind;
import org.otbridge.model.Ref;
import org.otbridge.model.Service;

/**
 * OTB-CONT-010: no OT incident response plan is declared (a control of kind
 * {@code incident-plan}; one with {@code scope: it} is the company's IT plan and does not count),
 * or none was exercised ({@code last_tested}) within {@value ContingencySite#RESTORE_TEST_MONTHS}
 * months. Subject: the plan's control, or {@code program:ot-security} when there is none; it
 * touches every critical service. Reported only for models with at least one critical service.
 */
@RuleInfo(id = "OTB-CONT-010", category = Category.CONTINGENCY, severity = Severity.MEDIUM,
        mistake = Mistake.INTEGRATION,
        title = "No tested OT incident response plan with operations and safety",
        explanation = "In an OT incident the hard decisions come in the first hour: isolate OT from IT or not, "
                + "go to manual operation, call the supplier, shut down safely. Without a plan that operations, "
                + "safety, IT and the key suppliers have exercised together, those decisions are made ad hoc at "
                + "night, and outages last longer than the equipment damage alone would explain.",
        recommendation = "Write an OT incident response plan with operations, safety, the IT SOC and key suppliers: "
                + "who decides to isolate, how to go to manual operation, how to restore from OT-side backups, "
                + "whom to call; exercise it at least every 15 months and after major changes, and record the "
                + "exercise as last_tested on the plan's control (kind incident-plan, scope ot).",
        references = {"IEC 62443-2-1:2024 EVENT 1.8", "NIST CSF 2.0 ID.IM-04", "NIST CSF 2.0 GV.SC-08",
                "CISA CPG 2.0 1.C", "NERC CIP-008-6 R2", "NIST SP 800-82r3 App. F IR-4", "NIST SP 800-82r3 App. F CP-4"},
        reads = {"control.kind", "control.incident-plan.last_tested", "control.incident-plan.scope",
                "control.description", "service.impact"})
public final class NoTestedIncidentPlan implements ContingencyRule {

    @Override
    public Set<ControlKind> controlKinds() {
        return Practice.INCIDENT_PLAN.kinds();
    }

    @Override
    public void checkSite(ContingencySite site, FindingBuilder out) {
        List<Ref> critical = site.criticalServices().stream().map(Service::ref).toList();
        if (critical.isEmpty()) {
            return;
        }
        List<Control> declared = Practice.INCIDENT_PLAN.in(site.model());
        List<Control> plans = declared.stream().filter(NoTestedIncidentPlan::coversOt).toList();
        if (plans.isEmpty()) {
            String it = declared.isEmpty() ? "" : " " + Sentences.refs(declared.stream().map(Control::ref).toList(), 3)
                    + (declared.size() == 1 ? " is" : " are") + " the company's IT plan (scope it) and does not cover OT.";
            out.report("No OT incident response plan is declared (a control of kind "
                    + Practice.INCIDENT_PLAN.kind().yamlName() + ")." + it, Practice.PROGRAM, critical);
            return;
        }
        Control latest = null;
        LocalDate latestDate = null;
        for (Control plan : plans) {
            Optional<LocalDate> tested = ContingencySite.dateParameter(plan, "last_tested");
            if (tested.isPresent() && (latestDate == null || tested.get().isAfter(latestDate))) {
                latest = plan;
                latestDate = tested.get();
            }
        }
        if (latestDate != null && !latestDate.plusMonths(ContingencySite.RESTORE_TEST_MONTHS).isBefore(site.today())) {
            return;
        }
        String detail;
        Control subject;
        if (latestDate == null) {
            subject = plans.get(0);
            detail = subject.ref().key() + " (the OT incident response plan) has never been exercised (no last_tested).";
        } else {
            subject = latest;
            detail = subject.ref().key() + " (the OT incident response plan) was last exercised on " + latestDate + ", "
                    + Text.months(site.monthsSince(latestDate)) + " before " + site.today()
                    + "; it should be exercised at least every " + ContingencySite.RESTORE_TEST_MONTHS + " months.";
        }
        if (subject.description() != null && !subject.description().isBlank()) {
            detail += " Recorded: " + subject.description().strip();
        }
        out.report(detail, subject.ref(), critical);
    }

    /** A plan for OT: any plan but one whose scope says it is IT's alone. */
    private static boolean coversOt(Control plan) {
        return !ContingencySite.textParameter(plan, "scope").map(s -> s.strip().equals("it")).orElse(false);
    }
}
