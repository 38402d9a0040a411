package com.truereach.api.identity;

import com.truereach.api.security.Role;
import com.truereach.api.security.Scope;
import com.truereach.api.tenancy.TenantId;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Users, organizations (tenants) and partner clients in the identity provider. Tenants are
 * Keycloak organizations whose alias is the tenant id; the {@code tenant_id} claim comes from a
 * user attribute (on people and on partner clients' service-account users).
 */
@Singleton
public class IdentityDirectory {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeycloakAdmin admin;

  IdentityDirectory(KeycloakAdmin admin) {
    this.admin = admin;
  }

  public void createOrganization(TenantId tenant, String name) {
    admin.post(
        "/organizations",
        Map.of("name", name, "alias", tenant.value(), "enabled", true,
            "domains", List.of(Map.of("name", tenant.value() + ".truereach.invalid", "verified", false))));
  }

  /** Creates an enabled user with the role and, for brand users, the tenant; returns the user id. */
  public String createUser(NewUser user) {
    Map<String, Object> representation = new java.util.HashMap<>();
    representation.put("username", user.email());
    representation.put("email", user.email());
    representation.put("firstName", user.firstName());
    representation.put("lastName", user.lastName());
    representation.put("enabled", true);
    representation.put("emailVerified", false);
    representation.put("credentials", List.of(Map.of("type", "password", "value", user.password(), "temporary", user.temporaryPassword())));
    user.tenant().ifPresent(t -> representation.put("attributes", Map.of("tenant_id", List.of(t.value()))));
    if (user.temporaryPassword()) {
      representation.put("requiredActions", List.of("UPDATE_PASSWORD"));
    }
    String userId = admin.create("/users", representation);
    try {
      grant(userId, user.role());
      user.tenant().ifPresent(t -> addMember(t, userId));
    } catch (RuntimeException e) {
      // A user without their role or membership would be a half-made account: remove it.
      deleteUser(userId);
      throw e;
    }
    return userId;
  }

  public void deleteUser(String userId) {
    admin.delete("/users/" + userId);
  }

  public void deleteOrganization(TenantId tenant) {
    admin.delete("/organizations/" + organizationId(tenant));
  }

  public void grant(String userId, Role role) {
    Map<String, Object> roleRepresentation = admin.getObject("/roles/" + KeycloakAdmin.encode(role.claim()));
    admin.post("/users/" + userId + "/role-mappings/realm", List.of(roleRepresentation));
  }

  public void revoke(String userId, Role role) {
    Map<String, Object> roleRepresentation = admin.getObject("/roles/" + KeycloakAdmin.encode(role.claim()));
    admin.send("DELETE", "/users/" + userId + "/role-mappings/realm", List.of(roleRepresentation));
  }

  public void addMember(TenantId tenant, String userId) {
    admin.sendRaw("POST", "/organizations/" + organizationId(tenant) + "/members", "\"" + userId + "\"");
  }

  public List<Member> members(TenantId tenant) {
    List<Member> members = new ArrayList<>();
    for (Map<String, Object> user : admin.getList("/organizations/" + organizationId(tenant) + "/members?max=500")) {
      String id = String.valueOf(user.get("id"));
      members.add(new Member(id, String.valueOf(user.get("email")), roleOf(id), Boolean.TRUE.equals(user.get("enabled"))));
    }
    return members;
  }

  public boolean isMember(TenantId tenant, String userId) {
    return admin.getList("/organizations/" + organizationId(tenant) + "/members?max=500").stream()
        .anyMatch(user -> userId.equals(user.get("id")));
  }

  /** Removes a member: out of the organization, tenant claim and brand roles gone, sessions ended. */
  public void removeMember(TenantId tenant, String userId) {
    admin.delete("/organizations/" + organizationId(tenant) + "/members/" + userId);
    Map<String, Object> user = admin.getObject("/users/" + userId);
    user.put("attributes", Map.of());
    user.put("enabled", false);
    admin.put("/users/" + userId, user);
    Stream.of(Role.BRAND_ADMIN, Role.BRAND_MEMBER).forEach(role -> revoke(userId, role));
    admin.post("/users/" + userId + "/logout", Map.of());
  }

  /** A confidential client with client credentials, scoped to the tenant; the secret is shown once. */
  public PartnerCredentials createPartnerClient(TenantId tenant, String name, Set<Scope> scopes) {
    String clientId = "partner-" + tenant.value() + "-" + randomToken(6).toLowerCase().replaceAll("[^a-z0-9]", "x");
    String secret = randomToken(32);
    List<String> defaultScopes = new ArrayList<>(List.of("basic", "roles", "service_account", "truereach-api-access"));
    scopes.forEach(scope -> defaultScopes.add(scope.value()));
    Map<String, Object> client = new java.util.HashMap<>();
    client.put("clientId", clientId);
    client.put("name", name);
    client.put("enabled", true);
    client.put("protocol", "openid-connect");
    client.put("publicClient", false);
    client.put("clientAuthenticatorType", "client-secret");
    client.put("secret", secret);
    client.put("standardFlowEnabled", false);
    client.put("directAccessGrantsEnabled", false);
    client.put("serviceAccountsEnabled", true);
    client.put("defaultClientScopes", defaultScopes);
    client.put("optionalClientScopes", List.of());
    client.put("attributes", Map.of("truereach.tenant_id", tenant.value()));
    String internalId = admin.create("/clients", client);
    Map<String, Object> serviceAccount = admin.getObject("/clients/" + internalId + "/service-account-user");
    String serviceAccountId = String.valueOf(serviceAccount.get("id"));
    serviceAccount.put("attributes", Map.of("tenant_id", List.of(tenant.value())));
    admin.put("/users/" + serviceAccountId, serviceAccount);
    grant(serviceAccountId, Role.PARTNER);
    return new PartnerCredentials(clientId, secret);
  }

  public void deletePartnerClient(String clientId) {
    admin.findOne("/clients?clientId=" + KeycloakAdmin.encode(clientId))
        .ifPresent(client -> admin.delete("/clients/" + client.get("id")));
  }

  private String organizationId(TenantId tenant) {
    // Search matches names and domains, not aliases: list and match the alias exactly.
    return admin.getList("/organizations?briefRepresentation=true&first=0&max=100000").stream()
        .filter(org -> tenant.value().equals(org.get("alias")))
        .map(org -> String.valueOf(org.get("id")))
        .findFirst()
        .orElseThrow(() -> new IdentityProviderException("no organization " + tenant, 404));
  }

  private Role roleOf(String userId) {
    List<Map<String, Object>> roles = admin.getList("/users/" + userId + "/role-mappings/realm");
    return roles.stream()
        .map(r -> String.valueOf(r.get("name")))
        .anyMatch(Role.BRAND_ADMIN.claim()::equals)
        ? Role.BRAND_ADMIN
        : Role.BRAND_MEMBER;
  }

  static String randomToken(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  /** A person to create in the identity provider. */
  public record NewUser(
      String email, String firstName, String lastName, String password, boolean temporaryPassword,
      Role role, java.util.Optional<TenantId> tenant) {}

  /** A member of a tenant as its admins see them. */
  public record Member(String userId, String email, Role role, boolean enabled) {}

  /** What a partner needs to call the API; the secret is never stored by TrueReach. */
  public record PartnerCredentials(String clientId, String clientSecret) {}
}
