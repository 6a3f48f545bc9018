package org.otbridge.report.html;

import gg.jte.Content;

/**
 * One section of a page: an anchor id, a heading, an optional lead sentence and the body its
 * template renders. A page is a list of sections; a new section is one template and one line in
 * the page's list ({@link AssessmentPage}).
 */
public record Section(String id, String title, String lead, Content body, boolean board) {

    public static Section of(String id, String title, String lead, Content body) {
        return new Section(id, title, lead, body, false);
    }

    /** The first page, for the board: printed on a page of its own. */
    public static Section board(String id, String title, String lead, Content body) {
        return new Section(id, title, lead, body, true);
    }

    public String css() {
        return board ? "board" : "part";
    }
}
