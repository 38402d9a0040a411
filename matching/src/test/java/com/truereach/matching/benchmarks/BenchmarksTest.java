package com.truereach.matching.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.matching.fixtures.Creators;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarksTest {

    @Test
    void tiers_follow_the_industry_bounds() {
        assertEquals(FollowerTier.NANO, FollowerTier.of(9_999));
        assertEquals(FollowerTier.MICRO, FollowerTier.of(10_000));
        assertEquals(FollowerTier.MID, FollowerTier.of(100_000));
        assertEquals(FollowerTier.MACRO, FollowerTier.of(500_000));
        assertEquals(FollowerTier.MEGA, FollowerTier.of(1_000_000));
    }

    @Test
    void the_spread_is_robust_to_one_extreme_value() {
        RobustSpread spread = RobustSpread.of(new double[] {1, 2, 3, 4, 1_000, Double.NaN});

        assertEquals(3, spread.median());
        assertEquals(1, spread.mad());
        assertEquals(5, spread.count());
    }

    @Test
    void a_full_cell_is_its_own_benchmark() {
        Benchmarks benchmarks = Benchmarks.compute(Collections.nCopies(30, Creators.aCleanNicheCreatorFromLyon()));
        BenchmarkCell cell = benchmarks.cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO);

        assertEquals(BenchmarkSource.OWN_CELL, cell.source());
        assertEquals(30, cell.creatorCount());
        assertEquals(Creators.aCleanNicheCreatorFromLyon().engagementRate(), cell.engagementRate().median(), 1e-12);
    }

    @Test
    void a_thin_cell_borrows_from_the_same_country_first_then_the_region_then_the_world_then_norms() {
        List<CreatorMetrics> catalogue = new ArrayList<>(Collections.nCopies(20, Creators.aCleanNicheCreatorFromLyon()));
        catalogue.addAll(Collections.nCopies(15, Creators.aDeadAudience()));
        Benchmarks benchmarks = Benchmarks.compute(catalogue);

        BenchmarkCell micro = benchmarks.cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO);
        assertEquals(BenchmarkSource.SAME_COUNTRY_ADJACENT_TIERS, micro.source());
        assertTrue(micro.explanation().startsWith("only 20 Instagram creators in FR"), micro.explanation());
        assertEquals(BenchmarkSource.SAME_TIER_SAME_REGION,
                Benchmarks.compute(catalogue, 20).cellFor(Platform.INSTAGRAM, "BE", FollowerTier.MICRO).source());
        assertEquals(BenchmarkSource.GLOBAL_TIER,
                Benchmarks.compute(catalogue, 20).cellFor(Platform.INSTAGRAM, "JP", FollowerTier.MICRO).source());
        BenchmarkCell norms = benchmarks.cellFor(Platform.TIKTOK, "FR", FollowerTier.MEGA);
        assertEquals(BenchmarkSource.BUILT_IN_NORMS, norms.source());
        assertTrue(norms.isBorrowed());
    }

    @Test
    void stored_cells_serve_as_they_were_and_a_cell_they_lack_says_it_uses_the_norms() {
        Benchmarks computed = Benchmarks.compute(Collections.nCopies(30, Creators.aCleanNicheCreatorFromLyon()));
        BenchmarkCell stored = computed.cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO);

        Benchmarks restored = Benchmarks.ofCells(List.of(stored), Benchmarks.DEFAULT_MINIMUM_CREATORS);

        assertEquals(stored, restored.cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO));
        BenchmarkCell missing = restored.cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MACRO);
        assertEquals(BenchmarkSource.BUILT_IN_NORMS, missing.source());
        assertTrue(missing.explanation().startsWith("the stored benchmarks hold no Instagram creators in FR of the macro tier"),
                missing.explanation());
    }
}
