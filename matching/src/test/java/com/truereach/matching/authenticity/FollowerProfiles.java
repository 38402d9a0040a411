package com.truereach.matching.authenticity;

/** Recognisable follower accounts for tests; invented, like every name in them. */
final class FollowerProfiles {

    private FollowerProfiles() {
    }

    /** No picture, no posts, no name or bio, digits in the handle, follows hundreds, followed by a handful. */
    static AccountProfile aTypicalBotFollower() {
        return AccountProfile.ofCounts(0, 9, 640)
                .withUsername("lina84736251")
                .withFullName("")
                .withBiography("")
                .withProfilePicture(false)
                .withPrivate(false)
                .withExternalUrl(false);
    }

    /** A person who posts, is followed back about as much as they follow, and fills in their profile. */
    static AccountProfile aTypicalGenuineFollower() {
        return AccountProfile.ofCounts(214, 389, 412)
                .withUsername("marta.keller")
                .withFullName("Marta Keller")
                .withBiography("Bern | hiking, film photography and too much coffee")
                .withProfilePicture(true)
                .withPrivate(true)
                .withExternalUrl(false);
    }

    /** A creator with an audience of their own, following few. */
    static AccountProfile aPopularCreator() {
        return AccountProfile.ofCounts(1_250, 184_000, 610)
                .withUsername("alpine.kitchen")
                .withFullName("Alpine Kitchen")
                .withBiography("Seasonal recipes from the mountains. New video every Sunday.")
                .withProfilePicture(true)
                .withPrivate(false)
                .withExternalUrl(true);
    }

    /** A real, active person who follows thousands of accounts: little chance they see any one post. */
    static AccountProfile aMassFollower() {
        return AccountProfile.ofCounts(380, 820, 4_100)
                .withUsername("noah.brunner")
                .withFullName("Noah Brunner")
                .withBiography("Zurich. Sneakers, football, travel. DM for collabs")
                .withProfilePicture(true)
                .withPrivate(false)
                .withExternalUrl(false);
    }

    /** What a follower sample often returns: the three counts and nothing else. */
    static AccountProfile aCountsOnlyFollower() {
        return AccountProfile.ofCounts(
                aTypicalGenuineFollower().postsCount(),
                aTypicalGenuineFollower().followersCount(),
                aTypicalGenuineFollower().followingCount());
    }
}
