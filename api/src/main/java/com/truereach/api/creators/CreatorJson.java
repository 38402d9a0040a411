package com.truereach.api.creators;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.ProfileJson;

/** A creator as the API returns it: the profile in the import schema, plus id, version and dates. */
final class CreatorJson {

  private CreatorJson() {}

  /**
   * @param viewerSource the caller's external-id namespace: a partner's external ids are its own
   *     business, shown only to callers of the same source
   */
  static String of(Creator creator, String viewerSource) {
    CreatorProfile profile = creator.profile();
    ObjectNode node = ProfileJson.MAPPER.createObjectNode();
    node.put("id", creator.id().toString());
    if (creator.source().filter(viewerSource::equals).isPresent()) {
      profile.externalId().ifPresent(id -> node.put("externalId", id));
    }
    node.put("displayName", profile.displayName()).put("bio", profile.bio()).put("country", profile.country());
    ArrayNode languages = node.putArray("languages");
    profile.languages().forEach(languages::add);
    ArrayNode niches = node.putArray("niches");
    profile.niches().forEach(niches::add);
    node.set("rates", ProfileJson.rates(profile.rates()));
    node.set("accounts", ProfileJson.accounts(profile.accounts()));
    node.put("version", creator.version());
    node.put("createdAt", creator.createdAt().toString());
    node.put("updatedAt", creator.updatedAt().toString());
    return node.toString();
  }
}
