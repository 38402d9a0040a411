package com.truereach.matching.speed;

import com.truereach.matching.benchmarks.BenchmarkCell;
import com.truereach.matching.benchmarks.Benchmarks;
import com.truereach.matching.market.GeneratedCreator;
import com.truereach.matching.market.MarketGenerator;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.ranking.Brief;
import com.truereach.matching.ranking.Candidate;
import com.truereach.matching.ranking.RankCreatorsForBrief;
import com.truereach.matching.ranking.RankedCreator;
import com.truereach.matching.signals.CreatorScore;
import com.truereach.matching.signals.CreatorScorer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** How long scoring one creator and ranking a page of candidates take; see docs/benchmarks/matching.md. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatchingSpeed {

    private CreatorScorer scorer;
    private CreatorMetrics creator;
    private BenchmarkCell cell;
    private List<Candidate> candidates;
    private Brief brief;
    private final RankCreatorsForBrief ranker = new RankCreatorsForBrief();

    @Setup
    public void generate() {
        List<GeneratedCreator> market = new MarketGenerator(7, LocalDate.of(2026, 11, 2)).creators(1_000).toList();
        List<CreatorMetrics> observed = market.stream().map(GeneratedCreator::observed).toList();
        Benchmarks benchmarks = Benchmarks.compute(observed);
        scorer = CreatorScorer.standard();
        creator = observed.get(0);
        cell = benchmarks.cellFor(creator);
        candidates = observed.stream()
                .map(metrics -> Candidate.of(metrics, scorer.score(metrics, benchmarks.cellFor(metrics))))
                .toList();
        brief = Brief.builder().niche("beauty").keyword("skincare").country("FR").country("BE").language("fr")
                .ageBand("18-24").ageBand("25-34").budget(10_000_000).currency("USD").build();
    }

    /** Every signal on one creator, including classifying its 50 sampled followers. */
    @Benchmark
    public CreatorScore scoreOneCreator() {
        return scorer.score(creator, cell);
    }

    /** 1,000 candidates ranked, every one explained. */
    @Benchmark
    public List<RankedCreator> rankThousandCandidatesExplainingAll() {
        return ranker.rank(brief, candidates);
    }

    /** 1,000 candidates ranked, the first page of 50 explained: what a search answer needs. */
    @Benchmark
    public List<RankedCreator> rankThousandCandidatesExplainingFifty() {
        return ranker.rank(brief, candidates, 50);
    }
}
