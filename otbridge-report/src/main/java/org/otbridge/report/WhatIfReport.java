package org.otbridge.report;

import org.otbridge.analysis.whatif.WhatIfResult;
import org.otbridge.model.Model;
import org.otbridge.model.Scenario;

/**
 * What a what-if view presents: the model, the scenario run (null for a case given on the command
 * line) and its result.
 */
public record WhatIfReport(Model model, Scenario scenario, WhatIfResult result) {
}
