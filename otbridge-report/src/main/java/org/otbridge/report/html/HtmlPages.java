package org.otbridge.report.html;

import java.util.List;

/** What every page shares: the style sheet, the script and the policy that allows only them. */
public final class HtmlPages {

    static final String STYLE = Templates.resource("report.css");
    static final String SCRIPT = Templates.resource("report.js");
    static final String POLICY = Templates.contentSecurityPolicy(SCRIPT);

    private HtmlPages() {
    }

    public static Page page(String title, String subtitle, List<Section> sections, String footer) {
        return new Page(title, subtitle, sections, footer, STYLE, SCRIPT, POLICY);
    }
}
