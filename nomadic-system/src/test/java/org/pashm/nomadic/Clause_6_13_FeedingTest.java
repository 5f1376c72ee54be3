package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.outcome;
import static org.pashm.nomadic.Nomadic.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;

/** 6.13.1.1: animal-derived feed and feed with antibiotics are prohibited; 6.13.1.2: feed is traceable. */
class Clause_6_13_FeedingTest {

    @ParameterizedTest(name = "6.13.1.1 {0} used = {1} -> {2}")
    @CsvSource({
            "animal-derived-feed, false, conforms",
            "animal-derived-feed, true,  nonconformity",
            "antibiotic-feed,     false, conforms",
            "antibiotic-feed,     true,  nonconformity"})
    void prohibitedFeeds(String practice, boolean used, String expected) {
        assertThat(outcome("6.13.1.1", practice, site("nomadic.site." + practice + "-used", used)))
                .isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void feedRulesFollowTheFeedActuallyGiven_6_13_1() {
        assertThat(outcome("6.13.1.1", "feed-complies", site("nomadic.site.purchased-feed-used", false),
                site("nomadic.site.home-made-feed-used", false))).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.13.1.1", "feed-complies", site("nomadic.site.purchased-feed-used", false),
                site("nomadic.site.home-made-feed-used", true))).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(outcome("6.13.1.2", "formulas-kept", site("nomadic.site.purchased-feed-used", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome("6.13.1.2", "home-made-recorded", site("nomadic.site.home-made-feed-used", false)))
                .isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
