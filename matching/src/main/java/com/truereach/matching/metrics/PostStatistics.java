package com.truereach.matching.metrics;

import java.util.Arrays;
import java.util.List;

/** Figures over a list of posts, shared by the metrics and the signals. */
public final class PostStatistics {

    private PostStatistics() {
    }

    /**
     * Median interactions per follower over organic posts. The median, not the mean, so that one viral
     * post does not make an account look lively.
     */
    public static double engagementRate(List<Post> posts, long followers) {
        if (followers <= 0) {
            return 0;
        }
        double[] rates = posts.stream().filter(post -> !post.sponsored())
                .mapToDouble(post -> (double) post.interactions() / followers).toArray();
        return rates.length == 0 ? 0 : median(rates);
    }

    public static double likesPerComment(List<Post> posts) {
        long likes = 0;
        long comments = 0;
        for (Post post : posts) {
            likes += post.likes();
            comments += post.comments();
        }
        return comments == 0 ? Double.NaN : (double) likes / comments;
    }

    /** Median of the values; the array is sorted in place. NaN when empty. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
