package com.truereach.api.security;

import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.tenancy.TenantId;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/** Checks a caller against a route's permission; the one place such checks are written. */
@Singleton
public class Access {

  private final RevokedClients revokedClients;

  Access(RevokedClients revokedClients) {
    this.revokedClients = revokedClients;
  }

  /** The caller, if the token's client has not been revoked and holds the permission. */
  public Caller require(Authentication authentication, Permission permission) {
    Caller caller = Caller.of(authentication);
    if (revokedClients.isRevoked(caller.clientId())) {
      throw new ProblemException(ProblemType.UNAUTHENTICATED, "This API client has been revoked");
    }
    if (!permission.grantedTo(caller)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "This token does not grant " + permission.name().toLowerCase().replace('_', ' '));
    }
    if (permission.needsTenant() && caller.tenant().isEmpty()) {
      throw new ProblemException(ProblemType.FORBIDDEN, "This action needs a tenant (brand or agency) account");
    }
    return caller;
  }

  /**
   * Whose external ids a writer uses: its tenant's, or for a tenant-less operator the platform's
   * own namespace. Partners of one tenant share their tenant's ids.
   */
  public static String sourceOf(Caller caller) {
    // ':' cannot appear in a tenant id, so no tenant can ever write into the operators' namespace.
    return caller.tenant().map(TenantId::value).orElse("operators:truereach");
  }

  /** The tenant of a caller that {@link #require} already admitted for a tenant permission. */
  public static TenantId tenantOf(Caller caller) {
    return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "This action needs a tenant account"));
  }
}
