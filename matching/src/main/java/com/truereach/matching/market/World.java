package com.truereach.matching.market;

import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The marketplace's world, in rough real proportions: where creators live (weights close to the
 * countries' shares of creators on the large platforms: the US first, then India, Brazil, Indonesia,
 * Mexico and the large European markets), the languages each country speaks, how content divides over
 * niches, and how creators divide over platforms.
 */
final class World {

    record Country(String code, double weight, Map<String, Double> languages, double reachFactor) {
    }

    /** Reach factor: how generous each market's feed is, since platform algorithms differ by country. */
    static final List<Country> COUNTRIES = List.of(
            new Country("US", 0.20, languages("en", 0.85, "es", 0.15), 0.90),
            new Country("IN", 0.10, languages("hi", 0.55, "en", 0.45), 1.20),
            new Country("BR", 0.09, languages("pt", 1.0), 1.15),
            new Country("ID", 0.06, languages("id", 1.0), 1.10),
            new Country("MX", 0.05, languages("es", 1.0), 1.10),
            new Country("GB", 0.05, languages("en", 1.0), 0.90),
            new Country("FR", 0.05, languages("fr", 1.0), 0.95),
            new Country("DE", 0.05, languages("de", 1.0), 0.85),
            new Country("ES", 0.04, languages("es", 1.0), 1.00),
            new Country("IT", 0.04, languages("it", 1.0), 1.00),
            new Country("JP", 0.04, languages("ja", 1.0), 0.80),
            new Country("KR", 0.03, languages("ko", 1.0), 0.85),
            new Country("CA", 0.03, languages("en", 0.75, "fr", 0.25), 0.90),
            new Country("TR", 0.03, languages("tr", 1.0), 1.10),
            new Country("PH", 0.03, languages("en", 0.5, "tl", 0.5), 1.20),
            new Country("AU", 0.02, languages("en", 1.0), 0.90),
            new Country("NG", 0.02, languages("en", 1.0), 1.15),
            new Country("AR", 0.02, languages("es", 1.0), 1.05),
            new Country("NL", 0.02, languages("nl", 0.9, "en", 0.1), 0.90),
            new Country("PL", 0.02, languages("pl", 1.0), 1.00),
            new Country("BE", 0.01, languages("nl", 0.55, "fr", 0.45), 0.95),
            new Country("CH", 0.01, languages("de", 0.65, "fr", 0.25, "it", 0.10), 0.90));

    private static final Map<String, Country> BY_CODE = index();

    /** Where bot farms' accounts claim to live. */
    static final Map<String, Double> BOT_COUNTRIES = ordered(new Object[][] {
            {"IN", 0.3}, {"ID", 0.2}, {"BR", 0.2}, {"TR", 0.1}, {"NG", 0.1}, {"US", 0.1}});

    /** Share of creators whose main niche is each one. */
    static final Map<Niche, Double> NICHES = niches();

    static final Map<Platform, Double> PLATFORMS = ordered(new Object[][] {
            {Platform.INSTAGRAM, 0.5}, {Platform.TIKTOK, 0.3}, {Platform.YOUTUBE, 0.2}});

    private World() {
    }

    static Country country(String code) {
        return BY_CODE.get(code);
    }

    static double languageShare(String country, String language) {
        Country found = BY_CODE.get(country);
        return found == null ? 0 : found.languages.getOrDefault(language, 0.0);
    }

    /**
     * Weights in a fixed order: a weighted draw walks the map, and {@code Map.of} changes its order from
     * one run to the next, which would make the same seed give another market.
     */
    @SuppressWarnings("unchecked")
    static <K> Map<K, Double> ordered(Object[][] entries) {
        Map<K, Double> map = new LinkedHashMap<>();
        for (Object[] entry : entries) {
            map.put((K) entry[0], (Double) entry[1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Language shares in the order written, the main language first. */
    private static Map<String, Double> languages(Object... codesAndShares) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndShares.length; i += 2) {
            map.put((String) codesAndShares[i], (Double) codesAndShares[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, Country> index() {
        Map<String, Country> map = new LinkedHashMap<>();
        COUNTRIES.forEach(country -> map.put(country.code, country));
        return map;
    }

    private static Map<Niche, Double> niches() {
        Map<Niche, Double> map = new LinkedHashMap<>();
        map.put(Niche.LIFESTYLE, 0.14);
        map.put(Niche.BEAUTY, 0.10);
        map.put(Niche.FASHION, 0.10);
        map.put(Niche.FITNESS, 0.08);
        map.put(Niche.FOOD, 0.08);
        map.put(Niche.GAMING, 0.08);
        map.put(Niche.TRAVEL, 0.07);
        map.put(Niche.TECH, 0.05);
        map.put(Niche.MUSIC, 0.05);
        map.put(Niche.SPORTS, 0.05);
        map.put(Niche.PARENTING, 0.04);
        map.put(Niche.FINANCE, 0.04);
        map.put(Niche.HOME, 0.04);
        map.put(Niche.PETS, 0.03);
        map.put(Niche.EDUCATION, 0.03);
        map.put(Niche.AUTOMOTIVE, 0.02);
        return map;
    }
}
