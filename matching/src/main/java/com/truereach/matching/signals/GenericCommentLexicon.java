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

    /**
     * Lower case, accents and emoji removed, punctuation to spaces, repeated letters kept: "Nice!!! 🔥" ->
     * "nice". One pass without regular expressions, and the decomposition only when a character could
     * have one, since every sampled comment of every indexed creator goes through here.
     */
    static String normalise(String comment) {
        String lower = comment.toLowerCase(Locale.ROOT);
        String decomposed = mayDecompose(lower) ? Normalizer.normalize(lower, Normalizer.Form.NFD) : lower;
        StringBuilder kept = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !kept.isEmpty()) {
                    kept.append(' ');
                }
                gap = false;
                kept.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return kept.toString();
    }

    /** No character below U+00C0 has a canonical decomposition, so such text is already in NFD. */
    private static boolean mayDecompose(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u00C0') {
                return true;
            }
        }
        return false;
    }
}
