package org.otbridge.analysis.architecture;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.otbridge.model.Asset;

/**
 * When an asset's vendor support ends: its {@code end_of_support}, or else the end of support of
 * the operating system its {@code os} names, for the few families whose end is public and the same
 * for every edition (Windows XP to 8.1, Windows Server 2000 to 2012 R2, CentOS 6 to 8). Editions
 * with longer support of their own (Windows 10 LTSC, embedded editions) are not guessed.
 */
record SupportEnd(LocalDate date, String basis) {

    private record Known(Pattern pattern, LocalDate end, String name) {
    }

    private static final List<Known> KNOWN = List.of(
            known("windows\\s*(nt\\s*)?2000", "2010-07-13", "Windows 2000"),
            known("windows\\s*xp", "2014-04-08", "Windows XP"),
            known("windows\\s*vista", "2017-04-11", "Windows Vista"),
            known("windows\\s*7(?![.\\d])", "2020-01-14", "Windows 7"),
            known("windows\\s*8\\.1", "2023-01-10", "Windows 8.1"),
            known("windows\\s*8(?![.\\d])", "2016-01-12", "Windows 8"),
            known("windows\\s*server\\s*2003", "2015-07-14", "Windows Server 2003"),
            known("windows\\s*server\\s*2008", "2020-01-14", "Windows Server 2008"),
            known("windows\\s*server\\s*2012", "2023-10-10", "Windows Server 2012"),
            known("centos\\s*(linux\\s*)?6(?![.\\d]*\\d{2})", "2020-11-30", "CentOS 6"),
            known("centos\\s*(linux\\s*)?7(?![\\d])", "2024-06-30", "CentOS 7"),
            known("centos\\s*(linux\\s*)?8(?![\\d])", "2021-12-31", "CentOS 8"));

    private static Known known(String regex, String end, String name) {
        return new Known(Pattern.compile("\\b" + regex, Pattern.CASE_INSENSITIVE), LocalDate.parse(end), name);
    }

    /** The end of support of an asset, declared or known from its operating system. */
    static Optional<SupportEnd> of(Asset asset) {
        if (asset.endOfSupport() != null) {
            return Optional.of(new SupportEnd(asset.endOfSupport(), "end_of_support"));
        }
        if (asset.os() == null || asset.os().isBlank()) {
            return Optional.empty();
        }
        String os = asset.os().toLowerCase(Locale.ROOT);
        if (os.contains("embedded") || os.contains("ltsc") || os.contains("ltsb") || os.contains("iot")) {
            return Optional.empty();
        }
        for (Known known : KNOWN) {
            if (known.pattern().matcher(os).find()) {
                return Optional.of(new SupportEnd(known.end(), known.name()));
            }
        }
        return Optional.empty();
    }

    /** True when support ended before {@code day}. */
    boolean endedBefore(LocalDate day) {
        return date.isBefore(day);
    }

    /** "support ended 2023-10-10" or "Windows 7 support ended 2020-01-14", as a detail names it. */
    String words() {
        return basis.equals("end_of_support") ? "support ended " + date : basis + " support ended " + date
                + " (no end_of_support declared)";
    }
}
