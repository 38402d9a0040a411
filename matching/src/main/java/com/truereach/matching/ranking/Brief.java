package com.truereach.matching.ranking;

import com.truereach.matching.audience.AudienceTarget;
import com.truereach.matching.metrics.AgeBand;
import com.truereach.matching.metrics.Codes;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a brand wants: content (niches and free-text keywords), the people to reach (countries,
 * languages, ages), where (platforms; none means all) and at what price (a rate range and a budget for
 * one post, in minor units of {@code currency}). Built with {@link #builder()}, which reports the first
 * invalid field as an {@link InvalidBriefException}.
 */
public record Brief(
        Set<Niche> niches,
        List<String> keywords,
        AudienceTarget target,
        Set<Platform> platforms,
        long minimumRate,
        long maximumRate,
        String currency) {

    public Brief {
        niches = niches.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(niches));
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(target, "target");
        platforms = platforms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(platforms));
        if (niches.isEmpty() && keywords.isEmpty()) {
            throw new InvalidBriefException("niches", "a brief needs at least one niche or keyword");
        }
        if (minimumRate < 0) {
            throw new InvalidBriefException("minimumRate", "must not be negative, was " + minimumRate);
        }
        if (maximumRate <= 0) {
            throw new InvalidBriefException("budget", "must be positive, was " + maximumRate);
        }
        if (minimumRate > maximumRate) {
            throw new InvalidBriefException("minimumRate", "must not exceed the budget of " + maximumRate);
        }
        if (!Codes.isUpperCase(currency, 3)) {
            throw new InvalidBriefException("currency", "must be an ISO 4217 code such as EUR, was " + currency);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The brief's niches plus those its keywords name; what niche relevance is measured against. */
    public Set<Niche> targetNiches() {
        Set<Niche> all = niches.isEmpty() ? EnumSet.noneOf(Niche.class) : EnumSet.copyOf(niches);
        keywords.forEach(keyword -> Niche.forKeyword(keyword).ifPresent(all::add));
        return all;
    }

    /** Collects a brief's fields as the API receives them: text, checked on the way in. */
    public static final class Builder {
        private final Set<Niche> niches = new LinkedHashSet<>();
        private final List<String> keywords = new ArrayList<>();
        private final Set<String> countries = new LinkedHashSet<>();
        private final Set<String> languages = new LinkedHashSet<>();
        private final Set<AgeBand> ageBands = new LinkedHashSet<>();
        private final Set<Platform> platforms = new LinkedHashSet<>();
        private long minimumRate = 0;
        private long maximumRate = Long.MAX_VALUE;
        private String currency;

        private Builder() {
        }

        public Builder niche(String name) {
            niches.add(Niche.fromWireName(name).orElseThrow(() -> new InvalidBriefException("niches",
                    "unknown niche '" + name + "'; known niches are " + Arrays.stream(Niche.values())
                            .map(Niche::wireName).collect(Collectors.joining(", ")))));
            return this;
        }

        public Builder niche(Niche niche) {
            niches.add(Objects.requireNonNull(niche));
            return this;
        }

        public Builder keyword(String keyword) {
            if (keyword == null || keyword.isBlank()) {
                throw new InvalidBriefException("keywords", "a keyword must not be blank");
            }
            keywords.add(keyword.strip());
            return this;
        }

        public Builder country(String code) {
            if (!Codes.isUpperCase(code, 2)) {
                throw new InvalidBriefException("countries", "'" + code + "' is not an ISO 3166 alpha-2 code such as FR");
            }
            countries.add(code);
            return this;
        }

        public Builder language(String code) {
            if (!Codes.isLowerCase(code, 2)) {
                throw new InvalidBriefException("languages", "'" + code + "' is not an ISO 639-1 code such as fr");
            }
            languages.add(code);
            return this;
        }

        public Builder ageBand(String label) {
            try {
                ageBands.add(AgeBand.fromLabel(label));
            } catch (IllegalArgumentException e) {
                throw new InvalidBriefException("ageBands", "unknown age band '" + label + "'; known bands are "
                        + Arrays.stream(AgeBand.values()).map(AgeBand::label).collect(Collectors.joining(", ")));
            }
            return this;
        }

        public Builder platform(Platform platform) {
            platforms.add(Objects.requireNonNull(platform));
            return this;
        }

        /** Rates accepted for one post, in minor units; the upper bound is the budget for one creator. */
        public Builder rateRange(long minimum, long maximum) {
            this.minimumRate = minimum;
            this.maximumRate = maximum;
            return this;
        }

        public Builder budget(long maximum) {
            this.maximumRate = maximum;
            return this;
        }

        public Builder currency(String code) {
            this.currency = code;
            return this;
        }

        public Brief build() {
            return new Brief(niches, keywords, new AudienceTarget(countries, languages, ageBands), platforms,
                    minimumRate, maximumRate, currency);
        }
    }
}
