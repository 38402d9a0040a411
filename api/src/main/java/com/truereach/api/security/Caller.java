package com.truereach.api.security;

import com.truereach.api.tenancy.TenantId;
import io.micronaut.security.authentication.Authentication;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, read once from a verified token: the subject, the client it came through, the
 * tenant (for brand users and partner clients), realm roles and granted scopes.
 */
public record Caller(String subject, String clientId, Optional<TenantId> tenant, Set<Role> roles, Set<Scope> scopes) {

  public static Caller of(Authentication authentication) {
    Map<String, Object> claims = authentication.getAttributes();
    String clientId = String.valueOf(claims.getOrDefault("azp", claims.getOrDefault("client_id", "")));
    Optional<TenantId> tenant = Optional.ofNullable(claims.get("tenant_id")).map(Object::toString).flatMap(Caller::tenantOf);
    return new Caller(authentication.getName(), clientId, tenant, roles(claims), scopes(claims));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** A partner client acting through client credentials, limited by its scopes. */
  public boolean isPartner() {
    return roles.contains(Role.PARTNER);
  }

  /** A display name for audit entries: the user or client behind the call. */
  public String actor() {
    return isPartner() ? "client:" + clientId : "user:" + subject;
  }

  private static Optional<TenantId> tenantOf(String value) {
    try {
      return Optional.of(new TenantId(value));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static Set<Role> roles(Map<String, Object> claims) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (claims.get("realm_access") instanceof Map<?, ?> realmAccess && realmAccess.get("roles") instanceof Collection<?> names) {
      names.forEach(name -> Role.fromClaim(String.valueOf(name)).ifPresent(roles::add));
    }
    return roles;
  }

  private static Set<Scope> scopes(Map<String, Object> claims) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    Object scope = claims.get("scope");
    if (scope != null) {
      Arrays.stream(scope.toString().split(" ")).forEach(s -> Scope.parse(s).ifPresent(scopes::add));
    }
    return scopes;
  }
}
