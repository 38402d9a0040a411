package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FollowerClassifierPropertiesTest {

    private final FollowerClassifier classifier = FollowerClassifier.loadDefault();

    @Property
    void probability_and_confidence_always_lie_between_zero_and_one(@ForAll("profiles") AccountProfile profile) {
        AccountClassification verdict = classifier.classify(profile);

        assertTrue(verdict.probabilityInauthentic() >= 0 && verdict.probabilityInauthentic() <= 1);
        assertTrue(verdict.confidence() >= 0 && verdict.confidence() <= 1);
        assertTrue(!verdict.reasons().isEmpty());
    }

    /**
     * The model learned that a picture points to a genuine account (checked first, so a retrain that
     * reversed it fails here); then showing a picture, instead of none or an unknown one, never raises the
     * probability: the model is additive, so nothing else can undo it.
     */
    @Property
    void adding_a_profile_picture_never_raises_the_fake_probability(@ForAll("profiles") AccountProfile profile) {
        FeatureShape picture = shapeOf(Feature.PROFILE_PICTURE);
        assertTrue(picture.contribution(1) <= 0 && picture.contribution(1) <= picture.contribution(0),
                "the model should find a profile picture a sign of a genuine account");

        double withPicture = classifier.classify(profile.withProfilePicture(true)).probabilityInauthentic();

        assertTrue(withPicture <= classifier.classify(profile.withProfilePicture(false)).probabilityInauthentic());
        assertTrue(withPicture <= classifier.classify(profile.withProfilePicture(null)).probabilityInauthentic());
    }

    @Property
    void forgetting_a_field_never_raises_confidence(@ForAll("profiles") AccountProfile profile) {
        double confidence = classifier.classify(profile).confidence();

        assertTrue(classifier.classify(profile.withBiography(null)).confidence() <= confidence);
        assertTrue(classifier.classify(profile.withUsername(null)).confidence() <= confidence);
        assertTrue(classifier.classify(profile.withFullName(null)).confidence() <= confidence);
    }

    @Provide
    Arbitrary<AccountProfile> profiles() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 20_000_000);
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("._ ")
                .ofMaxLength(30).injectNull(0.3);
        Arbitrary<Boolean> flags = Arbitraries.of(true, false).injectNull(0.3);
        return Combinators.combine(counts, counts, counts, names, names, names, flags, flags)
                .as((posts, followers, following, username, fullName, bio, picture, isPrivate) ->
                        new AccountProfile(username, fullName, bio, picture, isPrivate, picture, posts, followers,
                                following));
    }

    private FeatureShape shapeOf(Feature feature) {
        return classifier.model().shapes().stream().filter(s -> s.feature() == feature).findFirst().orElseThrow();
    }
}
