package com.truereach.api.creators;

import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.CreatorProfile.Provenance;

/**
 * What a creator types in about their own numbers is self-declared, whatever the record claims:
 * only the platform, through the creator's own connection, can make a figure verified.
 */
final class SelfDeclared {

  private SelfDeclared() {}

  static CreatorProfile of(CreatorProfile profile) {
    return new CreatorProfile(profile.externalId(), profile.displayName(), profile.bio(), profile.country(),
        profile.languages(), profile.niches(), profile.rates(),
        profile.accounts().stream().map(a -> new CreatorProfile.Account(a.platform(), a.handle(),
            a.snapshots().stream().map(s -> new CreatorProfile.Snapshot(s.date(), s.followers(), s.following(), s.posts(), s.views(), Provenance.SELF_DECLARED)).toList(),
            a.posts(),
            a.audience().map(au -> new CreatorProfile.Audience(au.asOf(), Provenance.SELF_DECLARED, au.countries(), au.languages(), au.ages(), au.genders())),
            a.followerSample())).toList());
  }
}
