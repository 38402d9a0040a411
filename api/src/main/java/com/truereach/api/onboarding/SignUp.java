package com.truereach.api.onboarding;

import com.truereach.api.audit.AuditAction;
import com.truereach.api.audit.AuditLog;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.identity.IdentityDirectory;
import com.truereach.api.identity.IdentityProviderException;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Role;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.Tenants;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-ups span the identity provider and the database, which share no transaction: each step
 * that follows a successful one undoes it when it fails, so a refused sign-up leaves nothing.
 */
@Singleton
class SignUp {

  /** Names the platform uses for itself or for data that predates tenants. */
  private static final java.util.regex.Pattern RESERVED = java.util.regex.Pattern.compile("legacy|operators?|admin|truereach.*");

  private final IdentityDirectory directory;
  private final Tenants tenants;
  private final AuditLog audit;
  private final CreatorCatalog catalog;

  SignUp(IdentityDirectory directory, Tenants tenants, AuditLog audit, CreatorCatalog catalog) {
    this.directory = directory;
    this.tenants = tenants;
    this.audit = audit;
    this.catalog = catalog;
  }

  SignupResponse tenant(TenantSignupRequest request) {
    TenantId tenant = new TenantId(request.tenantId());
    if (RESERVED.matcher(tenant.value()).matches()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid; see errors.",
          List.of(new com.truereach.api.problem.Problem.FieldError("tenantId", "is reserved; choose another name")));
    }
    if (!tenants.add(tenant, request.organizationName().strip(), Tenants.TenantKind.valueOf(request.kind().toUpperCase()))) {
      throw new ProblemException(ProblemType.CONFLICT, "The workspace name '" + tenant + "' is taken; choose another.");
    }
    try {
      directory.createOrganization(tenant, request.organizationName().strip());
    } catch (IdentityProviderException e) {
      tenants.remove(tenant);
      throw conflictOr(e, "An organization with this name already exists; choose another name.");
    }
    String userId;
    try {
      userId = directory.createUser(newUser(request.admin(), Role.BRAND_ADMIN, Optional.of(tenant)));
    } catch (IdentityProviderException e) {
      directory.deleteOrganization(tenant);
      tenants.remove(tenant);
      throw conflictOr(e, "An account with this email already exists.");
    }
    audit.record(tenant, "user:" + userId, AuditAction.TENANT_SIGNED_UP, tenant.value(),
        Map.of("organizationName", request.organizationName(), "kind", request.kind()));
    return new SignupResponse(userId, tenant.value(), null);
  }

  SignupResponse creator(CreatorSignupRequest request) {
    if (!java.util.Set.of(java.util.Locale.getISOCountries()).contains(request.country())) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid; see errors.",
          List.of(new com.truereach.api.problem.Problem.FieldError("country", "is not an ISO 3166-1 country code")));
    }
    String userId;
    try {
      userId = directory.createUser(newUser(request.account(), Role.CREATOR, Optional.empty()));
    } catch (IdentityProviderException e) {
      throw conflictOr(e, "An account with this email already exists.");
    }
    try {
      CreatorId creator = catalog.registerOwnedBy(userId, new CreatorProfile(
          Optional.empty(), request.displayName().strip(), "", request.country(), List.of(), List.of(), List.of(), List.of()));
      return new SignupResponse(userId, null, creator.toString());
    } catch (RuntimeException e) {
      directory.deleteUser(userId);
      throw e;
    }
  }

  private static IdentityDirectory.NewUser newUser(AccountRequest account, Role role, Optional<TenantId> tenant) {
    return new IdentityDirectory.NewUser(account.email().strip().toLowerCase(), account.firstName().strip(),
        account.lastName().strip(), account.password(), false, role, tenant);
  }

  private static RuntimeException conflictOr(IdentityProviderException e, String conflictDetail) {
    if (e.status() == 409) {
      return new ProblemException(ProblemType.CONFLICT, conflictDetail);
    }
    return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The identity service could not complete the sign-up; nothing was created.");
  }
}
