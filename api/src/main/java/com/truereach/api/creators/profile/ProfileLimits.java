package com.truereach.api.creators.profile;

/** Bounds on what one creator record may hold, so one record cannot exhaust memory or the index. */
final class ProfileLimits {

  static final int DISPLAY_NAME = 120;
  static final int BIO = 2000;
  static final int HANDLE = 100;
  static final int CAPTION = 2200;
  static final int HASHTAG = 100;
  static final int HASHTAGS_PER_POST = 60;
  static final int COMMENT = 500;
  static final int COMMENTS_PER_POST = 50;
  static final int ACCOUNTS = 6;
  static final int SNAPSHOTS = 400;
  static final int POSTS = 50;
  static final int FOLLOWER_SAMPLE = 500;
  static final int FOLLOWER_TEXT = 300;
  static final int LIST = 10;
  static final int RATES = 20;
  /** Shares of one audience breakdown must sum to 1 within this tolerance (rounding by providers). */
  static final double SHARE_SUM_TOLERANCE = 0.02;

  private ProfileLimits() {}
}
