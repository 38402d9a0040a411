package com.truereach.matching.evaluation;

import com.truereach.matching.benchmarks.Benchmarks;
import com.truereach.matching.market.FraudKind;
import com.truereach.matching.market.GeneratedCreator;
import com.truereach.matching.market.HiddenTruth;
import com.truereach.matching.market.MarketGenerator;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.ranking.Brief;
import com.truereach.matching.ranking.Candidate;
import com.truereach.matching.ranking.RankCreatorsForBrief;
import com.truereach.matching.ranking.RankedCreator;
import com.truereach.matching.signals.CreatorScore;
import com.truereach.matching.signals.CreatorScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Generates a market, scores and ranks it for every evaluation brief, and writes
 * docs/evaluation/ranking.md: NDCG of our ranking and of two baselines against the hidden truth, and how
 * the authenticity score separates fraud from genuine creators.
 */
public final class EvaluateRanking {

    static final long SEED = 20_261_102L;
    static final int CREATORS = 20_000;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
    static final int[] CUTOFFS = {10, 20, 50};
    /** A score under this puts a creator in the fraud review queue. */
    static final double FLAG_BELOW = 50;

    private EvaluateRanking() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/evaluation/ranking.md");
        long started = System.nanoTime();
        List<GeneratedCreator> market = new MarketGenerator(SEED, AS_OF).creators(CREATORS).toList();
        Benchmarks benchmarks = Benchmarks.compute(market.stream().map(GeneratedCreator::observed).toList());
        CreatorScorer scorer = CreatorScorer.standard();
        Map<String, GeneratedCreator> byId = new HashMap<>();
        Map<String, Candidate> candidates = new HashMap<>();
        Map<String, CreatorScore> scores = new HashMap<>();
        for (GeneratedCreator creator : market) {
            CreatorMetrics observed = creator.observed();
            CreatorScore score = scorer.score(observed, benchmarks.cellFor(observed));
            byId.put(observed.creatorId(), creator);
            scores.put(observed.creatorId(), score);
            candidates.put(observed.creatorId(), Candidate.of(observed, score));
        }
        StringBuilder report = new StringBuilder();
        header(report);
        rankingSection(report, byId, candidates);
        fraudSection(report, market, scores);
        report.append(String.format(Locale.ROOT, "%nGenerated, scored and ranked in %.0f s.%n",
                (System.nanoTime() - started) / 1e9));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report.toString());
        System.out.println(report);
    }

    private static void rankingSection(StringBuilder out, Map<String, GeneratedCreator> byId,
                                       Map<String, Candidate> candidates) {
        RankCreatorsForBrief ranker = new RankCreatorsForBrief();
        out.append("## Ranking against the truth\n\n")
                .append("| brief | eligible | ours @10 | @20 | @50 | followers @10 | @20 | @50 | engagement rate @10 | @20 | @50 |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        double[][] sums = new double[3][CUTOFFS.length];
        Map<String, Brief> briefs = EvaluationBriefs.all();
        for (Map.Entry<String, Brief> entry : briefs.entrySet()) {
            Brief brief = entry.getValue();
            List<RankedCreator> ours = ranker.rank(brief, candidates.values());
            List<String> ourOrder = ours.stream().map(RankedCreator::creatorId).toList();
            ToDoubleFunction<String> truth = id -> truthPerDollar(byId.get(id).truth(), brief);
            List<String> byFollowers = conventional(brief, ourOrder, byId, id -> candidates.get(id).followers());
            List<String> byEngagement = conventional(brief, ourOrder, byId,
                    id -> byId.get(id).observed().engagementRate());
            List<List<String>> orders = List.of(ourOrder, byFollowers, byEngagement);
            out.append("| ").append(entry.getKey()).append(" | ").append(ourOrder.size());
            for (int method = 0; method < orders.size(); method++) {
                List<Double> gains = orders.get(method).stream().map(id -> truth.applyAsDouble(id)).toList();
                for (int c = 0; c < CUTOFFS.length; c++) {
                    double ndcg = Ndcg.at(CUTOFFS[c], gains);
                    sums[method][c] += ndcg;
                    out.append(String.format(Locale.ROOT, " | %.3f", ndcg));
                }
            }
            out.append(" |\n");
        }
        out.append("| **mean** | ");
        for (int method = 0; method < 3; method++) {
            for (int c = 0; c < CUTOFFS.length; c++) {
                out.append(String.format(Locale.ROOT, " | **%.3f**", sums[method][c] / briefs.size()));
            }
        }
        out.append(" |\n\n");
    }

    static double truthPerDollar(HiddenTruth truth, Brief brief) {
        return truth.engagedIn(brief.target().countries(), brief.target().languages(), brief.target().ageBands(),
                brief.targetNiches()) / (truth.rateMinorUnits() / 100.0);
    }

    /**
     * What a conventional marketplace does: creators based in the brief's countries whose main niche is one
     * of the brief's come first, each group sorted by the baseline's figure.
     */
    private static List<String> conventional(Brief brief, List<String> ids, Map<String, GeneratedCreator> byId,
                                             ToDoubleFunction<String> key) {
        Comparator<String> filteredFirst = Comparator.comparing(id -> !passesConventionalFilters(brief, byId.get(id)));
        List<String> copy = new ArrayList<>(ids);
        copy.sort(filteredFirst.thenComparing(Comparator.comparingDouble(key).reversed())
                .thenComparing(Comparator.naturalOrder()));
        return copy;
    }

    private static boolean passesConventionalFilters(Brief brief, GeneratedCreator creator) {
        CreatorMetrics observed = creator.observed();
        boolean country = brief.target().countries().isEmpty() || brief.target().countries().contains(observed.country());
        var mainNiche = observed.niches().shares().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
        boolean niche = brief.targetNiches().isEmpty() || mainNiche.filter(brief.targetNiches()::contains).isPresent();
        return country && niche;
    }

    private static void fraudSection(StringBuilder out, List<GeneratedCreator> market, Map<String, CreatorScore> scores) {
        Map<FraudKind, List<Double>> byKind = new EnumMap<>(FraudKind.class);
        for (GeneratedCreator creator : market) {
            byKind.computeIfAbsent(creator.truth().fraud(), k -> new ArrayList<>())
                    .add(scores.get(creator.observed().creatorId()).authenticity().score());
        }
        out.append("## Authenticity score by true kind\n\n")
                .append(String.format(Locale.ROOT, "Flagged: score under %.0f. For genuine creators the flagged share is "
                        + "the false-positive rate; for the fraud kinds it is the detection rate.%n%n", FLAG_BELOW))
                .append("| true kind | creators | median score | flagged |\n|---|---|---|---|\n");
        byKind.forEach((kind, values) -> {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            long flagged = values.stream().filter(score -> score < FLAG_BELOW).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f%% |%n", kind.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), sorted.length, sorted[sorted.length / 2], 100.0 * flagged / sorted.length));
        });
    }

    private static void header(StringBuilder out) {
        out.append("# Ranking: evaluation\n\n")
                .append("Generated by `EvaluateRanking`; do not edit by hand. Regenerate with\n\n")
                .append("```\nmvn -pl matching -Pevaluate-ranking process-test-classes\n```\n\n")
                .append(String.format(Locale.ROOT, "Market: %,d creators from `MarketGenerator` (seed %d, as of %s). ",
                        CREATORS, SEED, AS_OF))
                .append("Truth per creator and brief: real people one organic post reaches inside the brief's ")
                .append("countries, languages and ages, times the share of them interested in the brief's niches, ")
                .append("per dollar of the rate; all from the generator's hidden variables. NDCG uses these linear ")
                .append("gains over every creator eligible for the brief (platform, currency, rate range); the ")
                .append("baselines order the same eligible creators as a conventional marketplace does: creators ")
                .append("based in the brief's countries whose main niche is the brief's first, then the rest, each ")
                .append("group sorted by followers or by engagement rate. How the market and the truth are built, ")
                .append("and what these figures do not show: [ranking-method.md](ranking-method.md).\n\n");
    }
}
