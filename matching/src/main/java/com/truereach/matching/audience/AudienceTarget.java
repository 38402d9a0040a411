package com.truereach.matching.audience;

import com.truereach.matching.metrics.AgeBand;
import com.truereach.matching.metrics.AudienceShares;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people a brief wants to reach, by country, language and age; an empty dimension means "anyone".
 *
 * <p>Platforms report each dimension on its own, so the share inside the target is combined from the
 * marginals. Age is taken as independent of place. Country and language are not independent (most
 * French speakers live in French-speaking countries), so their joint share is taken halfway between
 * independence (the product) and full overlap (the smaller share). A dimension the creator's figures
 * lack is assumed from the creator's own country and languages, and said to be assumed.
 */
public record AudienceTarget(Set<String> countries, Set<String> languages, Set<AgeBand> ageBands) {

    /** Share of a creator's audience assumed to live in their own country when nothing is reported. */
    public static final double ASSUMED_HOME_SHARE = 0.6;
    /** Share assumed to speak one of the creator's languages when nothing is reported. */
    static final double ASSUMED_LANGUAGE_SHARE = 0.7;
    /** Share assumed in a dimension the creator has nothing to do with. */
    static final double ASSUMED_STRAY_SHARE = 0.05;

    public AudienceTarget {
        countries = Set.copyOf(countries);
        languages = Set.copyOf(languages);
        ageBands = ageBands.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ageBands));
    }

    /** Share in [0, 1] of the creator's audience inside this target. */
    public double shareOf(AudienceShares audience, String homeCountry, List<String> creatorLanguages) {
        double country = countryShare(audience, homeCountry);
        double language = languageShare(audience, creatorLanguages);
        double place = countries.isEmpty() || languages.isEmpty()
                ? country * language
                : 0.5 * (country * language + Math.min(country, language));
        return Math.min(1.0, place * ageShare(audience));
    }

    /** One sentence on the share, saying which parts were assumed. */
    public String describe(AudienceShares audience, String homeCountry, List<String> creatorLanguages) {
        StringBuilder sentence = new StringBuilder(String.format(Locale.ROOT, "%.0f%% of the audience is in the target",
                100 * shareOf(audience, homeCountry, creatorLanguages)));
        String parts = part("countries", countries.isEmpty(), audience.byCountry().isEmpty(), countryShare(audience, homeCountry))
                + part("languages", languages.isEmpty(), audience.byLanguage().isEmpty(), languageShare(audience, creatorLanguages))
                + part("ages", ageBands.isEmpty(), audience.byAgeBand().isEmpty(), ageShare(audience));
        if (!parts.isEmpty()) {
            sentence.append(" (").append(parts, 2, parts.length()).append(')');
        }
        return sentence.append(", by figures ").append(audience.provenance().description()).append('.').toString();
    }

    double countryShare(AudienceShares audience, String homeCountry) {
        if (countries.isEmpty()) {
            return 1.0;
        }
        if (audience.byCountry().isEmpty()) {
            return countries.contains(homeCountry) ? ASSUMED_HOME_SHARE : ASSUMED_STRAY_SHARE;
        }
        double sum = 0;
        for (String country : countries) {
            sum += audience.countryShare(country);
        }
        return Math.min(1.0, sum);
    }

    double languageShare(AudienceShares audience, List<String> creatorLanguages) {
        if (languages.isEmpty()) {
            return 1.0;
        }
        if (audience.byLanguage().isEmpty()) {
            return creatorLanguages.stream().anyMatch(languages::contains) ? ASSUMED_LANGUAGE_SHARE : ASSUMED_STRAY_SHARE;
        }
        double sum = 0;
        for (String language : languages) {
            sum += audience.languageShare(language);
        }
        return Math.min(1.0, sum);
    }

    double ageShare(AudienceShares audience) {
        if (ageBands.isEmpty()) {
            return 1.0;
        }
        if (audience.byAgeBand().isEmpty()) {
            return (double) ageBands.size() / AgeBand.values().length;
        }
        double sum = 0;
        for (AgeBand band : ageBands) {
            sum += audience.ageShare(band);
        }
        return Math.min(1.0, sum);
    }

    private static String part(String name, boolean untargeted, boolean assumed, double share) {
        if (untargeted) {
            return "";
        }
        return String.format(Locale.ROOT, "; %s %.0f%%%s", name, 100 * share, assumed ? " assumed" : "");
    }
}
