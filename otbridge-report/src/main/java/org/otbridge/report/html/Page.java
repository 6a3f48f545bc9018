package org.otbridge.report.html;

import java.util.List;

/** A whole HTML page: heading, the sections in order, and the inline style and script. */
public record Page(String title, String subtitle, List<Section> sections, String footer, String style, String script,
        String contentSecurityPolicy) {

    public Page {
        sections = List.copyOf(sections);
    }
}
