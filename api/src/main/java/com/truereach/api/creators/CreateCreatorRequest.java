package com.truereach.api.creators;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** The body of POST /v1/creators. */
@Serdeable
@Schema(name = "CreateCreator")
public record CreateCreatorRequest(
    @Schema(description = "The partner's own id for this creator; unique.")
        @Nullable
        @Size(min = 1, max = 128)
        @Pattern(regexp = "[A-Za-z0-9._:\\-]+", message = "may hold only letters, digits and . _ : -")
        String externalId,
    @NotBlank @Size(max = 120) String displayName,
    @Nullable @Size(max = 2000) String bio,
    @Schema(description = "ISO 3166-1 alpha-2 country code, upper case", example = "FR")
        @NotNull
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FR")
        String country,
    @Schema(description = "ISO 639-1 language codes, lower case", example = "[\"fr\", \"en\"]")
        @Nullable
        @Size(max = 10)
        List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as fr") String> languages,
    @Nullable
        @Size(max = 10)
        List<@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,40}", message = "must be a niche slug such as beauty") String>
            niches) {

  NewCreator toNewCreator() {
    return new NewCreator(
        Optional.ofNullable(externalId),
        displayName.strip(),
        bio == null ? "" : bio.strip(),
        country,
        languages == null ? List.of() : List.copyOf(languages),
        niches == null ? List.of() : List.copyOf(niches));
  }
}
