package org.otbridge.report.html.view;

import gg.jte.Content;

/**
 * A place on the first page for a result the assessment may not carry yet. {@code body} is null
 * until the result exists; the page then says "not computed yet" instead of showing an empty box.
 */
public record Slot(String id, String title, String purpose, Content body) {

    public static Slot notComputed(String id, String title, String purpose) {
        return new Slot(id, title, purpose, null);
    }

    public boolean computed() {
        return body != null;
    }
}
