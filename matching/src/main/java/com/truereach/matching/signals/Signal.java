package com.truereach.matching.signals;

/**
 * One piece of evidence about whether a creator's audience and engagement are real: a named rule with
 * a weight, judged against a benchmark, explained in a sentence. Implementations are stateless and
 * thread-safe.
 */
public interface Signal {

    /** Short stable name, shown next to the reason. */
    String name();

    /** How much the signal can move the score when fully confident; see {@link SignalResult#scoreFactor()}. */
    double weight();

    SignalResult evaluate(Evidence evidence);
}
