package com.truereach.api.creators;

import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Role;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Resolves a creator's own requests to the profile they own: the one way creator-side routes learn who is calling. */
@Singleton
public class CreatorCaller {

  private final CreatorCatalog catalog;

  CreatorCaller(CreatorCatalog catalog) {
    this.catalog = catalog;
  }

  /** The profile of the signed-in creator, or 403 for anyone else (brand people, partners, creators without a profile). */
  public CreatorId require(Authentication authentication) {
    return of(authentication).orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
        "This is the creator's side of the marketplace: sign in with a creator account that owns a profile"));
  }

  /** The caller's own profile when the caller is a creator person who owns one. */
  public Optional<CreatorId> of(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (!caller.has(Role.CREATOR) || caller.isPartner()) {
      return Optional.empty();
    }
    return catalog.ownedBy(caller.subject());
  }
}
