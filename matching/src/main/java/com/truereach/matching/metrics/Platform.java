package com.truereach.matching.metrics;

/** The social platforms whose metrics TrueReach reads; every benchmark is kept per platform. */
public enum Platform {
    INSTAGRAM,
    TIKTOK,
    YOUTUBE
}
