package com.truereach.matching.benchmarks;

import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Benchmarks per platform, country and follower tier, computed from a catalogue of creators.
 *
 * <p>A cell with fewer than {@link #DEFAULT_MINIMUM_CREATORS} creators is too thin for a median to mean
 * much, so it borrows, in this order: the same country's adjacent tiers, the same tier in the country's
 * region, the same tier worldwide, and finally built-in industry norms. The cell says which it used.
 * Immutable once computed and safe to share between threads.
 */
public final class Benchmarks {

    /** Thirty creators put a median's 95% interval within about the middle third of the group. */
    public static final int DEFAULT_MINIMUM_CREATORS = 30;
    /** A reach norm needs fewer creators, but only those with verified views count. */
    static final int MINIMUM_VERIFIED_FOR_REACH = 10;

    private final Map<Key, List<CreatorFigures>> figuresByCell;
    private final int minimumCreators;
    private final boolean restored;
    private final Map<Key, BenchmarkCell> cells = new ConcurrentHashMap<>();

    private Benchmarks(Map<Key, List<CreatorFigures>> figuresByCell, int minimumCreators, boolean restored) {
        this.figuresByCell = figuresByCell;
        this.minimumCreators = minimumCreators;
        this.restored = restored;
    }

    /**
     * Benchmarks from cells computed earlier (a stored run), so scores need not fall back to the
     * industry norms while the catalogue is read again: those cells as they were; a cell the run
     * did not hold uses the built-in norms and says so.
     */
    public static Benchmarks ofCells(Collection<BenchmarkCell> computed, int minimumCreators) {
        if (minimumCreators < 1) {
            throw new IllegalArgumentException("minimumCreators must be at least 1, was " + minimumCreators);
        }
        Benchmarks benchmarks = new Benchmarks(Map.of(), minimumCreators, true);
        for (BenchmarkCell cell : computed) {
            benchmarks.cells.put(new Key(cell.platform(), cell.country(), cell.tier()), cell);
        }
        return benchmarks;
    }

    public static Benchmarks compute(Iterable<CreatorMetrics> creators) {
        return compute(creators, DEFAULT_MINIMUM_CREATORS);
    }

    public static Benchmarks compute(Iterable<CreatorMetrics> creators, int minimumCreators) {
        if (minimumCreators < 1) {
            throw new IllegalArgumentException("minimumCreators must be at least 1, was " + minimumCreators);
        }
        Map<Key, List<CreatorFigures>> figures = new HashMap<>();
        for (CreatorMetrics creator : creators) {
            Key key = new Key(creator.platform(), creator.country(), FollowerTier.of(creator.followers()));
            figures.computeIfAbsent(key, k -> new ArrayList<>()).add(CreatorFigures.of(creator));
        }
        figures.replaceAll((key, list) -> List.copyOf(list));
        return new Benchmarks(Map.copyOf(figures), minimumCreators, false);
    }

    /** The cell a creator is compared with. */
    public BenchmarkCell cellFor(CreatorMetrics creator) {
        return cellFor(creator.platform(), creator.country(), FollowerTier.of(creator.followers()));
    }

    public BenchmarkCell cellFor(Platform platform, String country, FollowerTier tier) {
        Key key = new Key(Objects.requireNonNull(platform), Objects.requireNonNull(country), Objects.requireNonNull(tier));
        return cells.computeIfAbsent(key, this::resolve);
    }

    public int minimumCreators() {
        return minimumCreators;
    }

    private BenchmarkCell resolve(Key key) {
        if (restored) {
            return norms(key, String.format(Locale.ROOT, "the stored benchmarks hold no %s creators in %s of the %s tier, so ",
                    platformName(key), key.country, key.tier.label()));
        }
        List<CreatorFigures> own = pool(k -> k.equals(key));
        if (own.size() >= minimumCreators) {
            return cell(key, own, BenchmarkSource.OWN_CELL, String.format(Locale.ROOT,
                    "compared with %d %s creators in %s of the %s tier", own.size(), platformName(key),
                    key.country, key.tier.label()));
        }
        String thin = String.format(Locale.ROOT, "only %d %s creators in %s of the %s tier (fewer than %d), so ",
                own.size(), platformName(key), key.country, key.tier.label(), minimumCreators);
        List<CreatorFigures> adjacent = pool(k -> k.platform == key.platform && k.country.equals(key.country)
                && Math.abs(k.tier.ordinal() - key.tier.ordinal()) <= 1);
        if (adjacent.size() >= minimumCreators) {
            return cell(key, adjacent, BenchmarkSource.SAME_COUNTRY_ADJACENT_TIERS, thin + String.format(Locale.ROOT,
                    "compared with %d creators of %s in the %s tier and the tiers beside it",
                    adjacent.size(), key.country, key.tier.label()));
        }
        var region = Region.of(key.country);
        if (region.isPresent()) {
            List<CreatorFigures> regional = pool(k -> k.platform == key.platform && k.tier == key.tier
                    && region.get().contains(k.country));
            if (regional.size() >= minimumCreators) {
                return cell(key, regional, BenchmarkSource.SAME_TIER_SAME_REGION, thin + String.format(Locale.ROOT,
                        "compared with %d %s-tier creators across %s", regional.size(), key.tier.label(),
                        region.get().label()));
            }
        }
        List<CreatorFigures> global = pool(k -> k.platform == key.platform && k.tier == key.tier);
        if (global.size() >= minimumCreators) {
            return cell(key, global, BenchmarkSource.GLOBAL_TIER, thin + String.format(Locale.ROOT,
                    "compared with %d %s-tier creators worldwide", global.size(), key.tier.label()));
        }
        return norms(key, thin);
    }

    private static BenchmarkCell norms(Key key, String why) {
        return new BenchmarkCell(key.platform, key.country, key.tier, 0,
                IndustryNorms.engagementRate(key.platform, key.tier), IndustryNorms.monthlyGrowth(),
                IndustryNorms.likesPerComment(key.platform), IndustryNorms.reachRate(key.platform),
                BenchmarkSource.BUILT_IN_NORMS, why + "compared with published industry norms");
    }

    private BenchmarkCell cell(Key key, List<CreatorFigures> pool, BenchmarkSource source, String explanation) {
        RobustSpread reach = spread(pool, CreatorFigures::reachRate);
        if (reach.count() < MINIMUM_VERIFIED_FOR_REACH) {
            reach = IndustryNorms.reachRate(key.platform);
        }
        return new BenchmarkCell(key.platform, key.country, key.tier, pool.size(),
                spread(pool, CreatorFigures::engagementRate), spread(pool, CreatorFigures::monthlyGrowth),
                spread(pool, CreatorFigures::likesPerComment), reach, source, explanation);
    }

    private List<CreatorFigures> pool(Predicate<Key> wanted) {
        List<CreatorFigures> pooled = new ArrayList<>();
        figuresByCell.forEach((key, figures) -> {
            if (wanted.test(key)) {
                pooled.addAll(figures);
            }
        });
        return pooled;
    }

    private static RobustSpread spread(Collection<CreatorFigures> pool, ToDoubleFunction<CreatorFigures> metric) {
        return RobustSpread.of(pool.stream().mapToDouble(metric).toArray());
    }

    private static String platformName(Key key) {
        String name = key.platform.name().toLowerCase(Locale.ROOT);
        return key.platform == Platform.TIKTOK ? "TikTok" : key.platform == Platform.YOUTUBE ? "YouTube"
                : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private record Key(Platform platform, String country, FollowerTier tier) {
    }
}
