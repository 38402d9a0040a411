package com.truereach.api.identity;

/** The identity provider refused or failed a management call. */
public class IdentityProviderException extends RuntimeException {

  private final int status;

  public IdentityProviderException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** The provider's HTTP status; 409 means the user, organization or client already exists. */
  public int status() {
    return status;
  }
}
