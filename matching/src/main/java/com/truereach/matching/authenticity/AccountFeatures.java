package com.truereach.matching.authenticity;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The facts about an account that the model reads, in the form every source can supply.
 *
 * <p>The product builds it from a raw {@link AccountProfile}; the training sources build it from their
 * rows, one of which only publishes derived figures (digit shares, word counts) rather than text. Keeping
 * this single meeting point is what lets one model serve both. A missing fact is {@link #MISSING} (NaN),
 * which the model treats by averaging over the values it saw in training.
 */
record AccountFeatures(
        double postsCount,
        double followersCount,
        double followingCount,
        double hasProfilePicture,
        double isPrivate,
        double hasExternalUrl,
        double usernameLength,
        double usernameDigitShare,
        double usernameLetterShare,
        double fullNameWords,
        double fullNameDigitShare,
        double nameMatchesUsername,
        double biographyLength) {

    static final double MISSING = Double.NaN;

    AccountFeatures {
        requireCount("postsCount", postsCount);
        requireCount("followersCount", followersCount);
        requireCount("followingCount", followingCount);
    }

    static AccountFeatures of(AccountProfile profile) {
        String username = profile.username();
        String fullName = profile.fullName();
        String biography = profile.biography();
        return new AccountFeatures(
                profile.postsCount(),
                profile.followersCount(),
                profile.followingCount(),
                flag(profile.hasProfilePicture()),
                flag(profile.isPrivate()),
                flag(profile.hasExternalUrl()),
                username == null ? MISSING : username.codePointCount(0, username.length()),
                username == null ? MISSING : digitShare(username),
                username == null ? MISSING : letterShare(username),
                fullName == null ? MISSING : wordCount(fullName),
                fullName == null ? MISSING : digitShare(fullName),
                username == null || fullName == null ? MISSING : flag(sameName(username, fullName)),
                biography == null ? MISSING : biography.strip().codePointCount(0, biography.strip().length()));
    }

    static boolean isMissing(double value) {
        return Double.isNaN(value);
    }

    // The helpers below run for every follower of every sampled creator on each reindex: plain
    // loops over code points, no streams or regular expressions.

    /**
     * Share of the characters that are letters; 0 for an empty text. Beside the digit share it tells
     * how much of a username is separators ("_", "."): runs of them mark generated names.
     */
    static double letterShare(String text) {
        return shareOf(text, Character::isLetter);
    }

    /** Share of the characters that are digits; 0 for an empty text, as the public labelled data does. */
    static double digitShare(String text) {
        return shareOf(text, Character::isDigit);
    }

    private static double shareOf(String text, IntPredicate kind) {
        int length = 0;
        int matching = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            length++;
            if (kind.test(c)) {
                matching++;
            }
            i += Character.charCount(c);
        }
        return length == 0 ? 0.0 : (double) matching / length;
    }

    /**
     * Words of the text as the model was trained to count them: the text stripped of surrounding
     * whitespace, split on runs of ASCII whitespace (so a lone non-ASCII space inside counts as a word).
     */
    static double wordCount(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean separator = isAsciiWhitespace(text.charAt(i));
            if (!separator && !inWord) {
                words++;
            }
            inWord = !separator;
        }
        return words;
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    // "name == username" in the labelled data: a display name that merely repeats the handle.
    // Compares the lower-cased letters and digits of both, skipping everything else.
    private static boolean sameName(String username, String fullName) {
        String name = fullName.toLowerCase(Locale.ROOT);
        String handle = username.toLowerCase(Locale.ROOT);
        int i = nextLetterOrDigit(name, 0);
        int j = nextLetterOrDigit(handle, 0);
        if (i == name.length()) {
            return false;
        }
        while (i < name.length() && j < handle.length()) {
            int a = name.codePointAt(i);
            if (a != handle.codePointAt(j)) {
                return false;
            }
            i = nextLetterOrDigit(name, i + Character.charCount(a));
            j = nextLetterOrDigit(handle, j + Character.charCount(a));
        }
        return i == name.length() && j == handle.length();
    }

    private static int nextLetterOrDigit(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static double flag(Boolean value) {
        return value == null ? MISSING : flag(value.booleanValue());
    }

    private static double flag(boolean value) {
        return value ? 1.0 : 0.0;
    }

    private static void requireCount(String name, double value) {
        if (!(value >= 0.0)) {
            throw new IllegalArgumentException(name + " must be a known, non-negative count, was " + value);
        }
    }
}
