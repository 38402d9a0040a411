package com.truereach.api.audit;

/** The security-relevant actions the audit trail records. */
public enum AuditAction {
  TENANT_SIGNED_UP,
  MEMBER_INVITED,
  MEMBER_REMOVED,
  ROLE_CHANGED,
  CLIENT_CREATED,
  CLIENT_REVOKED;

  public String wire() {
    return name().toLowerCase().replace('_', '.');
  }
}
