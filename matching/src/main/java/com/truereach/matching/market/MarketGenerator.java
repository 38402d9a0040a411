package com.truereach.matching.market;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A synthetic creator marketplace, seeded and deterministic: the same seed and index always give the
 * same creator, whatever else was generated, so any creator can be regenerated alone and a stream of a
 * million holds one creator in memory at a time.
 *
 * <p>Power-law audiences (Pareto tail exponent 0.85 above 1,000 followers), countries, languages,
 * niches and platforms in the proportions of {@code World}, and 15% fraud: 7% bought followers, 5%
 * engagement pods, 3% spike-then-purge. Each creator carries its {@link HiddenTruth} beside what the
 * engine may observe.
 */
public final class MarketGenerator {

    private final long seed;
    private final LocalDate asOf;

    public MarketGenerator(long seed, LocalDate asOf) {
        this.seed = seed;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** The creator at this position of the market. */
    public GeneratedCreator creator(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        return new CreatorRecipe(new Dice(mix(seed, index)), asOf).cook(String.format(Locale.ROOT, "cr-%08d", index));
    }

    /** The first {@code count} creators, generated lazily in order. */
    public Stream<GeneratedCreator> creators(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        return LongStream.range(0, count).mapToObj(this::creator);
    }

    public Iterator<GeneratedCreator> iterator(long count) {
        return creators(count).iterator();
    }

    // SplitMix64 finaliser: neighbouring indexes get unrelated seeds.
    private static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
