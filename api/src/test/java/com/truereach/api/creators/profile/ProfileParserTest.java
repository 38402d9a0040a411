package com.truereach.api.creators.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.truereach.api.ops.MarketFiles;
import com.truereach.matching.market.MarketGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The record reader on its own: what it refuses, where it says the problem is, and its two entry points agreeing. */
class ProfileParserTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final ProfileParser parser = new ProfileParser(Clock.systemUTC());
  private final MarketGenerator market = new MarketGenerator(5, LocalDate.now().minusDays(1));

  @Test
  void bytes_and_tree_read_the_same_profile() throws Exception {
    for (long i = 0; i < 200; i++) {
      ObjectNode record = record(i);
      ProfileParser.Result fromBytes = parser.parse(bytes(record));
      assertThat(fromBytes).as("creator %d", i).isInstanceOf(ProfileParser.Parsed.class);
      assertThat(parser.parse(record)).isEqualTo(fromBytes);
    }
  }

  @Test
  void fields_in_any_order_read_the_same_profile_and_the_same_problems() throws Exception {
    // The reader expects each object's fields in the order the product writes them; any other
    // order must read alike.
    Random random = new Random(11);
    for (long i = 0; i < 100; i++) {
      ObjectNode record = record(i);
      JsonNode shuffled = shuffled(record, random);
      assertThat(parser.parse(bytes(shuffled))).as("creator %d", i).isEqualTo(parser.parse(bytes(record)));
      ObjectNode damaged = record.deepCopy();
      damage(damaged, random);
      assertThat(parser.parse(bytes(shuffled(damaged, random)))).as("damaged creator %d", i)
          .isEqualTo(parser.parse(bytes(damaged)));
    }
  }

  @Test
  void accounts_read_from_bytes_are_stored_as_sent_and_read_back_the_same() throws Exception {
    Random random = new Random(3);
    for (long i = 0; i < 50; i++) {
      ObjectNode record = record(i);
      // Fields in any order, and spaces between tokens: the stored text is the accounts' own span.
      String line = ProfileJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(shuffled(record, random))
          .replace('\n', ' ');
      CreatorProfile profile = ((ProfileParser.Parsed) parser.parse(line.getBytes(StandardCharsets.UTF_8))).profile();
      byte[] stored = ProfileJson.accountsUtf8(profile.accounts());
      // Trees read from text compare objects' fields in any order (and numbers by their parsed type).
      assertThat(ProfileJson.MAPPER.readTree(stored)).isEqualTo(ProfileJson.MAPPER.readTree(bytes(record.get("accounts"))));
      assertThat(line).contains(new String(stored, StandardCharsets.UTF_8));
      assertThat(profile.withoutSourceText()).isEqualTo(profile);
      assertThat(profile.withoutSourceText().accounts()).isNotInstanceOf(AccountsAsSent.class);
      ObjectNode row = record.deepCopy();
      row.set("accounts", ProfileJson.MAPPER.readTree(stored));
      assertThat(parser.parse(row)).isEqualTo(new ProfileParser.Parsed(profile));
    }
    // Read from a tree, the accounts are written as the product writes them.
    CreatorProfile fromTree = ((ProfileParser.Parsed) parser.parse(record(1))).profile();
    assertThat(ProfileJson.accountsUtf8(fromTree.accounts())).isEqualTo(ProfileJson.utf8(ProfileJson.accounts(fromTree.accounts())));
  }

  @Test
  void a_field_or_share_given_twice_is_refused() throws Exception {
    String line = new String(bytes(record(3)), StandardCharsets.UTF_8);
    // The first post's likes twice, the second time null: a reader keeping either one would be wrong.
    String twice = line.replaceFirst("\"likes\":", "\"likes\":7,\"likes\":");
    assertThat(problemsOf(twice.replaceFirst("\"likes\":7,\"likes\":\\d+", "\"likes\":7,\"likes\":null")))
        .containsExactly("accounts[0].posts[0].likes: is given more than once");
    assertThat(problemsOf(line.replaceFirst("\"displayName\":", "\"displayName\":\"Other\",\"displayName\":")))
        .containsExactly("displayName: is given more than once");
    ObjectNode record = record(3);
    ((ObjectNode) record.get("accounts").get(0)).set("audience", JSON.objectNode().put("asOf", "2026-01-01")
        .put("provenance", "verified").set("countries", JSON.objectNode().put("FR", 0.5)));
    String shares = new String(bytes(record), StandardCharsets.UTF_8).replace("{\"FR\":0.5}", "{\"FR\":0.5,\"FR\":0.5}");
    assertThat(problemsOf(shares)).contains("accounts[0].audience.countries.FR: is given more than once");
  }

  @Test
  void every_wrong_field_is_named_with_its_path_and_the_others_still_read() throws Exception {
    ObjectNode record = record(1);
    record.put("favouriteColour", "blue");
    record.put("country", 33);
    record.remove("displayName");
    ObjectNode account = (ObjectNode) record.get("accounts").get(0);
    account.put("veiws", 10);
    ((ObjectNode) account.get("snapshots").get(1)).putNull("followers").put("following", -3).put("posts", 1.5);
    ((ObjectNode) account.get("posts").get(2)).set("likes", JSON.objectNode().put("n", 1));
    ((ObjectNode) account.get("posts").get(0)).put("publishedAt", "2999-01-01T00:00:00Z").put("sponsored", "yes");
    ((ArrayNode) account.get("followerSample")).set(0, JSON.textNode("not a profile"));

    assertThat(problems(record)).containsExactlyInAnyOrder(
        "favouriteColour: is not a field of a creator record",
        "country: must be a string",
        "displayName: is required",
        "accounts[0].veiws: is not a field of an account",
        "accounts[0].snapshots[1].followers: is required",
        "accounts[0].snapshots[1].following: must not be negative",
        "accounts[0].snapshots[1].posts: must be a whole number",
        "accounts[0].posts[2].likes: must be a whole number",
        "accounts[0].posts[0].publishedAt: must not be in the future",
        "accounts[0].posts[0].sponsored: must be true or false",
        "accounts[0].followerSample[0]: must be an object");
  }

  @Test
  void a_list_over_its_bound_is_refused_whole_with_that_one_reason() throws Exception {
    ObjectNode record = record(2);
    ArrayNode tags = (ArrayNode) record.get("accounts").get(0).get("posts").get(0).get("hashtags");
    tags.removeAll();
    for (int i = 0; i < 70; i++) {
      tags.add(i == 3 ? JSON.numberNode(3) : JSON.textNode("tag" + i));
    }
    assertThat(problems(record)).containsExactly("accounts[0].posts[0].hashtags: must hold at most 60 entries (had 70)");
  }

  @Test
  void shares_are_checked_key_by_key_and_must_sum_to_one() throws Exception {
    ObjectNode record = record(3);
    ObjectNode audience = (ObjectNode) record.get("accounts").get(0).get("audience");
    audience.set("countries", JSON.objectNode().put("FR", 0.5).put("XX", 0.2).put("BE", "half"));
    assertThat(problems(record)).containsExactlyInAnyOrder(
        "accounts[0].audience.countries.XX: is not an ISO 3166-1 alpha-2 code",
        "accounts[0].audience.countries.BE: must be a share between 0 and 1",
        "accounts[0].audience.countries: shares must sum to 1 (100%), not 0.500");
  }

  @Test
  void a_line_with_two_values_or_broken_json_is_not_read_as_a_record() throws Exception {
    byte[] two = (record(4).toString() + " {}").getBytes(StandardCharsets.UTF_8);
    assertThat(parser.parse(two)).isEqualTo(new ProfileParser.Refused(List.of(
        new ProfileParser.FieldProblem("", "holds more than one JSON value: send one creator record per line"))));
    assertThat(parser.parse("[1, 2]".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new ProfileParser.Refused(List.of(new ProfileParser.FieldProblem("", "a creator record must be a JSON object"))));
    byte[] cut = record(4).toString().substring(0, 300).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.parse(cut)).isInstanceOf(JsonProcessingException.class);
  }

  /**
   * Random damage to generated records: the reader never fails with an exception, and every
   * problem it reports names a place that exists in the record (for a missing field, its parent).
   */
  @Test
  void problems_on_damaged_records_point_at_real_places() throws Exception {
    Random random = new Random(3);
    int refused = 0;
    for (long i = 0; i < 2_000; i++) {
      ObjectNode record = record(i % 100);
      for (int m = 0; m <= i % 4; m++) {
        damage(record, random);
      }
      ProfileParser.Result result = parser.parse(bytes(record));
      assertThat(parser.parse(record)).isEqualTo(result);
      if (result instanceof ProfileParser.Refused r) {
        refused++;
        for (ProfileParser.FieldProblem problem : r.problems()) {
          assertThat(resolves(record, problem)).as("%s in record %d", problem, i).isTrue();
        }
      }
    }
    assertThat(refused).as("most damage is refused").isGreaterThan(1_000);
  }

  private ObjectNode record(long index) {
    return (ObjectNode) MarketFiles.record(index, market.creator(index).observed());
  }

  private static byte[] bytes(JsonNode record) throws Exception {
    return ProfileJson.MAPPER.writeValueAsBytes(record);
  }

  private List<String> problems(JsonNode record) throws Exception {
    ProfileParser.Result result = parser.parse(bytes(record));
    assertThat(result).isInstanceOf(ProfileParser.Refused.class);
    return ((ProfileParser.Refused) result).problems().stream().map(p -> p.field() + ": " + p.reason()).toList();
  }

  private List<String> problemsOf(String line) throws Exception {
    ProfileParser.Result result = parser.parse(line.getBytes(StandardCharsets.UTF_8));
    assertThat(result).isInstanceOf(ProfileParser.Refused.class);
    return ((ProfileParser.Refused) result).problems().stream().map(p -> p.field() + ": " + p.reason()).toList();
  }

  private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

  private static boolean resolves(JsonNode record, ProfileParser.FieldProblem problem) {
    JsonNode node = record;
    JsonNode parent = null;
    Matcher step = STEP.matcher(problem.field());
    while (step.find()) {
      parent = node;
      node = step.group(1) != null ? node.path(step.group(1)) : node.path(Integer.parseInt(step.group(2)));
    }
    return problem.reason().startsWith("is required") ? parent != null && parent.isObject() : !node.isMissingNode();
  }

  private static void damage(ObjectNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      if (random.nextInt(4) == 0) {
        object.remove(name);
      } else {
        object.set(name, wrongValue(random));
      }
    } else if (target instanceof ArrayNode array && array.size() > 0) {
      array.set(random.nextInt(array.size()), wrongValue(random));
    }
  }

  /** A copy with the fields of every object, at every depth, in a random order. */
  private static JsonNode shuffled(JsonNode node, Random random) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      java.util.Collections.shuffle(names, random);
      ObjectNode copy = JSON.objectNode();
      names.forEach(name -> copy.set(name, shuffled(object.get(name), random)));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.arrayNode();
      array.forEach(element -> copy.add(shuffled(element, random)));
      return copy;
    }
    return node;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static JsonNode wrongValue(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> JSON.textNode("x");
      case 1 -> JSON.numberNode(-5);
      case 2 -> JSON.numberNode(0.5);
      case 3 -> JSON.booleanNode(true);
      case 4 -> JSON.nullNode();
      case 5 -> JSON.objectNode().put("a", 1);
      case 6 -> JSON.arrayNode().add(1).add("b");
      case 7 -> JSON.textNode("y".repeat(3_000));
      case 8 -> JSON.textNode("a\u0000b");
      default -> JSON.textNode("2999-01-01");
    };
  }
}
