package com.truereach.api.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.problem.Problem;
import com.truereach.matching.authenticity.AccountProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code {"accounts": [...]}} into account profiles, or lists every wrong field with its
 * path ({@code accounts[3].followersCount}). Works on a JSON tree so that a wrong type is reported
 * on its field rather than as an unreadable body.
 */
final class AccountProfilesParser {

  static final int MAX_ACCOUNTS = 1000;
  static final int MAX_TEXT = 300;
  /** Enough to fix a batch; a thousand copies of the same mistake help nobody. */
  static final int MAX_ERRORS = 100;

  private static final Set<String> FIELDS = Set.of("username", "fullName", "biography", "hasProfilePicture", "isPrivate",
      "hasExternalUrl", "postsCount", "followersCount", "followingCount");

  private final List<Problem.FieldError> errors = new ArrayList<>();

  /** The profiles in request order; empty with {@link #errors()} filled when anything was wrong. */
  List<AccountProfile> parse(JsonNode root) {
    root.fieldNames().forEachRemaining(name -> {
      if (!name.equals("accounts")) {
        error(name, "is not a field of a classification request; send {\"accounts\": [...]}");
      }
    });
    JsonNode accounts = root.get("accounts");
    if (accounts == null || accounts.isNull()) {
      error("accounts", "is required: a list of 1 to " + MAX_ACCOUNTS + " account profiles");
      return List.of();
    }
    if (!accounts.isArray()) {
      error("accounts", "must be a list of account profiles");
      return List.of();
    }
    if (accounts.isEmpty()) {
      error("accounts", "must hold at least one account profile");
      return List.of();
    }
    if (accounts.size() > MAX_ACCOUNTS) {
      error("accounts", "must hold at most " + MAX_ACCOUNTS + " account profiles (had " + accounts.size() + ")");
      return List.of();
    }
    List<AccountProfile> profiles = new ArrayList<>(accounts.size());
    for (int i = 0; i < accounts.size(); i++) {
      AccountProfile profile = account(accounts.get(i), "accounts[" + i + "]");
      if (profile != null) {
        profiles.add(profile);
      }
    }
    return errors.isEmpty() ? profiles : List.of();
  }

  List<Problem.FieldError> errors() {
    return List.copyOf(errors);
  }

  private AccountProfile account(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      error(path, "must be an object");
      return null;
    }
    int before = errors.size();
    node.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        error(path + "." + name, "is not a field of an account profile");
      }
    });
    String username = text(node, path, "username");
    String fullName = text(node, path, "fullName");
    String biography = text(node, path, "biography");
    Boolean picture = bool(node, path, "hasProfilePicture");
    Boolean isPrivate = bool(node, path, "isPrivate");
    Boolean link = bool(node, path, "hasExternalUrl");
    long posts = count(node, path, "postsCount");
    long followers = count(node, path, "followersCount");
    long following = count(node, path, "followingCount");
    if (errors.size() > before) {
      return null;
    }
    return new AccountProfile(username, fullName, biography, picture, isPrivate, link, posts, followers, following);
  }

  /** Absent or null is unknown; {@code ""} means the account has none. */
  private String text(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      error(path + "." + field, "must be a string");
      return null;
    }
    String value = node.asText();
    if (value.length() > MAX_TEXT) {
      error(path + "." + field, "must be at most " + MAX_TEXT + " characters (was " + value.length() + ")");
      return null;
    }
    return value;
  }

  private Boolean bool(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isBoolean()) {
      error(path + "." + field, "must be true or false");
      return null;
    }
    return node.asBoolean();
  }

  private long count(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null || node.isNull()) {
      error(at, "is required");
      return 0;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      error(at, "must be a whole number");
      return 0;
    }
    if (node.asLong() < 0) {
      error(at, "must not be negative");
      return 0;
    }
    return node.asLong();
  }

  private void error(String field, String reason) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(new Problem.FieldError(field, reason));
    }
  }
}
