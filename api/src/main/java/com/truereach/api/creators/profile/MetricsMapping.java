package com.truereach.api.creators.profile;

import com.truereach.api.creators.profile.CreatorProfile.Account;
import com.truereach.matching.authenticity.AccountProfile;
import com.truereach.matching.metrics.AgeBand;
import com.truereach.matching.metrics.AudienceShares;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.MetricSnapshot;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.NicheShares;
import com.truereach.matching.metrics.Platform;
import com.truereach.matching.metrics.Post;
import com.truereach.matching.metrics.Provenance;
import com.truereach.matching.metrics.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Presents one account of a stored profile to the matching engine. */
public final class MetricsMapping {

  private MetricsMapping() {}

  /** The account with the most followers: it represents the creator in the index and the scores. */
  public static Optional<Account> mainAccount(CreatorProfile profile) {
    return profile.accounts().stream()
        .max(java.util.Comparator.comparingLong(a -> a.latest().map(CreatorProfile.Snapshot::followers).orElse(0L)));
  }

  public static CreatorMetrics metrics(String creatorId, CreatorProfile profile, Account account) {
    return new CreatorMetrics(
        creatorId,
        Platform.valueOf(account.platform().toUpperCase(Locale.ROOT)),
        profile.country(),
        profile.languages(),
        niches(profile, account),
        mapped(account.snapshots(), MetricsMapping::snapshot),
        mapped(account.posts(),
            p -> new Post(p.publishedAt(), p.likes(), p.comments(), p.views(), p.shares(), p.sponsored(), p.commentSample())),
        account.audience().map(MetricsMapping::audience).orElseGet(() -> AudienceShares.unknown(LocalDate.now())),
        mapped(account.followerSample(), MetricsMapping::follower),
        rate(profile, account));
  }

  // A loop into a list of the right size: every indexed creator is mapped, and streams' copies showed in profiles.
  private static <A, B> List<B> mapped(List<A> values, java.util.function.Function<A, B> mapping) {
    List<B> mapped = new ArrayList<>(values.size());
    for (A value : values) {
      mapped.add(mapping.apply(value));
    }
    return mapped;
  }

  /**
   * How the creator's content spreads over niches: counted from post hashtags and captions where
   * they name a niche, else the declared niches, evenly.
   */
  public static NicheShares niches(CreatorProfile profile, Account account) {
    Map<Niche, Double> counts = new EnumMap<>(Niche.class);
    for (CreatorProfile.PostRecord post : account.posts()) {
      post.hashtags().forEach(tag -> Niche.forKeyword(tag).ifPresent(n -> counts.merge(n, 1.0, Double::sum)));
    }
    if (counts.isEmpty()) {
      profile.niches().forEach(n -> Niche.fromWireName(n).ifPresent(niche -> counts.merge(niche, 1.0, Double::sum)));
    }
    if (counts.isEmpty()) {
      counts.put(Niche.LIFESTYLE, 1.0);
    }
    double total = counts.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<Niche, Double> shares = new EnumMap<>(Niche.class);
    counts.forEach((niche, count) -> shares.put(niche, count / total));
    return NicheShares.of(shares);
  }

  private static MetricSnapshot snapshot(CreatorProfile.Snapshot s) {
    return new MetricSnapshot(s.date(), s.followers(), s.following(), s.posts(), s.views(), provenance(s.provenance()));
  }

  private static AudienceShares audience(CreatorProfile.Audience audience) {
    Map<AgeBand, Double> ages = new EnumMap<>(AgeBand.class);
    audience.ages().forEach((band, share) -> ages.put(AgeBand.fromLabel(band), share));
    // AudienceShares keeps its own copy of each map.
    return new AudienceShares(audience.countries(), audience.languages(), ages, provenance(audience.provenance()),
        audience.asOf());
  }

  private static AccountProfile follower(CreatorProfile.FollowerProfile f) {
    return new AccountProfile(f.username().orElse(null), f.fullName().orElse(null), f.biography().orElse(null),
        f.hasProfilePicture().orElse(null), f.isPrivate().orElse(null), f.hasExternalUrl().orElse(null),
        f.postsCount(), f.followersCount(), f.followingCount());
  }

  /** The lowest rate the creator asks on this account's platform, if they gave one. */
  public static Optional<CreatorProfile.RateCard> lowestRate(CreatorProfile profile, Account account) {
    return profile.rates().stream().filter(r -> r.platform().equals(account.platform()) && r.amountMinor() > 0)
        .min(java.util.Comparator.comparingLong(CreatorProfile.RateCard::amountMinor));
  }

  /**
   * The matching model needs a rate. A creator who gave none cannot be ranked per unit of cost, so
   * the index marks them rate-less and briefs never rank them; authenticity and reach, which do not
   * use the rate, get the smallest rate as a placeholder.
   */
  private static Rate rate(CreatorProfile profile, Account account) {
    return lowestRate(profile, account).map(r -> Rate.of(r.amountMinor(), r.currency())).orElse(Rate.of(1, "EUR"));
  }

  private static Provenance provenance(CreatorProfile.Provenance provenance) {
    return Provenance.valueOf(provenance.name());
  }
}
