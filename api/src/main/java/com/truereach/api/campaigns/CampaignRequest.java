package com.truereach.api.campaigns;

import com.truereach.api.validation.StorableText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A campaign as a brand writes it (create, or replace while it is a draft). */
@Serdeable
public record CampaignRequest(
    @NotBlank @Size(max = 140) @StorableText String title,
    @Nullable @Size(max = 5000) @StorableText String description,
    @NotEmpty @Size(max = 5) List<@NotBlank @StorableText String> niches,
    @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FR") String> targetCountries,
    @Nullable @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as fr") String> languages,
    @Nullable @Size(max = 6) List<@NotNull @Pattern(regexp = "13-17|18-24|25-34|35-44|45-54|55\\+", message = "must be an age band such as 18-24") String> ageBands,
    @NotEmpty @Size(max = 3) List<@NotNull @Pattern(regexp = "instagram|tiktok|youtube", message = "must be instagram, tiktok or youtube") String> platforms,
    @NotEmpty @Size(max = 20) List<@Valid @NotNull Deliverable> deliverables,
    @NotNull @Valid Amount budget,
    @NotNull @Valid RateRange rateRange,
    @NotNull LocalDate startsOn,
    @NotNull LocalDate endsOn,
    @Nullable @Size(max = 1000) @StorableText String usageRights,
    @NotNull @Pattern(regexp = "public|invitation_only", message = "must be public or invitation_only") String visibility) {

  /** One deliverable: what, where, how many, and by when. */
  @Serdeable
  public record Deliverable(
      @NotNull @Pattern(regexp = "post|story|reel|short|video|live", message = "must be post, story, reel, short, video or live") String type,
      @NotNull @Pattern(regexp = "instagram|tiktok|youtube", message = "must be instagram, tiktok or youtube") String platform,
      @Min(1) @Max(50) int count,
      @NotNull LocalDate dueOn) {}

  /** Money in integer minor units with an ISO 4217 currency. */
  @Serdeable
  public record Amount(@Positive long amount, @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {}

  /** What one creator may be paid, in the budget's currency. */
  @Serdeable
  public record RateRange(@Positive long min, @Positive long max) {}
}
