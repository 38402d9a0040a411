package com.truereach.matching.evaluation;

import com.truereach.matching.metrics.Platform;
import com.truereach.matching.ranking.Brief;
import java.util.LinkedHashMap;
import java.util.Map;

/** The briefs the ranking is evaluated on: varied niches, markets, platforms and budgets (USD cents). */
final class EvaluationBriefs {

    private EvaluationBriefs() {
    }

    static Map<String, Brief> all() {
        Map<String, Brief> briefs = new LinkedHashMap<>();
        briefs.put("French beauty, 18-34, Instagram, up to $2,000", Brief.builder().niche("beauty").country("FR")
                .language("fr").ageBand("18-24").ageBand("25-34").platform(Platform.INSTAGRAM).budget(200_000)
                .currency("USD").build());
        briefs.put("US fitness, English, TikTok or Instagram, up to $5,000", Brief.builder().niche("fitness")
                .country("US").language("en").platform(Platform.TIKTOK).platform(Platform.INSTAGRAM).budget(500_000)
                .currency("USD").build());
        briefs.put("Gaming for English-speaking 13-24 anywhere, YouTube or TikTok, up to $10,000", Brief.builder()
                .niche("gaming").language("en").ageBand("13-17").ageBand("18-24").platform(Platform.YOUTUBE)
                .platform(Platform.TIKTOK).budget(1_000_000).currency("USD").build());
        briefs.put("Brazilian food, Portuguese, up to $3,000", Brief.builder().niche("food").country("BR")
                .language("pt").budget(300_000).currency("USD").build());
        briefs.put("German tech, YouTube, $500 to $20,000", Brief.builder().niche("tech").country("DE").language("de")
                .platform(Platform.YOUTUBE).rateRange(50_000, 2_000_000).currency("USD").build());
        briefs.put("Parenting in GB, US, CA and AU, 25-44, up to $4,000", Brief.builder().niche("parenting")
                .country("GB").country("US").country("CA").country("AU").language("en").ageBand("25-34")
                .ageBand("35-44").budget(400_000).currency("USD").build());
        briefs.put("Spanish-speaking travel in ES, MX and AR, up to $3,000", Brief.builder().niche("travel")
                .country("ES").country("MX").country("AR").language("es").budget(300_000).currency("USD").build());
        briefs.put("Investing (keyword) in India, 25-44, up to $2,000", Brief.builder().keyword("investing")
                .country("IN").ageBand("25-34").ageBand("35-44").budget(200_000).currency("USD").build());
        briefs.put("Italian fashion, 18-34, Instagram, up to $1,500", Brief.builder().niche("fashion").country("IT")
                .language("it").ageBand("18-24").ageBand("25-34").platform(Platform.INSTAGRAM).budget(150_000)
                .currency("USD").build());
        briefs.put("Skincare and makeup (keywords) in Indonesia, TikTok, up to $1,000", Brief.builder()
                .keyword("skincare").keyword("makeup").country("ID").platform(Platform.TIKTOK).budget(100_000)
                .currency("USD").build());
        briefs.put("US pets, any platform, up to $1,000", Brief.builder().niche("pets").country("US").budget(100_000)
                .currency("USD").build());
        briefs.put("Japanese music, up to $5,000", Brief.builder().niche("music").country("JP").language("ja")
                .budget(500_000).currency("USD").build());
        briefs.put("Football (keyword) in five European markets, up to $8,000", Brief.builder().keyword("football")
                .country("GB").country("ES").country("IT").country("FR").country("DE").budget(800_000)
                .currency("USD").build());
        return briefs;
    }
}
