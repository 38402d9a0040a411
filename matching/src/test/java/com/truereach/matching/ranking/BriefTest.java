package com.truereach.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.matching.metrics.Niche;
import org.junit.jupiter.api.Test;

class BriefTest {

    @Test
    void an_unknown_niche_is_refused_naming_the_field() {
        InvalidBriefException e = assertThrows(InvalidBriefException.class, () -> Brief.builder().niche("knitting"));

        assertEquals("niches", e.field());
        assertTrue(e.reason().contains("knitting") && e.reason().contains("beauty"), e.reason());
    }

    @Test
    void a_brief_without_niche_or_keyword_is_refused() {
        InvalidBriefException e = assertThrows(InvalidBriefException.class,
                () -> Brief.builder().country("FR").currency("EUR").build());

        assertEquals("niches", e.field());
    }

    @Test
    void a_negative_budget_is_refused() {
        InvalidBriefException e = assertThrows(InvalidBriefException.class,
                () -> Brief.builder().niche("food").budget(-1).currency("EUR").build());

        assertEquals("budget", e.field());
    }

    @Test
    void malformed_countries_languages_age_bands_and_currencies_are_refused() {
        assertEquals("countries", assertThrows(InvalidBriefException.class, () -> Brief.builder().country("France")).field());
        assertEquals("languages", assertThrows(InvalidBriefException.class, () -> Brief.builder().language("FR")).field());
        assertEquals("ageBands", assertThrows(InvalidBriefException.class, () -> Brief.builder().ageBand("20-30")).field());
        assertEquals("currency", assertThrows(InvalidBriefException.class,
                () -> Brief.builder().niche("food").currency("euro").build()).field());
    }

    @Test
    void keywords_that_name_a_niche_join_the_target_niches() {
        Brief brief = Brief.builder().niche("fashion").keyword("skincare").keyword("sustainable").currency("EUR").build();

        assertEquals(java.util.Set.of(Niche.FASHION, Niche.BEAUTY), brief.targetNiches());
    }
}
