package org.otbridge.model;

/** One thing wrong with a model, at the place the user has to change. */
public record Problem(SourcePosition at, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        int byPlace = at.compareTo(other.at);
        return byPlace != 0 ? byPlace : message.compareTo(other.message);
    }

    /** The compiler-style line users and editors understand: {@code FILE:LINE:COL: message}. */
    @Override
    public String toString() {
        return at + ": " + message;
    }
}
