package org.otbridge.cli;

import org.otbridge.analysis.Assessment;
import org.otbridge.report.format.Formats;
import org.otbridge.report.format.ReportFormat;
import picocli.CommandLine.Command;

/**
 * {@code otbridge plan [MODEL] [--top N]}: the assessment's action plan, each action with what it
 * buys and the problems it closes. The same options as {@code assess}; with --format json (or any
 * other format) it writes the whole assessment, whose {@code actions} hold the plan.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        header = "Plan what to do first: actions measured on the model, best risk removed per effort first.",
        description = {"Plan what to do first. Each candidate change (remove or route a connection, replace an",
                "unfit control, name an accountable person, hold a spare...) is applied to a copy of the model",
                "and measured by a fresh assessment; the plan takes the most risk removed per effort first.",
                "Exit 0, or 1 when a finding at --fail-on or worse is not accepted; 2 for unusable input."})
final class PlanCommand extends AssessCommand {

    @Override
    ReportFormat<Assessment> textFormat() {
        return verbose ? Formats.verboseText() : Formats.planText();
    }
}
