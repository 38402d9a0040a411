package com.truereach.matching.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a creator's content divides over the {@link Niche} taxonomy; shares sum to 1 within
 * {@link AudienceShares#TOLERANCE}, or the map is empty when the content was not classified.
 */
public record NicheShares(Map<Niche, Double> shares) {

    public NicheShares {
        Objects.requireNonNull(shares, "shares");
        double sum = 0;
        for (Map.Entry<Niche, Double> entry : shares.entrySet()) {
            Counts.requireShare("niche share of " + entry.getKey().wireName(), entry.getValue());
            sum += entry.getValue();
        }
        if (!shares.isEmpty() && Math.abs(sum - 1.0) > AudienceShares.TOLERANCE) {
            throw new IllegalArgumentException("niche shares must sum to 1, summed to " + sum);
        }
        shares = shares.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(shares));
    }

    public static NicheShares of(Map<Niche, Double> shares) {
        return new NicheShares(shares);
    }

    public static NicheShares only(Niche niche) {
        return new NicheShares(Map.of(niche, 1.0));
    }

    public double share(Niche niche) {
        return shares.getOrDefault(niche, 0.0);
    }

    /**
     * Herfindahl concentration of the content, in (0, 1]: 1 for a single niche, 0.1 for ten equal ones;
     * 0 when unknown.
     */
    public double concentration() {
        double sum = 0;
        for (double share : shares.values()) {
            sum += share * share;
        }
        return sum;
    }
}
