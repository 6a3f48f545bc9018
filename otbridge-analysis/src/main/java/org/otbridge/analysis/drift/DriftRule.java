package org.otbridge.analysis.drift;

import org.otbridge.analysis.SiteRule;

/** A drift rule: it reports on the observed traffic against the model, as {@link DriftSite} holds it. */
public interface DriftRule extends SiteRule<DriftSite> {
}
