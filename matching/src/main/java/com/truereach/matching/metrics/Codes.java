package com.truereach.matching.metrics;

/**
 * The shape of the ISO codes the engine takes (country, language, currency). Checked by hand rather
 * than with a regular expression: {@link String#matches} compiles its pattern on every call, and
 * these checks run for every creator scored.
 */
public final class Codes {

    private Codes() {
    }

    /** True when {@code code} is exactly {@code length} letters A to Z. */
    public static boolean isUpperCase(String code, int length) {
        return hasLetters(code, length, 'A', 'Z');
    }

    /** True when {@code code} is exactly {@code length} letters a to z. */
    public static boolean isLowerCase(String code, int length) {
        return hasLetters(code, length, 'a', 'z');
    }

    private static boolean hasLetters(String code, int length, char first, char last) {
        if (code == null || code.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < first || c > last) {
                return false;
            }
        }
        return true;
    }
}
