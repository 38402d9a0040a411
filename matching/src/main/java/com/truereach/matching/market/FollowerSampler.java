package com.truereach.matching.market;

import com.truereach.matching.authenticity.AccountProfile;
import java.util.List;

/** Invents follower profiles of the three kinds a real sample mixes: people, mass followers and bots. */
final class FollowerSampler {

    private static final List<String> SYLLABLES = List.of("ma", "ri", "lo", "ka", "ne", "sa", "to", "el", "an",
            "ju", "li", "ar", "de", "mi", "no", "ra", "be", "ti", "os", "la");
    private static final List<String> BIOS = List.of("coffee, books and long walks", "mum of two | runner",
            "photography & travel", "student", "football every sunday", "plants and cats", "dream big",
            "designer. opinions are my own", "foodie", "music is life");

    private FollowerSampler() {
    }

    static AccountProfile aPerson(Dice dice) {
        String name = name(dice);
        return AccountProfile.ofCounts(Math.round(dice.logNormal(120, 1.2)), Math.round(dice.logNormal(350, 1.0)),
                        Math.round(dice.logNormal(420, 0.7)))
                .withUsername(name.replace(' ', '.') + (dice.chance(0.3) ? dice.between(1, 99) : ""))
                .withFullName(dice.chance(0.9) ? capitalised(name) : "")
                .withBiography(dice.chance(0.6) ? dice.pick(BIOS) : "")
                .withProfilePicture(dice.chance(0.95))
                .withPrivate(dice.chance(0.4))
                .withExternalUrl(dice.chance(0.1));
    }

    static AccountProfile aMassFollower(Dice dice) {
        String name = name(dice);
        return AccountProfile.ofCounts(Math.round(dice.logNormal(200, 1.0)), Math.round(dice.logNormal(700, 0.8)),
                        dice.between(2_500, 7_500))
                .withUsername(name.replace(' ', '_'))
                .withFullName(capitalised(name))
                .withBiography(dice.chance(0.5) ? dice.pick(BIOS) : "")
                .withProfilePicture(dice.chance(0.9))
                .withPrivate(dice.chance(0.2))
                .withExternalUrl(dice.chance(0.15));
    }

    static AccountProfile aBot(Dice dice) {
        String handle = dice.pick(SYLLABLES) + dice.pick(SYLLABLES) + dice.pick(SYLLABLES);
        String digits = dice.chance(0.7) ? Long.toString(Math.round(dice.uniform(1e5, 1e8))) : "";
        return AccountProfile.ofCounts(dice.chance(0.6) ? 0 : dice.between(1, 6), Math.round(dice.logNormal(15, 1.0)),
                        dice.between(300, 3_000))
                .withUsername(handle + digits)
                .withFullName(dice.chance(0.6) ? "" : capitalised(handle))
                .withBiography(dice.chance(0.8) ? "" : dice.pick(BIOS))
                .withProfilePicture(dice.chance(0.3))
                .withPrivate(dice.chance(0.1))
                .withExternalUrl(false);
    }

    private static String name(Dice dice) {
        return dice.pick(SYLLABLES) + dice.pick(SYLLABLES) + " " + dice.pick(SYLLABLES) + dice.pick(SYLLABLES)
                + dice.pick(SYLLABLES);
    }

    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
