package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.nomadic.Nomadic.DAY;
import static org.pashm.nomadic.Nomadic.on;
import static org.pashm.nomadic.Nomadic.site;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evidence.RawObservation;
import org.pashm.text.Languages;
import org.pashm.text.Renderer;

/**
 * What the module's own rules say (6.2.2.1, 6.9.1.1, 6.9.1.2, 6.10.2, 6.13.1.1, 6.15.2, 6.20.1), read as a person
 * reads it: in English through the real renderer, and in Simplified Chinese.
 */
class Clause_6_SentencesTest {

    static final Languages LANGUAGES = Languages.load(Nomadic.REGISTRY.providers());
    static final Renderer EN = LANGUAGES.english();
    static final Renderer ZH = LANGUAGES.exactly("zh-Hans");

    private static Finding finding(String clause, String rule, RawObservation... raw) {
        List<Finding> found = Nomadic.findings(Nomadic.evaluate(DAY, Arrays.asList(raw)), clause, rule);
        assertThat(found).as(clause + " " + rule).hasSize(1);
        return found.get(0);
    }

    private static RawObservation group(String code, Object value) {
        return on("goat-group", "g", "nomadic.goat-group." + code, value);
    }

    @Test
    void theAgeBandNamesTheGroupAndItsDays_6_10_2() {
        Finding f = finding("6.10.2", "age-band", group("class", "intermediate-kids"),
                on("goat-group", "g", "nomadic.goat-group.youngest-kid-age", "7", "d"),
                on("goat-group", "g", "nomadic.goat-group.oldest-kid-age", "14", "d"));
        assertThat(EN.say(f.says())).isEqualTo(
                "kids aged 7 days to 14 days are not all within the intermediate-kids group's 8 to 14 days.");
        assertThat(ZH.say(f.says())).isEqualTo("年龄为7天至14天的羔羊并非都在中期羔羊群的8至14日龄范围内。");
        Finding grownUp = finding("6.10.2", "age-band", group("class", "grown-up-kids"),
                on("goat-group", "g", "nomadic.goat-group.youngest-kid-age", "15", "d"),
                on("goat-group", "g", "nomadic.goat-group.oldest-kid-age", "60", "d"));
        assertThat(EN.say(grownUp.says())).isEqualTo(
                "kids aged 15 days to 60 days are all within the grown-up-kids group's over 14 days.");
    }

    @Test
    void theWithdrawalSentenceGivesBothPeriods_6_15_2() {
        Finding f = finding("6.15.2", "withdrawal", site("nomadic.site.treatment-to-marketing", "27", "d"),
                site("nomadic.site.withdrawal-period", "28", "d"));
        assertThat(EN.explain(f)).isEqualTo("The site: marketed 27 days after a treatment whose withdrawal period is "
                + "28 days: marketed before the period ended.");
        assertThat(ZH.say(f.says())).contains("27天").contains("28天").contains("休药期结束前");
    }

    @Test
    void theFirstMatingShareIsAPercentage_6_9_1_1() {
        Finding f = finding("6.9.1.1", "first-mating", group("class", "young-does"),
                site("nomadic.site.adult-doe-weight", "40", "kg"),
                on("goat-group", "g", "nomadic.goat-group.first-mating-weight", "25", "kg"));
        assertThat(EN.say(f.says())).isEqualTo("the lightest young doe weighed 62.5% of the average adult doe weight "
                + "at first mating, below 65%, and puberty was not attested.");
        assertThat(ZH.say(f.says())).contains("62.5%").contains("65%");
    }

    @Test
    void everyMatingRuleCallsTheRatioDoesPerBuck_6_9_1_2() {
        Finding f = finding("6.9.1.2", "does-per-buck", group("class", "mating-group"), group("does", 70),
                group("bucks", 1));
        assertThat(EN.say(f.says())).startsWith("does per buck is 70");
    }

    @Test
    void aShelterWithOtherGoatsSaysWhyTheUpperAreaDoesNotApply_6_2_2_1() {
        Finding f = finding("6.2.2.1", "space-upper", on("shelter", "s", "nomadic.shelter.adult-does", 40),
                on("shelter", "s", "nomadic.shelter.kids", 10),
                on("shelter", "s", "nomadic.shelter.floor-area", "80", "m2"));
        assertThat(EN.say(f.says())).contains("the shelter also houses other goats (kids housed in the shelter)");
        assertThat(ZH.say(f.says())).contains("（羊舍内羔羊数不为零）");
    }

    @Test
    void aHouseholdWithoutSupplementaryFeedIsNotJudgedOnIt_6_13_1_1() {
        Finding f = finding("6.13.1.1", "feed-complies", site("nomadic.site.purchased-feed-used", false),
                site("nomadic.site.home-made-feed-used", false));
        assertThat(EN.say(f.says())).isEqualTo(
                "not applicable (no supplementary feed, purchased or home-made, is used).");
    }

    @Test
    void theMoultWindowIsSaidInTheReadersLanguage_6_20_1() {
        Finding f = finding("6.20.1", "moulting-season",
                on("harvest-session", "s", "nomadic.harvest-session.date", "2026-07-01"));
        assertThat(EN.say(f.says())).isEqualTo("harvested on July 1, 2026, outside the moult of 15 March to 10 June, "
                + "and the goats were not attested to be moulting.");
        assertThat(ZH.say(f.says())).contains("3月15日至6月10日");
    }
}
