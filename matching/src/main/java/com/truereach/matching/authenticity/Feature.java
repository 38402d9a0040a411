package com.truereach.matching.authenticity;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The model's inputs, each computed from {@link AccountFeatures} and named in the model resource.
 *
 * <p>Counts enter on a log scale because a follower count of 100 versus 1,000 says far more than
 * 100,000 versus 101,000. The two ratios are kept as separate inputs although they are differences of
 * the logs: the model is additive per input, so a ratio lets it learn "follows far more than follow it"
 * directly instead of as an accident of two separate curves.
 */
enum Feature {
    FOLLOWERS_LOG("followers_log", null, f -> log(f.followersCount())) {
        @Override
        String describe(AccountFeatures f) {
            return "has " + count(f.followersCount()) + " followers";
        }
    },
    FOLLOWING_LOG("following_log", null, f -> log(f.followingCount())) {
        @Override
        String describe(AccountFeatures f) {
            return "follows " + count(f.followingCount()) + " accounts";
        }
    },
    POSTS_LOG("posts_log", null, f -> log(f.postsCount())) {
        @Override
        String describe(AccountFeatures f) {
            return "has published " + count(f.postsCount()) + " posts";
        }
    },
    FOLLOWER_FOLLOWING_RATIO_LOG("follower_following_ratio_log", null,
            f -> logRatio(f.followersCount(), f.followingCount())) {
        @Override
        String describe(AccountFeatures f) {
            return "has " + ratio(f.followersCount(), f.followingCount()) + " followers per account it follows";
        }
    },
    POSTS_PER_FOLLOWER_LOG("posts_per_follower_log", null, f -> logRatio(f.postsCount(), f.followersCount())) {
        @Override
        String describe(AccountFeatures f) {
            return "has " + ratio(f.postsCount(), f.followersCount()) + " posts per follower";
        }
    },
    PROFILE_PICTURE("profile_picture", "profile picture", AccountFeatures::hasProfilePicture) {
        @Override
        String describe(AccountFeatures f) {
            return f.hasProfilePicture() > 0 ? "has a profile picture" : "has no profile picture";
        }
    },
    PRIVATE_ACCOUNT("private_account", "privacy setting", AccountFeatures::isPrivate) {
        @Override
        String describe(AccountFeatures f) {
            return f.isPrivate() > 0 ? "is a private account" : "is a public account";
        }
    },
    EXTERNAL_URL("external_url", "external link", AccountFeatures::hasExternalUrl) {
        @Override
        String describe(AccountFeatures f) {
            return f.hasExternalUrl() > 0 ? "links to a website" : "has no link in its bio";
        }
    },
    USERNAME_LENGTH("username_length", "username", AccountFeatures::usernameLength) {
        @Override
        String describe(AccountFeatures f) {
            return "has a username of " + count(f.usernameLength()) + " characters";
        }
    },
    USERNAME_DIGIT_SHARE("username_digit_share", "username", AccountFeatures::usernameDigitShare) {
        @Override
        String describe(AccountFeatures f) {
            return f.usernameDigitShare() == 0 ? "has no digits in its username"
                    : "has a username that is " + percent(f.usernameDigitShare()) + " digits";
        }
    },
    USERNAME_LETTER_SHARE("username_letter_share", "username", AccountFeatures::usernameLetterShare) {
        @Override
        String describe(AccountFeatures f) {
            return "has a username that is " + percent(f.usernameLetterShare()) + " letters";
        }
    },
    FULL_NAME_WORDS("full_name_words", "full name", AccountFeatures::fullNameWords) {
        @Override
        String describe(AccountFeatures f) {
            return f.fullNameWords() == 0 ? "has no full name" : "has a full name of " + count(f.fullNameWords()) + " words";
        }
    },
    FULL_NAME_DIGIT_SHARE("full_name_digit_share", "full name", AccountFeatures::fullNameDigitShare) {
        @Override
        String describe(AccountFeatures f) {
            return "has a full name that is " + percent(f.fullNameDigitShare()) + " digits";
        }
    },
    NAME_MATCHES_USERNAME("name_matches_username", "full name", AccountFeatures::nameMatchesUsername) {
        @Override
        String describe(AccountFeatures f) {
            return f.nameMatchesUsername() > 0 ? "has a full name that only repeats the username"
                    : "has a full name distinct from the username";
        }
    },
    BIOGRAPHY_LENGTH("biography_length", "bio", AccountFeatures::biographyLength) {
        @Override
        String describe(AccountFeatures f) {
            return f.biographyLength() == 0 ? "has no bio" : "has a bio of " + count(f.biographyLength()) + " characters";
        }
    };

    private final String key;
    private final String profileField;
    private final ToDoubleFunction<AccountFeatures> extractor;

    Feature(String key, String profileField, ToDoubleFunction<AccountFeatures> extractor) {
        this.key = key;
        this.profileField = profileField;
        this.extractor = extractor;
    }

    /** Name used in the model resource. */
    String key() {
        return key;
    }

    /** The profile field this input needs, for telling a person what was missing; null for the counts. */
    String profileField() {
        return profileField;
    }

    /** The input's value, or NaN when the field it needs is unknown. */
    double valueOf(AccountFeatures features) {
        return extractor.applyAsDouble(features);
    }

    /** What the account shows for this input, as the start of a sentence a person can verify. */
    abstract String describe(AccountFeatures features);

    static Feature fromKey(String key) {
        return Arrays.stream(values())
                .filter(feature -> feature.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model feature: " + key));
    }

    private static double log(double count) {
        return Math.log1p(count);
    }

    // One log of one quotient: equal ratios of whole counts then give bit-identical values, so no step
    // of the model can fall between two accounts whose ratios are the same.
    private static double logRatio(double numerator, double denominator) {
        return Math.log((numerator + 1) / (denominator + 1));
    }

    private static String count(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String ratio(double numerator, double denominator) {
        double value = numerator / Math.max(denominator, 1.0);
        return String.format(Locale.ROOT, value >= 10 ? "%.0f" : "%.2f", value);
    }
}
