package com.truereach.matching.market;

import com.truereach.matching.authenticity.AccountProfile;
import com.truereach.matching.metrics.AgeBand;
import com.truereach.matching.metrics.AudienceShares;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.MetricSnapshot;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.NicheShares;
import com.truereach.matching.metrics.Platform;
import com.truereach.matching.metrics.Post;
import com.truereach.matching.metrics.Provenance;
import com.truereach.matching.metrics.Rate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Builds one creator: first the truth (real audience, where it lives, what it cares about, how far posts
 * travel), then what the platforms show of it, with bots, pods, purges and provenance noise layered on.
 * Every figure is documented in docs/evaluation/ranking.md.
 */
final class CreatorRecipe {

    static final int WEEKS = 12;
    static final int COMMENT_POSTS = 5;
    static final int COMMENTS_PER_POST = 8;
    static final int FOLLOWER_SAMPLE = 50;

    private static final Map<String, Double> COUNTRY_WEIGHTS = countryWeights();
    /** Half the catalogue connected their accounts; partners supply most of the rest. */
    private static final Map<Provenance, Double> PROVENANCE = World.ordered(new Object[][] {
            {Provenance.VERIFIED, 0.5}, {Provenance.PARTNER_ESTIMATE, 0.35}, {Provenance.SELF_DECLARED, 0.15}});

    private final Dice dice;
    private final LocalDate asOf;

    CreatorRecipe(Dice dice, LocalDate asOf) {
        this.dice = dice;
        this.asOf = asOf;
    }

    GeneratedCreator cook(String creatorId) {
        Platform platform = dice.pick(World.PLATFORMS);
        World.Country home = World.country(dice.pick(COUNTRY_WEIGHTS));
        FraudKind fraud = fraudKind();
        long realFollowers = Math.round(Math.min(150e6, dice.pareto(1_000, 0.85)));

        // Truth: how far an organic post travels among real people, and to whom.
        double reachRate = Math.min(3.0, baseReach(platform) * Math.pow(realFollowers / 10_000.0, -0.08)
                * home.reachFactor() * dice.logNormal(1, 0.35));
        double reached = realFollowers * reachRate;
        Map<String, Double> geography = geography(home);
        Map<String, Double> reachedByCountry = new HashMap<>();
        geography.forEach((country, share) -> reachedByCountry.put(country, reached * share));
        Map<Niche, Double> focus = nicheFocus();
        Niche main = focus.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<AgeBand, Double> ages = ages(platform, main);
        Map<Niche, Double> interest = new EnumMap<>(Niche.class);
        focus.forEach((niche, share) -> interest.put(niche, Math.min(1.0, Math.pow(share, 1.3) * dice.logNormal(1, 0.15))));

        // Observable: the follower series with any bought followers and viral jumps.
        long[] real = new long[WEEKS + 1];
        long[] bots = new long[WEEKS + 1];
        int viralWeek = growthSeries(fraud, realFollowers, real, bots);
        Provenance provenance = dice.pick(PROVENANCE);
        long following = Math.round(Math.min(7_500, dice.logNormal(400, 0.8)));
        List<Post> posts = posts(platform, provenance, fraud, reached, viralWeek, main, focus);
        List<MetricSnapshot> history = new ArrayList<>();
        for (int week = 0; week <= WEEKS; week++) {
            history.add(new MetricSnapshot(asOf.minusWeeks(WEEKS - week), real[week] + bots[week], following,
                    300 + posts.size() * week / WEEKS, OptionalLong.empty(), provenance));
        }
        long observedFollowers = real[WEEKS] + bots[WEEKS];
        double botShare = (double) bots[WEEKS] / Math.max(1, observedFollowers);
        long rateMinor = Math.round(100 * Math.max(50, observedFollowers * 0.01 * price(platform) * dice.logNormal(1, 0.5)));

        List<String> languages = new ArrayList<>(List.of(mainLanguage(home)));
        if (!languages.contains("en") && dice.chance(0.3)) {
            languages.add("en");
        }
        CreatorMetrics observed = new CreatorMetrics(creatorId, platform, home.code(), languages, observedNiches(focus),
                history, posts, observedAudience(geography, ages, botShare, provenance, home.code()),
                followerSample(botShare), Rate.of(rateMinor, "USD"));
        return new GeneratedCreator(observed, new HiddenTruth(fraud, realFollowers, reachedByCountry, ages, focus,
                interest, rateMinor));
    }

