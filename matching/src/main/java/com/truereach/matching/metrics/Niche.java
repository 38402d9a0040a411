package com.truereach.matching.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed content taxonomy. A creator's content is described as shares over these niches; a brief
 * names some of them. Each niche lists a few keywords so that a brief's free text can be mapped onto
 * the taxonomy; other words are left to the search index's text relevance.
 */
public enum Niche {
    BEAUTY("beauty", "makeup", "skincare", "cosmetics", "hair", "nails"),
    FASHION("fashion", "style", "outfit", "streetwear", "clothing", "sneakers"),
    FITNESS("fitness", "workout", "gym", "running", "yoga", "training"),
    FOOD("food", "recipes", "cooking", "baking", "restaurant", "vegan"),
    TRAVEL("travel", "hotel", "adventure", "backpacking", "destination"),
    GAMING("gaming", "esports", "videogames", "console", "streaming"),
    TECH("tech", "gadgets", "smartphone", "software", "reviews"),
    PARENTING("parenting", "baby", "kids", "family", "mom", "dad"),
    FINANCE("finance", "investing", "money", "crypto", "budgeting"),
    HOME("home", "interior", "decor", "diy", "garden"),
    MUSIC("music", "singer", "guitar", "producer", "concert"),
    SPORTS("sports", "football", "soccer", "basketball", "tennis"),
    PETS("pets", "dog", "cat", "puppy"),
    EDUCATION("education", "learning", "study", "language", "science"),
    AUTOMOTIVE("automotive", "cars", "motorsport", "ev"),
    LIFESTYLE("lifestyle", "vlog", "wellness", "daily");

    private final String wireName;
    private final List<String> keywords;

    Niche(String wireName, String... keywords) {
        this.wireName = wireName;
        this.keywords = List.of(keywords);
    }

    /** Stable lower-case name for APIs and stored data. */
    public String wireName() {
        return wireName;
    }

    public List<String> keywords() {
        return keywords;
    }

    /** The niche named exactly by its wire name, or empty. */
    public static Optional<Niche> fromWireName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(niche -> niche.wireName.equals(wanted)).findFirst();
    }

    /** The niche whose name or keyword list contains this word, or empty. */
    public static Optional<Niche> forKeyword(String word) {
        String wanted = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(ByWord.NICHES.get(wanted));
    }

    /** Every name and keyword, first niche first: looked up for each hashtag of each post indexed. */
    private static final class ByWord {
        static final Map<String, Niche> NICHES = byWord();

        private static Map<String, Niche> byWord() {
            Map<String, Niche> byWord = new HashMap<>();
            for (Niche niche : values()) {
                byWord.putIfAbsent(niche.wireName, niche);
                niche.keywords.forEach(keyword -> byWord.putIfAbsent(keyword, niche));
            }
            return Map.copyOf(byWord);
        }
    }
}
