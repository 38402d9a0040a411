package com.truereach.api.creators.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything TrueReach knows about one creator, as partners send it and as it is stored: identity,
 * rates, and per platform the account's metric history, recent posts, audience and a sample of
 * follower profiles. Every metric and audience figure carries its provenance and date.
 */
public record CreatorProfile(
    Optional<String> externalId,
    String displayName,
    String bio,
    String country,
    List<String> languages,
    List<String> niches,
    List<RateCard> rates,
    List<Account> accounts) {

  /**
   * This profile without the text its accounts were read from (see {@link AccountsAsSent}), for
   * holding it in memory once it is stored: the relay needs the accounts, not their 9 KB of JSON,
   * and every creator held between the upload and the index is copied by each young collection.
   */
  public CreatorProfile withoutSourceText() {
    return accounts instanceof AccountsAsSent sent
        ? new CreatorProfile(externalId, displayName, bio, country, languages, niches, rates, sent.withoutText())
        : this;
  }

  /** What a creator charges for one deliverable on one platform, in minor units. */
  public record RateCard(String platform, String deliverable, long amountMinor, String currency) {}

  /** One social account. */
  public record Account(
      String platform,
      String handle,
      List<Snapshot> snapshots,
      List<PostRecord> posts,
      Optional<Audience> audience,
      List<FollowerProfile> followerSample) {

    /** The most recent snapshot, which the index and the scores use. */
    public Optional<Snapshot> latest() {
      return snapshots.stream().max(java.util.Comparator.comparing(Snapshot::date));
    }
  }

  /** Counts observed on one day, and where they came from. */
  public record Snapshot(LocalDate date, long followers, long following, long posts, OptionalLong views, Provenance provenance) {}

  /** One recent post. */
  public record PostRecord(
      Instant publishedAt, long likes, long comments, OptionalLong views, long shares, boolean sponsored,
      String caption, List<String> hashtags, List<String> commentSample) {}

  /** Audience shares (each map sums to about 1) as of a date, and where they came from. */
  public record Audience(
      LocalDate asOf, Provenance provenance, Map<String, Double> countries, Map<String, Double> languages,
      Map<String, Double> ages, Map<String, Double> genders) {}

  /** A follower's public profile; any field but the three counts may be missing. */
  public record FollowerProfile(
      Optional<String> username, Optional<String> fullName, Optional<String> biography,
      Optional<Boolean> hasProfilePicture, Optional<Boolean> isPrivate, Optional<Boolean> hasExternalUrl,
      long postsCount, long followersCount, long followingCount) {}

  /** Where a figure came from; verified figures weigh more in every score. */
  public enum Provenance {
    VERIFIED, PARTNER_ESTIMATE, SELF_DECLARED;

    // Written for every snapshot and audience stored or indexed: spelled once, not per call.
    private final String wire = name().toLowerCase(java.util.Locale.ROOT);

    public String wire() {
      return wire;
    }
  }
}
