package org.otbridge.model;

/**
 * How much work an action takes, as a class rather than a cost estimate: hours (a decision and a
 * line in a document), days (a configuration change), weeks (a change that needs a maintenance
 * window or a purchase), a project (a redesign or a new contract). The plan gives each kind of
 * change its usual class; a model's {@code efforts} section can give its own.
 */
public enum Effort implements YamlEnum {
    HOURS(1), DAYS(3), WEEKS(10), PROJECT(30);

    private final int weight;

    Effort(int weight) {
        this.weight = weight;
    }

    /** Relative work, for ranking risk removed per effort: a project is thirty times an hour's decision. */
    public int weight() {
        return weight;
    }
}
