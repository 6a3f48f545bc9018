package org.otbridge.analysis.contingency;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.otbridge.analysis.Durations;
import org.otbridge.model.Asset;
import org.otbridge.model.AssetType;
import org.otbridge.model.Backup;
import org.otbridge.model.Spares;
import org.otbridge.model.Supplier;
import org.otbridge.model.UsageTag;

/**
 * How long it takes, at least, to bring one failed asset back into service, from what the model
 * declares. Used wherever a contingency rule compares a restore with the maximum tolerable
 * downtime of a service or with how long its fallback lasts.
 *
 * <p>The model, in three terms; the first two run in parallel (the part is ordered while the
 * supplier is called), the third follows:
 * <ol>
 * <li><b>Hardware.</b> Zero when {@code spares.on_hand} is above zero; the spares
 * {@code lead_time} when {@code on_hand} is 0 or absent; <i>unknown</i> when no {@code spares}
 * are declared, or none on hand and no lead time. Not applicable to a cloud service, nor to a
 * telecom link bought from a supplier (the supplier repairs it: see the next term).</li>
 * <li><b>Supplier.</b> The supplier's {@code support_sla}, counted when the supplier is needed to
 * restore: it is single-source, the asset is {@code vendor-managed}, the asset is a cloud service
 * or a telecom link it provides, or the asset's own restore is not proven (see the next term), so
 * that the supplier has to rebuild it. <i>Unknown</i> when it is needed and declares no SLA.</li>
 * <li><b>Restore.</b> Zero when a restore was proven within the last
 * {@value ContingencySite#RESTORE_TEST_MONTHS} months; {@link #UNPROVEN_RESTORE} (one day) added
 * when a backup exists but its restore was never tested or is older (finding the right version,
 * licences and tools); <i>open-ended</i> when there is no backup ({@code exists: false} or not
 * declared): rebuilding logic and configuration from scratch is not estimated. Power supplies,
 * telecom links and cloud services carry no configuration of their own and skip this term.</li>
 * </ol>
 * The estimate is {@code max(hardware, supplier) + restore}, over the terms that are known. When a
 * term is unknown or open-ended the estimate is a lower bound ("at least"); when nothing is known
 * at all it is {@linkplain #unknown() unknown}. A spare on hand with a proven restore gives zero:
 * "only hours", since the model declares no swap or recommissioning time and none is invented.
 *
 * @param lowerBound the known part of the estimate; the full estimate is this when
 *                   {@code openEnded} is false
 * @param openEnded  some term is unknown or open-ended, so the restore takes at least
 *                   {@code lowerBound}
 * @param basis      the terms, in words, for the finding's detail text
 * @param supplierNeed why the asset's supplier is needed for the restore ("single-source", ...),
 *                   or null when it is not (or the asset names no supplier)
 */
public record RestoreEstimate(Duration lowerBound, boolean openEnded, List<String> basis, String supplierNeed) {

    /** Added when a backup exists but no restore was proven in time. */
    public static final Duration UNPROVEN_RESTORE = Duration.ofDays(1);

    /** Types that carry no configuration of their own to back up. */
    static final Set<AssetType> CONFIGLESS = EnumSet.of(AssetType.POWER_SUPPLY, AssetType.UPS, AssetType.PDU,
            AssetType.TELECOM_LINK, AssetType.SIP_TRUNK, AssetType.CLOUD_SERVICE);

    public RestoreEstimate {
        basis = List.copyOf(basis);
    }

    /** Nothing about this asset's restore is declared. */
    public boolean unknown() {
        return openEnded && lowerBound.isZero();
    }

    /** True when the restore is known to take at least {@code limit} (never for a zero estimate). */
    public boolean atLeast(Duration limit) {
        return !lowerBound.isZero() && lowerBound.compareTo(limit) >= 0;
    }

    /** True when the restore is known to take longer than {@code limit}. */
    public boolean longerThan(Duration limit) {
        return lowerBound.compareTo(limit) > 0;
    }

