package com.truereach.matching.authenticity;

import java.util.Locale;

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

    /**
     * Share of the characters that are letters; 0 for an empty text. Beside the digit share it tells
     * how much of a username is separators ("_", "."): runs of them mark generated names.
     */
    static double letterShare(String text) {
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            return 0;
        }
        return (double) text.codePoints().filter(Character::isLetter).count() / length;
    }

    /** Share of the characters that are digits; 0 for an empty text, as the public labelled data does. */
    static double digitShare(String text) {
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            return 0.0;
        }
        long digits = text.codePoints().filter(Character::isDigit).count();
        return (double) digits / length;
    }

    static double wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    // "name == username" in the labelled data: a display name that merely repeats the handle.
    private static boolean sameName(String username, String fullName) {
        String name = lettersAndDigits(fullName);
        return !name.isEmpty() && name.equals(lettersAndDigits(username));
    }

    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(kept::appendCodePoint);
        return kept.toString();
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
