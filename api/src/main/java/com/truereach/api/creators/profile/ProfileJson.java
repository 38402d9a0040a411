package com.truereach.api.creators.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.truereach.api.creators.profile.CreatorProfile.Account;
import com.truereach.api.creators.profile.CreatorProfile.Audience;
import com.truereach.api.creators.profile.CreatorProfile.FollowerProfile;
import com.truereach.api.creators.profile.CreatorProfile.PostRecord;
import com.truereach.api.creators.profile.CreatorProfile.RateCard;
import com.truereach.api.creators.profile.CreatorProfile.Snapshot;
import java.util.List;
import java.util.Map;

/**
 * Writes a profile back in the import schema. The database stores accounts and rates in this form,
 * so what was accepted is what is stored and what {@link ProfileParser} reads back.
 */
public final class ProfileJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private ProfileJson() {}

  public static ArrayNode accounts(List<Account> accounts) {
    ArrayNode array = MAPPER.createArrayNode();
    accounts.forEach(account -> array.add(account(account)));
    return array;
  }

  public static ArrayNode rates(List<RateCard> rates) {
    ArrayNode array = MAPPER.createArrayNode();
    for (RateCard rate : rates) {
      array.addObject().put("platform", rate.platform()).put("deliverable", rate.deliverable())
          .put("amount", rate.amountMinor()).put("currency", rate.currency());
    }
    return array;
  }

  private static ObjectNode account(Account account) {
    ObjectNode node = MAPPER.createObjectNode().put("platform", account.platform()).put("handle", account.handle());
    ArrayNode snapshots = node.putArray("snapshots");
    for (Snapshot s : account.snapshots()) {
      ObjectNode sn = snapshots.addObject().put("date", s.date().toString()).put("followers", s.followers())
          .put("following", s.following()).put("posts", s.posts()).put("provenance", s.provenance().wire());
      s.views().ifPresent(v -> sn.put("views", v));
    }
    ArrayNode posts = node.putArray("posts");
    for (PostRecord p : account.posts()) {
      ObjectNode pn = posts.addObject().put("publishedAt", p.publishedAt().toString()).put("likes", p.likes())
          .put("comments", p.comments()).put("shares", p.shares()).put("sponsored", p.sponsored()).put("caption", p.caption());
      p.views().ifPresent(v -> pn.put("views", v));
      p.hashtags().forEach(pn.putArray("hashtags")::add);
      p.commentSample().forEach(pn.putArray("commentSample")::add);
    }
    account.audience().ifPresent(a -> node.set("audience", audience(a)));
    ArrayNode sample = node.putArray("followerSample");
    for (FollowerProfile f : account.followerSample()) {
      ObjectNode fn = sample.addObject();
      f.username().ifPresent(v -> fn.put("username", v));
      f.fullName().ifPresent(v -> fn.put("fullName", v));
      f.biography().ifPresent(v -> fn.put("biography", v));
      f.hasProfilePicture().ifPresent(v -> fn.put("hasProfilePicture", v));
      f.isPrivate().ifPresent(v -> fn.put("isPrivate", v));
      f.hasExternalUrl().ifPresent(v -> fn.put("hasExternalUrl", v));
      fn.put("postsCount", f.postsCount()).put("followersCount", f.followersCount()).put("followingCount", f.followingCount());
    }
    return node;
  }

  private static ObjectNode audience(Audience audience) {
    ObjectNode node = MAPPER.createObjectNode().put("asOf", audience.asOf().toString()).put("provenance", audience.provenance().wire());
    shares(node.putObject("countries"), audience.countries());
    shares(node.putObject("languages"), audience.languages());
    shares(node.putObject("ages"), audience.ages());
    shares(node.putObject("genders"), audience.genders());
    return node;
  }

  private static void shares(ObjectNode node, Map<String, Double> shares) {
    shares.forEach(node::put);
  }
}