    /**
     * The amount and its basis, to follow "takes": "an estimated 16w 1d (no spare on hand, lead
     * time 16w; ...)", "at least 8w (...)", "only hours (...)", "an unknown time (...)".
     */
    public String text() {
        return amount() + " (" + String.join("; ", basis) + ")";
    }

    /** The amount only: "an estimated 16w 1d", "at least 8w", "only hours", "an unknown time". */
    public String amount() {
        if (unknown()) {
            return "an unknown time";
        }
        if (lowerBound.isZero()) {
            return "only hours";
        }
        return (openEnded ? "at least " : "an estimated ") + Durations.words(lowerBound);
    }

    /** The basis only, for lists: "no spares declared; no backup declared: ...". */
    public String basisText() {
        return String.join("; ", basis);
    }

    /** The estimate for one asset, as described on this class. */
    static RestoreEstimate of(Asset asset, Optional<Supplier> supplier, ContingencySite site) {
        List<String> basis = new ArrayList<>(3);
        boolean openEnded = false;
        AssetType type = asset.type();
        boolean configless = CONFIGLESS.contains(type);
        boolean proven = !configless && site.restoreProven(asset.backup());

        // 1. hardware
        Duration hardware = Duration.ZERO;
        boolean suppliedService = type == AssetType.CLOUD_SERVICE
                || (type == AssetType.TELECOM_LINK && supplier.isPresent());
        if (!suppliedService) {
            Spares spares = asset.spares();
            if (spares == null) {
                openEnded = true;
                basis.add("no spares declared");
            } else if (spares.onHand() != null && spares.onHand() > 0) {
                basis.add(spares.onHand() + (spares.onHand() == 1 ? " spare" : " spares") + " on hand");
            } else if (spares.leadTime() != null) {
                hardware = spares.leadTime();
                basis.add("no spare on hand, lead time " + Durations.words(spares.leadTime()));
            } else {
                openEnded = true;
                basis.add("no spare on hand and no lead time declared");
            }
        }

        // 2. supplier
        Duration sla = Duration.ZERO;
        String need = null;
        if (supplier.isPresent()) {
            Supplier sp = supplier.get();
            String why = null;
            if (sp.singleSource()) {
                why = "single-source";
            } else if (asset.usage().contains(UsageTag.VENDOR_MANAGED)) {
                why = "vendor-managed";
            } else if (suppliedService) {
                why = "it provides the " + (type == AssetType.CLOUD_SERVICE ? "service" : "link");
            } else if (!configless && !proven) {
                why = "needed to rebuild without a proven restore";
            }
            need = why;
            if (why != null) {
                if (sp.supportSla() != null) {
                    sla = sp.supportSla();
                    basis.add(sp.ref().key() + " support_sla " + Durations.words(sla) + ", " + why);
                } else {
                    openEnded = true;
                    basis.add(sp.ref().key() + " needed (" + why + ") but declares no support_sla");
                }
            }
        } else if (suppliedService) {
            openEnded = true;
            basis.add("no supplier declared for the " + (type == AssetType.CLOUD_SERVICE ? "service" : "link"));
        }

        // 3. restore
        Duration restore = Duration.ZERO;
        if (!configless) {
            Backup backup = asset.backup();
            if (backup == null) {
                openEnded = true;
                basis.add("no backup declared: rebuilding from scratch, not estimated");
            } else if (!backup.exists()) {
                openEnded = true;
                basis.add("no backup: rebuilding from scratch, not estimated");
            } else if (proven) {
                basis.add("restore proven on " + backup.lastRestoreTest());
            } else {
                restore = UNPROVEN_RESTORE;
                LocalDate tested = backup.lastRestoreTest();
                basis.add((tested == null ? "backup never restored"
                        : "restore last tested " + tested + ", " + Text.months(site.monthsSince(tested)) + " ago")
                        + ": +" + Durations.words(UNPROVEN_RESTORE) + " assumed");
            }
        }

        Duration known = (hardware.compareTo(sla) >= 0 ? hardware : sla).plus(restore);
        return new RestoreEstimate(known, openEnded, basis, supplier.isPresent() ? need : null);
    }
}
