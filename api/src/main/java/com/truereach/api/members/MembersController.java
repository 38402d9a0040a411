package com.truereach.api.members;

import com.truereach.api.audit.AuditAction;
import com.truereach.api.audit.AuditLog;
import com.truereach.api.idempotency.IdempotentRequests;
import com.truereach.api.identity.IdentityDirectory;
import com.truereach.api.identity.IdentityProviderException;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.security.Role;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.validation.StorableText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's members, managed by its admins. An invitation creates the account with a one-time
 * password that the admin passes on; the member must choose their own at first login. (Email
 * delivery of invitations needs an SMTP server in the identity provider, not set up yet.)
 */
@Tag(name = "Members")
@Controller("/v1/members")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MembersController {

  private final IdentityDirectory directory;
  private final AuditLog audit;
  private final Access access;
  private final IdempotentRequests idempotency;

  MembersController(IdentityDirectory directory, AuditLog audit, Access access, IdempotentRequests idempotency) {
    this.directory = directory;
    this.audit = audit;
    this.access = access;
    this.idempotency = idempotency;
  }

  @Operation(summary = "The tenant's members")
  @Get(produces = MediaType.APPLICATION_JSON)
  MemberList list(Authentication authentication) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    return new MemberList(directory.members(Access.tenantOf(caller)).stream().map(MemberResponse::of).toList());
  }

  @Operation(summary = "Invite a member; answers a one-time password to pass on")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> invite(Authentication authentication, @Valid @Body InviteRequest request,
      @Nullable @Header(IdempotentRequests.HEADER) String key) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    TenantId tenant = Access.tenantOf(caller);
    return idempotency.execute(key, tenant.value(), "members.invite", request, () -> {
      String oneTimePassword = "Tr-" + java.util.UUID.randomUUID();
      String userId;
      try {
        userId = directory.createUser(new IdentityDirectory.NewUser(request.email().strip().toLowerCase(),
            request.firstName().strip(), request.lastName().strip(), oneTimePassword, true, role(request.role()), Optional.of(tenant)));
      } catch (IdentityProviderException e) {
        if (e.status() == 409) {
          throw new ProblemException(ProblemType.CONFLICT, "An account with this email already exists.");
        }
        throw e;
      }
      audit.record(tenant, caller.actor(), AuditAction.MEMBER_INVITED, userId, Map.of("email", request.email(), "role", request.role()));
      return HttpResponse.created(new InvitationResponse(userId, request.email(), request.role(), oneTimePassword));
    }, java.util.Set.of("oneTimePassword"));
  }

  @Operation(summary = "Change a member's role")
  @Put(uri = "/{userId}/role", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<Void> changeRole(Authentication authentication, @PathVariable String userId, @Valid @Body RoleRequest request) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    TenantId tenant = requireMember(caller, userId);
    Role target = role(request.role());
    Role other = target == Role.BRAND_ADMIN ? Role.BRAND_MEMBER : Role.BRAND_ADMIN;
    directory.grant(userId, target);
    directory.revoke(userId, other);
    audit.record(tenant, caller.actor(), AuditAction.ROLE_CHANGED, userId, Map.of("role", request.role()));
    return HttpResponse.noContent();
  }

  @Operation(summary = "Remove a member from the tenant")
  @Delete(uri = "/{userId}")
  HttpResponse<Void> remove(Authentication authentication, @PathVariable String userId) {
    Caller caller = access.require(authentication, Permission.ADMINISTER_TENANT);
    TenantId tenant = requireMember(caller, userId);
    if (userId.equals(caller.subject())) {
      throw new ProblemException(ProblemType.RULE_VIOLATED, "Admins cannot remove themselves; ask another admin.");
    }
    directory.removeMember(tenant, userId);
    audit.record(tenant, caller.actor(), AuditAction.MEMBER_REMOVED, userId, Map.of());
    return HttpResponse.noContent();
  }

  private TenantId requireMember(Caller caller, String userId) {
    TenantId tenant = Access.tenantOf(caller);
    if (!userId.matches("[0-9a-f-]{36}") || !directory.isMember(tenant, userId)) {
      throw ProblemException.notFound("Member " + userId);
    }
    return tenant;
  }

  private static Role role(String wire) {
    return "brand_admin".equals(wire) ? Role.BRAND_ADMIN : Role.BRAND_MEMBER;
  }

  @Serdeable
  record InviteRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 80) @StorableText String firstName,
      @NotBlank @Size(max = 80) @StorableText String lastName,
      @NotNull @Pattern(regexp = "brand_admin|brand_member", message = "must be brand_admin or brand_member") String role) {}

  @Serdeable
  record RoleRequest(@NotNull @Pattern(regexp = "brand_admin|brand_member", message = "must be brand_admin or brand_member") String role) {}

  @Serdeable
  record InvitationResponse(String userId, String email, String role, String oneTimePassword) {}

  @Serdeable
  record MemberResponse(String userId, String email, String role, boolean enabled) {
    static MemberResponse of(IdentityDirectory.Member member) {
      return new MemberResponse(member.userId(), member.email(), member.role().claim(), member.enabled());
    }
  }

  @Serdeable
  record MemberList(List<MemberResponse> items) {}
}
