package com.truereach.matching.metrics;

import com.truereach.matching.authenticity.AccountProfile;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the engine knows about one creator on one platform: the observable facts only.
 *
 * @param history        counters over time, oldest first (at least one)
 * @param posts          recent posts, any order
 * @param followerSample follower profiles sampled at random from the audience; may be empty
 * @param languages      languages the creator publishes in (ISO 639-1)
 */
public record CreatorMetrics(
        String creatorId,
        Platform platform,
        String country,
        List<String> languages,
        NicheShares niches,
        List<MetricSnapshot> history,
        List<Post> posts,
        AudienceShares audience,
        List<AccountProfile> followerSample,
        Rate rate) {

    public CreatorMetrics {
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(country, "country");
        if (!Codes.isUpperCase(country, 2)) {
            throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code, was " + country);
        }
        languages = List.copyOf(languages);
        Objects.requireNonNull(niches, "niches");
        history = oldestFirst(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a creator needs at least one metric snapshot");
        }
        posts = List.copyOf(posts);
        Objects.requireNonNull(audience, "audience");
        followerSample = List.copyOf(followerSample);
        Objects.requireNonNull(rate, "rate");
    }

    // Histories almost always arrive in date order: checked in one pass, sorted only when they do not.
    private static List<MetricSnapshot> oldestFirst(List<MetricSnapshot> history) {
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).date().isBefore(history.get(i - 1).date())) {
                return history.stream().sorted(Comparator.comparing(MetricSnapshot::date)).toList();
            }
        }
        return List.copyOf(history);
    }

    public MetricSnapshot latest() {
        return history.get(history.size() - 1);
    }

    public long followers() {
        return latest().followers();
    }

    /** Provenance of the current counters: the figures every count-based signal rests on. */
    public Provenance provenance() {
        return latest().provenance();
    }

    /** Median over organic posts of interactions per follower; 0 without organic posts or followers. */
    public double engagementRate() {
        return PostStatistics.engagementRate(posts, followers());
    }

    /** Compound monthly growth of followers over the history; 0 with a single snapshot. */
    public double monthlyGrowthRate() {
        MetricSnapshot first = history.get(0);
        MetricSnapshot last = latest();
        long days = java.time.temporal.ChronoUnit.DAYS.between(first.date(), last.date());
        if (days <= 0 || first.followers() == 0) {
            return 0;
        }
        return Math.pow((double) last.followers() / first.followers(), 30.0 / days) - 1.0;
    }

    /** Likes per comment over all posts; NaN when there were no comments. */
    public double likesPerComment() {
        return PostStatistics.likesPerComment(posts);
    }
}
