package com.truereach.matching.benchmarks;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Broad world regions: a thin country borrows from its region before the whole world, because
 * platforms tune their feeds by market and neighbouring markets behave alike.
 */
enum Region {
    NORTH_AMERICA(Set.of("US", "CA")),
    LATIN_AMERICA(Set.of("BR", "MX", "AR", "CO", "CL", "PE")),
    EUROPE(Set.of("GB", "FR", "DE", "ES", "IT", "NL", "BE", "CH", "AT", "PT", "PL", "SE", "NO", "DK", "IE", "FI")),
    ASIA_PACIFIC(Set.of("IN", "ID", "JP", "KR", "PH", "TH", "VN", "MY", "AU", "NZ", "SG", "CN", "TW")),
    MIDDLE_EAST_AFRICA(Set.of("TR", "NG", "ZA", "EG", "SA", "AE", "KE", "MA"));

    private static final Map<String, Region> BY_COUNTRY = index();

    private final Set<String> countries;

    Region(Set<String> countries) {
        this.countries = countries;
    }

    static Optional<Region> of(String country) {
        return Optional.ofNullable(BY_COUNTRY.get(country));
    }

    boolean contains(String country) {
        return countries.contains(country);
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static Map<String, Region> index() {
        Map<String, Region> map = new java.util.HashMap<>();
        for (Region region : values()) {
            region.countries.forEach(country -> map.put(country, region));
        }
        return Map.copyOf(map);
    }
}
