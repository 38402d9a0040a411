package com.truereach.matching.metrics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Who the audience is: shares by country (ISO 3166 alpha-2), by language (ISO 639-1) and by age band.
 *
 * <p>Each dimension either is empty (unknown) or sums to 1 within {@link #TOLERANCE}: platforms round
 * their figures and group the long tail, so an exact sum cannot be required, but a larger gap means the
 * figures were read wrongly.
 */
public record AudienceShares(
        Map<String, Double> byCountry,
        Map<String, Double> byLanguage,
        Map<AgeBand, Double> byAgeBand,
        Provenance provenance,
        LocalDate asOf) {

    public static final double TOLERANCE = 0.02;

    public AudienceShares {
        byCountry = validated("byCountry", byCountry);
        byLanguage = validated("byLanguage", byLanguage);
        byAgeBand = validated("byAgeBand", byAgeBand);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Nothing known about the audience. */
    public static AudienceShares unknown(LocalDate asOf) {
        return new AudienceShares(Map.of(), Map.of(), Map.of(), Provenance.SELF_DECLARED, asOf);
    }

    public double countryShare(String country) {
        return byCountry.getOrDefault(country, 0.0);
    }

    public double languageShare(String language) {
        return byLanguage.getOrDefault(language, 0.0);
    }

    public double ageShare(AgeBand band) {
        return byAgeBand.getOrDefault(band, 0.0);
    }

    private static <K> Map<K, Double> validated(String name, Map<K, Double> shares) {
        Map<K, Double> copy = Map.copyOf(Objects.requireNonNull(shares, name));
        double sum = 0;
        for (Map.Entry<K, Double> entry : copy.entrySet()) {
            Counts.requireShare(name + "[" + entry.getKey() + "]", entry.getValue());
            sum += entry.getValue();
        }
        if (!copy.isEmpty() && Math.abs(sum - 1.0) > TOLERANCE) {
            throw new IllegalArgumentException(name + " must sum to 1 (within " + TOLERANCE + "), summed to " + sum);
        }
        return copy;
    }
}
