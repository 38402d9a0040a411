package com.truereach.matching.authenticity;

/**
 * One follower account as a sample of the platform shows it.
 *
 * <p>Every descriptive field may be unknown ({@code null}): follower samples often arrive without a
 * bio, a full name or a link. The three counts are always known, because every source that lists a
 * follower shows them, and they carry most of the evidence.
 *
 * @param username          handle without the leading {@code @}, or {@code null} when unknown
 * @param fullName          display name; {@code ""} when the account has none, {@code null} when unknown
 * @param biography         bio text; {@code ""} when the account has none, {@code null} when unknown
 * @param hasProfilePicture {@code null} when unknown
 * @param isPrivate         {@code null} when unknown
 * @param hasExternalUrl    link in the bio; {@code null} when unknown
 * @param postsCount        posts published, never negative
 * @param followersCount    accounts that follow this one, never negative
 * @param followingCount    accounts this one follows, never negative
 */
public record AccountProfile(
        String username,
        String fullName,
        String biography,
        Boolean hasProfilePicture,
        Boolean isPrivate,
        Boolean hasExternalUrl,
        long postsCount,
        long followersCount,
        long followingCount) {

    public AccountProfile {
        requireNonNegative("postsCount", postsCount);
        requireNonNegative("followersCount", followersCount);
        requireNonNegative("followingCount", followingCount);
    }

    /** A profile of which only the three counts are known; add what else is known with the {@code with…} methods. */
    public static AccountProfile ofCounts(long postsCount, long followersCount, long followingCount) {
        return new AccountProfile(null, null, null, null, null, null, postsCount, followersCount, followingCount);
    }

    public AccountProfile withUsername(String value) {
        return new AccountProfile(value, fullName, biography, hasProfilePicture, isPrivate, hasExternalUrl,
                postsCount, followersCount, followingCount);
    }

    public AccountProfile withFullName(String value) {
        return new AccountProfile(username, value, biography, hasProfilePicture, isPrivate, hasExternalUrl,
                postsCount, followersCount, followingCount);
    }

    public AccountProfile withBiography(String value) {
        return new AccountProfile(username, fullName, value, hasProfilePicture, isPrivate, hasExternalUrl,
                postsCount, followersCount, followingCount);
    }

    public AccountProfile withProfilePicture(Boolean value) {
        return new AccountProfile(username, fullName, biography, value, isPrivate, hasExternalUrl,
                postsCount, followersCount, followingCount);
    }

    public AccountProfile withPrivate(Boolean value) {
        return new AccountProfile(username, fullName, biography, hasProfilePicture, value, hasExternalUrl,
                postsCount, followersCount, followingCount);
    }

    public AccountProfile withExternalUrl(Boolean value) {
        return new AccountProfile(username, fullName, biography, hasProfilePicture, isPrivate, value,
                postsCount, followersCount, followingCount);
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
