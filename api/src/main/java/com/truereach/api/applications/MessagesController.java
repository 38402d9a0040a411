package com.truereach.api.applications;

import com.truereach.api.creators.CreatorCaller;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.CreatorScope;
import com.truereach.api.http.PathIds;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import com.truereach.api.validation.StorableText;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Plain-text messages between the brand and the creator on an application. The same routes serve
 * both sides: a brand user or partner of the campaign's tenant, or the creator who applied.
 */
@Tag(name = "Applications")
@Controller("/v1/applications/{id}/messages")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MessagesController {

  private final Access access;
  private final TenantScope tenants;
  private final CreatorScope creators;
  private final CreatorCaller creatorCaller;
  private final Applications applications;
  private final Messages messages;

  MessagesController(Access access, TenantScope tenants, CreatorScope creators, CreatorCaller creatorCaller, Applications applications,
      Messages messages) {
    this.access = access;
    this.tenants = tenants;
    this.creators = creators;
    this.creatorCaller = creatorCaller;
    this.applications = applications;
    this.messages = messages;
  }

  @Operation(summary = "The conversation on an application, oldest first", description = "With how many messages from the other side you have not marked read.")
  @Get(produces = MediaType.APPLICATION_JSON)
  ApplicationViews.MessageList list(Authentication authentication, @PathVariable String id) {
    return within(authentication, id, false, (c, side) -> conversation(c, side));
  }

  @Operation(summary = "Write on an application", description = "Body: {\"body\": plain text, at most 5,000 characters}.")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<ApplicationViews.MessageView> send(Authentication authentication, @PathVariable String id, @Valid @Body NewMessage message) {
    String text = message.body().strip();
    Message sent = within(authentication, id, true, (c, side) ->
        messages.send(c, side.application(), side.sender(), Caller.of(authentication).actor(), text));
    return HttpResponse.created(ApplicationViews.MessageView.of(sent));
  }

  @Operation(summary = "Mark the other side's messages read")
  @Post(uri = "/read", produces = MediaType.APPLICATION_JSON)
  ApplicationViews.MessageList markRead(Authentication authentication, @PathVariable String id) {
    return within(authentication, id, true, (c, side) -> {
      messages.markRead(c, side.application().id(), side.sender());
      return conversation(c, side);
    });
  }

  private ApplicationViews.MessageList conversation(Connection c, Side side) {
    List<Message> all = messages.of(c, side.application().id());
    long unread = all.stream().filter(m -> m.sender() != side.sender() && m.readAt().isEmpty()).count();
    return new ApplicationViews.MessageList(all.stream().map(ApplicationViews.MessageView::of).toList(), unread);
  }

  /** Runs the work in the caller's own scope, on an application that scope can see. */
  private <T> T within(Authentication authentication, String id, boolean write, BiFunction<Connection, Side, T> work) {
    UUID applicationId = PathIds.require(id, "Application");
    Optional<CreatorId> creator = creatorCaller.of(authentication);
    if (creator.isPresent()) {
      CreatorId me = creator.get();
      java.util.function.Function<Connection, T> run = c -> {
        Application application = applications.ofCreator(c, me, applicationId).orElseThrow(() -> ProblemException.notFound("Application " + id));
        return work.apply(c, new Side(application, Message.Sender.CREATOR));
      };
      return write ? creators.write(me, run) : creators.read(me, run);
    }
    TenantId tenant = Access.tenantOf(access.require(authentication, Permission.WRITE_CAMPAIGNS));
    java.util.function.Function<Connection, T> run = c -> {
      Application application = applications.ofTenant(c, tenant, applicationId).orElseThrow(() -> ProblemException.notFound("Application " + id));
      return work.apply(c, new Side(application, Message.Sender.BRAND));
    };
    return write ? tenants.write(tenant, run) : tenants.read(tenant, run);
  }

  /** Which side is writing or reading, on which application. */
  private record Side(Application application, Message.Sender sender) {}

  @Serdeable
  record NewMessage(@NotBlank @Size(max = 5000) @StorableText String body) {}
}
