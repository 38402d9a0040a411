package com.truereach.matching.signals;

import com.truereach.matching.metrics.Post;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Comments that could be left under any post without looking at it: the stock phrases engagement pods
 * and comment sellers paste, per language, plus comments made only of emoji or punctuation. Kept short
 * on purpose: a phrase belongs here only if it says nothing about the post.
 */
final class GenericCommentLexicon {

    private static final Set<String> PHRASES = Set.of(
            // English
            "nice", "nice pic", "nice post", "great", "great pic", "great post", "great content", "love it",
            "love this", "amazing", "awesome", "wow", "cool", "beautiful", "so cute", "cute", "gorgeous",
            "stunning", "perfect", "lovely", "superb", "great shot", "nice one", "keep it up", "follow me",
            "check my page", "dm me", "so good", "fire", "goals", "yes",
            // French
            "trop beau", "trop belle", "magnifique", "super", "genial", "j adore", "bravo", "sublime", "top",
            // Spanish
            "que bonito", "me encanta", "hermoso", "hermosa", "increible", "precioso", "preciosa", "guapa",
            // German
            "schon", "toll", "mega", "wunderschon", "klasse", "sehr schon",
            // Portuguese
            "lindo", "linda", "perfeita", "maravilhoso", "arrasou", "amei",
            // Italian
            "bellissima", "bellissimo", "bello", "bella", "stupendo", "complimenti");

    private GenericCommentLexicon() {
    }

    static boolean isGeneric(String comment) {
        String words = normalise(comment);
        return words.isEmpty() || PHRASES.contains(words);
    }

    static Evidence.CommentShare shareOfGeneric(List<Post> posts) {
        int read = 0;
        int generic = 0;
        for (Post post : posts) {
            for (String comment : post.commentSample()) {
                read++;
                if (isGeneric(comment)) {
                    generic++;
                }
            }
        }
        return new Evidence.CommentShare(read == 0 ? 0 : (double) generic / read, read);
    }

    // Lower case, accents and emoji removed, punctuation to spaces, repeated letters kept: "Nice!!! 🔥" -> "nice".
    private static String normalise(String comment) {
        String decomposed = Normalizer.normalize(comment.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder();
        decomposed.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                kept.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                kept.append(' ');
            }
        });
        return kept.toString().trim().replaceAll("\\s+", " ");
    }
}
