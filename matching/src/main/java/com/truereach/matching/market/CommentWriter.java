package com.truereach.matching.market;

import com.truereach.matching.metrics.Niche;
import java.util.List;

/** Writes comment texts: specific ones a real audience writes, and the stock phrases pods paste. */
final class CommentWriter {

    private static final List<String> GENERIC = List.of("nice", "great pic", "love it", "🔥🔥", "😍😍😍",
            "amazing!!", "wow", "👏👏", "so cute", "beautiful", "Nice post", "great content", "❤️", "super", "top",
            "lindo", "me encanta", "bellissima", "magnifique");
    private static final List<String> SPECIFIC = List.of(
            "where did you find the %s? need it", "tried the %s tip from last week, it actually worked",
            "how long did the %s take you?", "your %s posts are the reason I started",
            "can you do a follow-up on the %s part?", "the bit at the end about %s made me laugh",
            "honestly the best %s advice I've seen this month", "do you have a link for the %s you mentioned?");

    private CommentWriter() {
    }

    static String generic(Dice dice) {
        return dice.pick(GENERIC);
    }

    static String specific(Dice dice, Niche niche) {
        return String.format(dice.pick(SPECIFIC), dice.pick(niche.keywords()));
    }
}
