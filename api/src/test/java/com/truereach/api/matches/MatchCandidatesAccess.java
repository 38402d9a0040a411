package com.truereach.api.matches;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.search.CreatorIndex;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/** Lets the catalogue benchmark reach the matches feature's first stage. */
public final class MatchCandidatesAccess {

  private MatchCandidatesAccess() {}

  /** The very searches POST /v1/matches sends for this brief body, as an {@code _msearch} body (NDJSON). */
  public static String firstStage(ApplicationContext context, String briefJson) {
    JsonpMapper mapper = new JacksonJsonpMapper();
    String header = "{\"index\":\"" + context.getBean(CreatorIndex.class).alias() + "\"}\n";
    StringBuilder body = new StringBuilder();
    for (SearchRequestBody search : context.getBean(MatchCandidates.class).searches(parse(briefJson).brief())) {
      StringWriter json = new StringWriter();
      try (JsonGenerator generator = mapper.jsonProvider().createGenerator(json)) {
        search.serialize(generator, mapper);
      }
      body.append(header).append(json).append('\n');
    }
    return body.toString();
  }

  /** The top creator ids for a brief body when the first stage hands {@code candidates} creators to ranking. */
  public static List<String> topIds(ApplicationContext context, String briefJson, int candidates) {
    MatchCandidates firstStage = new MatchCandidates(context.getBean(ElasticsearchClient.class), context.getBean(CreatorIndex.class), candidates);
    MatchRequest request = parse(briefJson);
    return new BriefMatches(firstStage, Clock.systemUTC()).rank(request.brief(), request.limit()).items().stream()
        .map(MatchResult.Item::creatorId).toList();
  }

  private static MatchRequest parse(String briefJson) {
    try {
      return MatchRequest.parse(new ObjectMapper().readTree(briefJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
