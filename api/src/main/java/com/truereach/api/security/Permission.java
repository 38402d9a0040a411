package com.truereach.api.security;

import java.util.Set;

/**
 * What a route needs. A partner client needs the matching scope; a person needs one of the roles.
 * One table, so a route's rule is read in one place.
 */
public enum Permission {
  READ_CREATORS(Scope.CREATORS_READ, Set.of(Role.BRAND_ADMIN, Role.BRAND_MEMBER, Role.OPERATOR)),
  WRITE_CREATORS(Scope.CREATORS_WRITE, Set.of(Role.OPERATOR)),
  WRITE_CAMPAIGNS(Scope.CAMPAIGNS_WRITE, Set.of(Role.BRAND_ADMIN, Role.BRAND_MEMBER)),
  READ_MATCHES(Scope.MATCHES_READ, Set.of(Role.BRAND_ADMIN, Role.BRAND_MEMBER)),
  ADMINISTER_TENANT(null, Set.of(Role.BRAND_ADMIN)),
  /** Outbound webhooks: a tenant's admins, or its integrations that manage campaigns. */
  MANAGE_WEBHOOKS(Scope.CAMPAIGNS_WRITE, Set.of(Role.BRAND_ADMIN));

  private final Scope partnerScope;
  private final Set<Role> userRoles;

  Permission(Scope partnerScope, Set<Role> userRoles) {
    this.partnerScope = partnerScope;
    this.userRoles = userRoles;
  }

  boolean grantedTo(Caller caller) {
    if (caller.isPartner()) {
      return partnerScope != null && caller.scopes().contains(partnerScope);
    }
    return caller.roles().stream().anyMatch(userRoles::contains);
  }

  public boolean needsTenant() {
    return this == ADMINISTER_TENANT || this == WRITE_CAMPAIGNS || this == READ_MATCHES || this == MANAGE_WEBHOOKS;
  }
}
