package com.truereach.matching.ranking;

/** A brief that cannot be matched, naming the field at fault and why, for a 400 answer. */
public final class InvalidBriefException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidBriefException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
