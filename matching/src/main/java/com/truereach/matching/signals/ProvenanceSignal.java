package com.truereach.matching.signals;

import com.truereach.matching.metrics.Provenance;

/**
 * Where the counters came from. Unverified numbers cannot earn full trust: a partner's estimate costs a
 * little, a self-declared figure more. The other signals also lose confidence with provenance.
 */
final class ProvenanceSignal implements Signal {

    @Override
    public String name() {
        return "provenance";
    }

    @Override
    public double weight() {
        return 1.0;
    }

    @Override
    public SignalResult evaluate(Evidence evidence) {
        Provenance provenance = evidence.creator().provenance();
        double health = switch (provenance) {
            case VERIFIED -> 1.0;
            case PARTNER_ESTIMATE -> 0.9;
            case SELF_DECLARED -> 0.75;
        };
        return new SignalResult(name(), provenance.weight(), Provenance.VERIFIED.weight(), weight(), health, 1.0,
                () -> "The follower and engagement figures were " + provenance.description() + ".");
    }
}
