package org.otbridge.analysis;

import java.util.regex.Pattern;

/**
 * Words a rule looks for in free text the model author writes, such as a connection's
 * {@code purpose}: whole words only, in any letter case, so that "dispatch" is not "patch" and
 * "runtime server" is not a time server. Each form is a regular expression for one word and its
 * inflections ({@code patch(es|ed|ing)?}); a form may hold a space for a phrase ("time server").
 * The boundaries are those of {@code \b}, as in the CEL conditions ({@code matches} uses RE2,
 * whose {@code \b} is the same for ASCII text), so Java and CEL rules read text alike.
 */
public final class WholeWords {

    private final Pattern pattern;

    private WholeWords(Pattern pattern) {
        this.pattern = pattern;
    }

    public static WholeWords of(String... forms) {
        return new WholeWords(Pattern.compile("(?i)\\b(?:" + String.join("|", forms) + ")\\b"));
    }

    /** True when {@code text} holds one of the words; false for null. */
    public boolean in(String text) {
        return text != null && pattern.matcher(text).find();
    }
}
