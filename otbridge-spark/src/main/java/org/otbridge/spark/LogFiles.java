package org.otbridge.spark;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Where a log record comes from, told by its file's path in the lake: which log it is and which
 * site it belongs to. Paths are as Spark names them ({@code file:/lake/...}, {@code s3a://bucket/...}).
 *
 * @param roots   the inputs as given, qualified (scheme and authority) and cut before any glob
 * @param perSite true to tell sites apart; otherwise every file is of one site, {@code ""}
 */
record LogFiles(List<String> roots, boolean perSite) implements Serializable {

    private static final long serialVersionUID = 1L;

    LogFiles {
        roots = List.copyOf(roots);
    }

    /**
     * The log a file holds, as Zeek names it: the file name up to its first dot ({@code conn.log},
     * {@code conn.04:00:00-05:00:00.log.gz}, {@code conn.json}). Files Spark wrote
     * ({@code part-00000-....parquet}) take the name of their folder, past {@code key=value}
     * partition folders: {@code conn/site=a/part-0.parquet} and {@code conn.parquet/part-0.parquet}
     * are conn.
     */
    static String logName(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String name = segments[i];
            boolean sparkFile = i == segments.length - 1 && name.startsWith("part-");
            if (name.isEmpty() || sparkFile || i < segments.length - 1 && name.contains("=")) {
                continue;
            }
            int dot = name.indexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /**
     * The site of a file: the value of a {@code site=NAME} folder on its path, otherwise the first
     * folder below the input it was found under (the input's own name for files directly in it).
     */
    String site(String path) {
        if (!perSite) {
            return "";
        }
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].startsWith("site=") && segments[i].length() > "site=".length()) {
                return segments[i].substring("site=".length());
            }
        }
        String root = null;
        for (String candidate : roots) {
            String prefix = candidate.endsWith("/") ? candidate : candidate + "/";
            if (path.startsWith(prefix) && (root == null || prefix.length() > root.length())) {
                root = prefix;
            }
        }
        if (root == null) {
            return segments.length > 1 ? segments[segments.length - 2] : "";
        }
        String below = path.substring(root.length());
        int slash = below.indexOf('/');
        if (slash > 0) {
            return below.substring(0, slash);
        }
        String trimmed = root.substring(0, root.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** A path Spark gives (a URI, with %-escapes) in plain text; local files without their scheme. */
    static String plain(String uri) {
        try {
            URI parsed = new URI(uri);
            if (parsed.getScheme() == null || parsed.getScheme().equals("file")) {
                return parsed.getPath();
            }
            return parsed.getScheme() + "://" + (parsed.getAuthority() == null ? "" : parsed.getAuthority())
                    + parsed.getPath();
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    /** The part of an input path before its first glob character, where the files below it start. */
    static String beforeGlob(String input) {
        int glob = -1;
        for (int i = 0; i < input.length(); i++) {
            if ("*?[{".indexOf(input.charAt(i)) >= 0) {
                glob = i;
                break;
            }
        }
        if (glob < 0) {
            return input;
        }
        int slash = input.lastIndexOf('/', glob);
        return slash < 0 ? "" : input.substring(0, slash);
    }
}
