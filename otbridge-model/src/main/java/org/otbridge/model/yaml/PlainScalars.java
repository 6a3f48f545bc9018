package org.otbridge.model.yaml;

import org.otbridge.model.yaml.YNode.ScalarType;

/**
 * Types a plain (unquoted) scalar by YAML's JSON schema, as the YAML library's JSON resolver does,
 * without a regular expression per value: {@code null} and the empty scalar, {@code true} and
 * {@code false}, integers {@code -?(0|[1-9][0-9]*)}, floats with a fraction or an exponent and
 * {@code .inf}, {@code -.inf}, {@code .nan}. Everything else is text: {@code yes}, {@code True},
 * {@code 0x1f}, {@code 1_000}, {@code 010}.
 */
final class PlainScalars {

    private PlainScalars() {
    }

    static ScalarType resolve(String text) {
        if (text.isEmpty()) {
            return ScalarType.NULL;
        }
        switch (text.charAt(0)) {
            case 'n':
                return text.equals("null") ? ScalarType.NULL : ScalarType.STRING;
            case 't':
                return text.equals("true") ? ScalarType.BOOLEAN : ScalarType.STRING;
            case 'f':
                return text.equals("false") ? ScalarType.BOOLEAN : ScalarType.STRING;
            case '.':
                return text.equals(".inf") || text.equals(".nan") ? ScalarType.FLOAT : ScalarType.STRING;
            case '-': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return number(text);
            default:
                return ScalarType.STRING;
        }
    }

    private static ScalarType number(String text) {
        int n = text.length();
        int i = 0;
        if (text.charAt(0) == '-') {
            if (text.equals("-.inf")) {
                return ScalarType.FLOAT;
            }
            i = 1;
        }
        if (i == n) {
            return ScalarType.STRING;
        }
        char first = text.charAt(i++);
        if (first >= '1' && first <= '9') {
            i = digits(text, i);
        } else if (first != '0') {
            return ScalarType.STRING;
        }
        if (i == n) {
            return ScalarType.INTEGER;
        }
        if (text.charAt(i) == '.') {
            i = digits(text, i + 1);
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            i = digits(text, i);
            if (i == exponent) {
                return ScalarType.STRING;
            }
        }
        return i == n ? ScalarType.FLOAT : ScalarType.STRING;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
