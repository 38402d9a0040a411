package com.truereach.api.creators.profile;

import com.truereach.api.creators.profile.CreatorProfile.Account;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The accounts of a record read from JSON bytes, with the bytes they were read from. The reader
 * checked every value in them and refuses what it would read differently a second time (unknown
 * fields, a field given twice), so reading those bytes again gives these same accounts: they are
 * stored as sent rather than written out again, which took an eighth of the API's CPU samples in
 * a bulk import (ADR 0017). Any other list of accounts (edited, merged with stored history, read from a
 * tree) is written by {@link ProfileJson}. Equal to any list of the same accounts.
 */
final class AccountsAsSent extends AbstractList<Account> implements RandomAccess {

  private final List<Account> accounts;
  private final byte[] json;

  AccountsAsSent(List<Account> accounts, byte[] json) {
    this.accounts = List.copyOf(accounts);
    this.json = json;
  }

  @Override
  public Account get(int index) {
    return accounts.get(index);
  }

  @Override
  public int size() {
    return accounts.size();
  }

  /** The accounts alone, without their text (an unmodifiable list). */
  List<Account> withoutText() {
    return accounts;
  }

  /** The JSON array the accounts were read from, in UTF-8; shared, not to be modified. */
  byte[] json() {
    return json;
  }
}