    private FraudKind fraudKind() {
        double u = dice.uniform(0, 1);
        return u < 0.07 ? FraudKind.BOUGHT_FOLLOWERS : u < 0.12 ? FraudKind.ENGAGEMENT_POD
                : u < 0.15 ? FraudKind.SPIKE_THEN_PURGE : FraudKind.NONE;
    }

    private static double baseReach(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> 0.22;
            case TIKTOK -> 0.35;
            case YOUTUBE -> 0.25;
        };
    }

    private static double price(Platform platform) {
        return switch (platform) {
            case INSTAGRAM -> 1.0;
            case TIKTOK -> 0.8;
            case YOUTUBE -> 2.0;
        };
    }

    /** Most of the audience at home; the rest half among countries sharing a language, half worldwide. */
    private Map<String, Double> geography(World.Country home) {
        double homeShare = dice.uniform(0.45, 0.9);
        Map<String, Double> shares = new HashMap<>();
        shares.put(home.code(), homeShare);
        double sameLanguageTotal = 0;
        for (World.Country other : World.COUNTRIES) {
            if (other != home && sharesLanguage(home, other)) {
                sameLanguageTotal += other.weight();
            }
        }
        double rest = 1 - homeShare;
        double worldTotal = World.COUNTRIES.stream().filter(c -> c != home).mapToDouble(World.Country::weight).sum();
        for (World.Country other : World.COUNTRIES) {
            if (other == home) {
                continue;
            }
            double languagePart = sameLanguageTotal > 0 && sharesLanguage(home, other)
                    ? 0.5 * rest * other.weight() / sameLanguageTotal : 0;
            double worldPart = (sameLanguageTotal > 0 ? 0.5 : 1.0) * rest * other.weight() / worldTotal;
            shares.put(other.code(), languagePart + worldPart);
        }
        return shares;
    }

    private static boolean sharesLanguage(World.Country a, World.Country b) {
        return a.languages().keySet().stream().anyMatch(b.languages()::containsKey);
    }

    private static String mainLanguage(World.Country country) {
        return country.languages().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private Map<AgeBand, Double> ages(Platform platform, Niche main) {
        double[] base = switch (platform) {
            case INSTAGRAM -> new double[] {0.08, 0.30, 0.32, 0.16, 0.09, 0.05};
            case TIKTOK -> new double[] {0.20, 0.38, 0.24, 0.10, 0.05, 0.03};
            case YOUTUBE -> new double[] {0.10, 0.25, 0.27, 0.18, 0.12, 0.08};
        };
        if (main == Niche.GAMING) {
            base[0] *= 1.5;
            base[1] *= 1.5;
        } else if (main == Niche.PARENTING) {
            base[2] *= 1.6;
            base[3] *= 1.6;
        } else if (main == Niche.FINANCE || main == Niche.AUTOMOTIVE) {
            base[2] *= 1.3;
            base[3] *= 1.3;
        }
        Map<AgeBand, Double> ages = new EnumMap<>(AgeBand.class);
        double total = 0;
        for (AgeBand band : AgeBand.values()) {
            double weight = base[band.ordinal()] * dice.logNormal(1, 0.4);
            ages.put(band, weight);
            total += weight;
        }
        double sum = total;
        ages.replaceAll((band, weight) -> weight / sum);
        return ages;
    }

    /** Focused (45%), moderate (35%) or generalist (20%) content, the rest spread over one to six other niches. */
    private Map<Niche, Double> nicheFocus() {
        Niche main = dice.pick(World.NICHES);
        double u = dice.uniform(0, 1);
        double focus = u < 0.45 ? dice.uniform(0.75, 0.98) : u < 0.8 ? dice.uniform(0.45, 0.75) : dice.uniform(0.15, 0.45);
        Map<Niche, Double> weights = new EnumMap<>(Niche.class);
        int others = dice.between(1, 6);
        for (int i = 0; i < others; i++) {
            Niche other = dice.pick(World.NICHES);
            if (other != main) {
                weights.merge(other, dice.uniform(0.2, 1.0), Double::sum);
            }
        }
        Map<Niche, Double> shares = new EnumMap<>(Niche.class);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        shares.put(main, total == 0 ? 1.0 : focus);
        weights.forEach((niche, weight) -> shares.put(niche, (1 - focus) * weight / total));
        return shares;
    }

    /** Fills the weekly real and bot follower counts; returns the week of a viral post, or -1. */
    private int growthSeries(FraudKind fraud, long realNow, long[] real, long[] bots) {
        double monthlyGrowth = Math.max(-0.01, Math.min(0.10, 0.02 + 0.015 * dice.gaussian()));
        int viralWeek = dice.chance(0.06) ? dice.between(2, WEEKS - 1) : -1;
        long viralGain = viralWeek < 0 ? 0 : Math.round(realNow * dice.uniform(0.05, 0.25));
        for (int week = 0; week <= WEEKS; week++) {
            double back = Math.pow(1 + monthlyGrowth, -(WEEKS - week) * 7.0 / 30.0) * (1 + 0.002 * dice.gaussian());
            long before = viralWeek >= 0 && week < viralWeek ? viralGain : 0;
            real[week] = week == WEEKS ? realNow : Math.max(0, Math.round((realNow - viralGain) * back) + viralGain - before);
        }
        if (fraud == FraudKind.BOUGHT_FOLLOWERS) {
            long bought = Math.round(realNow * dice.uniform(0.5, 3.0));
            int from = dice.chance(0.7) ? dice.between(2, WEEKS - 2) : 0;
            for (int week = from; week <= WEEKS; week++) {
                bots[week] = bought;
            }
        } else if (fraud == FraudKind.SPIKE_THEN_PURGE) {
            long bought = Math.round(realNow * dice.uniform(0.5, 2.0));
            long kept = Math.round(bought * dice.uniform(0.1, 0.5));
            int from = dice.between(1, 5);
            int purge = Math.min(WEEKS, from + dice.between(2, 5));
            for (int week = from; week <= WEEKS; week++) {
                bots[week] = week < purge ? bought : kept;
            }
        }
        return viralWeek;
    }

    private List<Post> posts(Platform platform, Provenance provenance, FraudKind fraud, double reached, int viralWeek,
                             Niche main, Map<Niche, Double> focus) {
        double perWeek = dice.logNormal(platform == Platform.TIKTOK ? 5 : platform == Platform.YOUTUBE ? 1.2 : 3, 0.5);
        int count = (int) Math.max(3, Math.min(60, Math.round(perWeek * (WEEKS + 1))));
        double likeRate = (platform == Platform.INSTAGRAM ? 0.08 : platform == Platform.TIKTOK ? 0.06 : 0.04)
                * dice.logNormal(1, 0.3);
        double likesPerComment = dice.logNormal(platform == Platform.INSTAGRAM ? 40 : platform == Platform.TIKTOK ? 80 : 30, 0.35);
        double sponsoredShare = dice.uniform(0, 0.35);
        boolean boughtLikes = fraud == FraudKind.BOUGHT_FOLLOWERS && dice.chance(0.5);
        double likeBoost = fraud == FraudKind.ENGAGEMENT_POD ? dice.uniform(2, 4) : boughtLikes ? dice.uniform(1.5, 3) : 1;
        double commentBoost = fraud == FraudKind.ENGAGEMENT_POD ? dice.uniform(5, 12) : 1;
        double genericShare = switch (fraud) {
            case ENGAGEMENT_POD -> dice.uniform(0.7, 0.95);
            case BOUGHT_FOLLOWERS -> dice.uniform(0.2, 0.5);
            default -> dice.uniform(0.1, 0.35);
        };
        boolean hasViews = platform != Platform.INSTAGRAM || (provenance == Provenance.VERIFIED && dice.chance(0.9));
        var end = asOf.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double daysAgo = dice.uniform(0, 7.0 * WEEKS);
            boolean sponsored = dice.chance(sponsoredShare);
            int week = WEEKS - (int) Math.ceil(daysAgo / 7);
            double views = reached * dice.logNormal(1, 0.35) * (sponsored ? 0.8 : 1.0);
            if (viralWeek >= 0 && week == viralWeek - 1 && i % 4 == 0) {
                views *= dice.uniform(8, 20);
            }
            long likes = Math.round(views * likeRate * dice.logNormal(1, 0.2) * likeBoost);
            long comments = Math.round(views * likeRate / likesPerComment * dice.logNormal(1, 0.2) * commentBoost);
            if (fraud == FraudKind.ENGAGEMENT_POD) {
                views += dice.between(100, 500);
            }
            List<String> sample = new ArrayList<>();
            if (i < COMMENT_POSTS) {
                for (int c = 0; c < Math.min(COMMENTS_PER_POST, comments); c++) {
                    sample.add(dice.chance(genericShare) ? CommentWriter.generic(dice)
                            : CommentWriter.specific(dice, dice.chance(0.7) ? main : dice.pick(focus)));
                }
            }
            posts.add(new Post(end.minusSeconds(Math.round(daysAgo * 86_400)), likes, comments,
                    hasViews ? OptionalLong.of(Math.round(views)) : OptionalLong.empty(), Math.round(likes * 0.05),
                    sponsored, sample));
        }
        return posts;
    }

    private NicheShares observedNiches(Map<Niche, Double> focus) {
        Map<Niche, Double> noisy = new EnumMap<>(Niche.class);
        focus.forEach((niche, share) -> noisy.put(niche, share * dice.logNormal(1, 0.25)));
        return NicheShares.of(normalised(noisy, 0.01));
    }

    /** What the platform, a partner or the creator reports about the followers, bots included. */
    private AudienceShares observedAudience(Map<String, Double> geography, Map<AgeBand, Double> ages, double botShare,
                                            Provenance provenance, String home) {
        if (provenance == Provenance.SELF_DECLARED && dice.chance(0.3)) {
            return AudienceShares.unknown(asOf);
        }
        double noise = switch (provenance) {
            case VERIFIED -> 0.05;
            case PARTNER_ESTIMATE -> 0.35;
            case SELF_DECLARED -> 0.25;
        };
        Map<String, Double> countries = new HashMap<>();
        geography.forEach((country, share) -> countries.put(country, (1 - botShare) * share));
        World.BOT_COUNTRIES.forEach((country, share) -> countries.merge(country, botShare * share, Double::sum));
        countries.replaceAll((country, share) -> share * dice.logNormal(1, noise)
                * (provenance == Provenance.SELF_DECLARED && country.equals(home) ? 1.3 : 1.0));
        Map<String, Double> byCountry = normalised(countries, 0.005);
        Map<String, Double> byLanguage = new HashMap<>();
        byCountry.forEach((country, share) -> World.country(country).languages()
                .forEach((language, part) -> byLanguage.merge(language, share * part, Double::sum)));
        Map<AgeBand, Double> byAge = new EnumMap<>(AgeBand.class);
        ages.forEach((band, share) -> byAge.put(band,
                ((1 - botShare) * share + botShare / AgeBand.values().length) * dice.logNormal(1, noise)));
        return new AudienceShares(byCountry, normalised(byLanguage, 0.005), normalised(byAge, 0.0), provenance, asOf);
    }

    private List<AccountProfile> followerSample(double botShare) {
        double massShare = dice.uniform(0.05, 0.15);
        List<AccountProfile> sample = new ArrayList<>(FOLLOWER_SAMPLE);
        for (int i = 0; i < FOLLOWER_SAMPLE; i++) {
            sample.add(dice.chance(botShare) ? FollowerSampler.aBot(dice)
                    : dice.chance(massShare) ? FollowerSampler.aMassFollower(dice) : FollowerSampler.aPerson(dice));
        }
        return sample;
    }

    /** Drops shares below {@code floor} (platforms group their long tail) and rescales to sum to 1. */
    private static <K> Map<K, Double> normalised(Map<K, Double> shares, double floor) {
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<K, Double> kept = new LinkedHashMap<>();
        shares.forEach((key, share) -> {
            if (share / total >= floor) {
                kept.put(key, share / total);
            }
        });
        double keptTotal = kept.values().stream().mapToDouble(Double::doubleValue).sum();
        kept.replaceAll((key, share) -> share / keptTotal);
        return kept;
    }

    private static Map<String, Double> countryWeights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        World.COUNTRIES.forEach(country -> weights.put(country.code(), country.weight()));
        return weights;
    }
}
