package com.truereach.api.security;

/** Answers whether a partner client was revoked, so its unexpired tokens stop working at once. */
public interface RevokedClients {

  boolean isRevoked(String clientId);
}
