package org.otbridge.analysis.exposure;

import org.otbridge.analysis.SiteRule;

/** An exposure rule: it reports on the attack paths and shortcuts of {@link ExposureSite}. */
public interface ExposureRule extends SiteRule<ExposureSite> {
}
