package org.otbridge.report.view;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The OT Bridge version views write into their output (SARIF's driver, the HTML footer). */
public final class ReportVersion {

    private ReportVersion() {
    }

    public static String get() {
        Properties properties = new Properties();
        try (InputStream in = ReportVersion.class.getResourceAsStream("/org/otbridge/report/report-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
    }
}
