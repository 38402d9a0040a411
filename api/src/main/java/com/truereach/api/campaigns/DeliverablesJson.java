package com.truereach.api.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Deliverables as stored in a jsonb column (a campaign's, or an application's plan). */
public final class DeliverablesJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeliverablesJson() {}

  public static String write(List<CampaignRequest.Deliverable> deliverables) {
    ArrayNode array = JSON.createArrayNode();
    deliverables.forEach(d -> array.addObject().put("type", d.type()).put("platform", d.platform())
        .put("count", d.count()).put("dueOn", d.dueOn().toString()));
    return array.toString();
  }

  public static List<CampaignRequest.Deliverable> read(String stored) {
    List<CampaignRequest.Deliverable> deliverables = new ArrayList<>();
    try {
      for (JsonNode d : JSON.readTree(stored)) {
        deliverables.add(new CampaignRequest.Deliverable(d.get("type").asText(), d.get("platform").asText(), d.get("count").asInt(),
            LocalDate.parse(d.get("dueOn").asText())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stored deliverables unreadable", e);
    }
    return List.copyOf(deliverables);
  }
}
