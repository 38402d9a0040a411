package com.truereach.api.accounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Permission;
import com.truereach.matching.authenticity.AccountProfile;
import com.truereach.matching.authenticity.FollowerClassifier;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies account profiles (typically a sample of a creator's followers) with the shipped
 * follower model. Pure computation: nothing is stored, so the POST needs no Idempotency-Key.
 */
@Tag(name = "Accounts")
@Controller("/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AccountsController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Access access;
  private final FollowerClassifier classifier = FollowerClassifier.loadDefault();

  AccountsController(Access access) {
    this.access = access;
  }

  @Operation(
      summary = "Classify account profiles",
      description = "Body: {\"accounts\": [{username?, fullName?, biography?, hasProfilePicture?, isPrivate?, hasExternalUrl?,"
          + " postsCount, followersCount, followingCount}, ...]} with 1 to 1,000 profiles. Answers, in the same order, each"
          + " profile's class (real, mass_follower, suspicious, influencer), probability of being inauthentic, confidence"
          + " and reasons. See docs/api/accounts.md.")
  @Post(uri = "/classify", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  Classification classify(Authentication authentication, @Body String body) {
    access.require(authentication, Permission.READ_CREATORS);
    JsonNode root = readJson(body);
    AccountProfilesParser parser = new AccountProfilesParser();
    List<AccountProfile> profiles = parser.parse(root);
    if (!parser.errors().isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more account profiles are invalid; see errors.", parser.errors());
    }
    List<Classification.Item> items = new ArrayList<>(profiles.size());
    for (int i = 0; i < profiles.size(); i++) {
      AccountProfile profile = profiles.get(i);
      items.add(Classification.Item.of(i, profile.username(), classifier.classify(profile)));
    }
    return new Classification(classifier.modelVersion(), classifier.suspiciousThreshold(), items);
  }

  private static JsonNode readJson(String body) {
    try {
      JsonNode node = JSON.readTree(body == null ? "" : body);
      if (node == null || !node.isObject()) {
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, "Send {\"accounts\": [...]} as a JSON object.");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
