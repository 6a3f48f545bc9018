package org.otbridge.model;

import org.otbridge.model.text.Printable;

/** One thing wrong with a model, at the place the user has to change. */
public record Problem(SourcePosition at, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        int byPlace = at.compareTo(other.at);
        return byPlace != 0 ? byPlace : message.compareTo(other.message);
    }

    /**
     * The compiler-style line users and editors understand: {@code FILE:LINE:COL: message}. Always
     * one line that prints as itself: control characters from the model (in a name, a key, a file
     * name) are shown escaped, so they can neither drive the terminal nor forge another line.
     */
    @Override
    public String toString() {
        return Printable.escape(at.toString()) + ": " + Printable.escape(message);
    }
}
