package com.truereach.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(
    info =
        @Info(
            title = "TrueReach API",
            version = "v1",
            description =
                "Creators ranked by verified organic reach inside a brand's target. Errors are"
                    + " application/problem+json (RFC 9457) with a stable type."))
public class Application {

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
