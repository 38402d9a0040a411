package com.truereach.matching.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One published post and how people reacted to it.
 *
 * @param views          where the platform reports views for this kind of post
 * @param sponsored      disclosed as paid partnership or advertising
 * @param commentSample  some comment texts as the platform returned them; empty when none were fetched
 */
public record Post(
        Instant publishedAt, long likes, long comments, OptionalLong views, long shares, boolean sponsored,
        List<String> commentSample) {

    public Post {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(views, "views");
        Counts.requireNonNegative("likes", likes);
        Counts.requireNonNegative("comments", comments);
        Counts.requireNonNegative("shares", shares);
        if (views.isPresent()) {
            Counts.requireNonNegative("views", views.getAsLong());
        }
        commentSample = List.copyOf(Objects.requireNonNull(commentSample, "commentSample"));
    }

    public long interactions() {
        return likes + comments;
    }
}
