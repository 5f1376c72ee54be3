package org.pashm.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.housing.Housing.EN;
import static org.pashm.housing.Housing.finding;
import static org.pashm.housing.Housing.obs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evidence.RawObservation;
import org.pashm.text.Languages;
import org.pashm.text.Renderer;

/** The sentences the module's own rules say, read in English as a farmer reads them. */
class SentencesTest {

    private static final Renderer ZH = Languages.load(Housing.REGISTRY.providers()).exactly("zh-Hans");

    private static String says(String clause, String rule, RawObservation... o) {
        return EN.explain(finding(clause, rule, o));
    }

    private static String says(LocalDate day, String clause, String rule, RawObservation... o) {
        return EN.explain(finding(day, clause, rule, o));
    }

    @Test
    void earliestWeaning() {
        RawObservation kids = obs("housing.goat-group.role", "kids");
        RawObservation weaned = obs("housing.goat-group.weaned", true);
        assertThat(says("5.11.2", "earliest", kids, weaned, obs("housing.goat-group.weaning-age", "60", "d")))
                .isEqualTo("Goat group s1: the youngest kid was weaned at 60 days, at least 8 weeks (56 days).");
        assertThat(says("5.11.2", "earliest", kids, weaned, obs("housing.goat-group.weaning-weight", "16", "kg"),
                obs("housing.goat-group.adult-weight", "40", "kg")))
                .isEqualTo("Goat group s1: the lightest kid was weaned at 16 kg, 40 % of adult weight, at least 40 %.");
        assertThat(says("5.11.2", "earliest", kids, weaned, obs("housing.goat-group.weaning-age", "50", "d"),
                obs("housing.goat-group.weaning-weight", "17", "kg"), obs("housing.goat-group.adult-weight", "40", "kg")))
                .isEqualTo("Goat group s1: the lightest kid was weaned at 17 kg, 42.5 % of adult weight, at least "
                        + "40 %; the youngest kid was weaned at 50 days.");
        assertThat(says("5.11.2", "earliest", kids, weaned, obs("housing.goat-group.weaning-age", "50", "d"),
                obs("housing.goat-group.weaning-weight", "12", "kg"), obs("housing.goat-group.adult-weight", "40", "kg")))
                .isEqualTo("Goat group s1: the youngest kid was weaned at 50 days, before 8 weeks, and the lightest "
                        + "weighed 30 % of adult weight, below 40 %.");
        assertThat(says("5.11.2", "earliest", kids, weaned, obs("housing.goat-group.weaning-age", "50", "d")))
                .isEqualTo("Goat group s1: the youngest kid was weaned at 50 days, before 8 weeks, and the weaning "
                        + "weight or the adult weight was not observed, so it cannot be told whether it had reached "
                        + "40 % of adult weight.");
        assertThat(says("5.11.2", "earliest", kids, weaned, obs("housing.goat-group.weaning-weight", "12", "kg"),
                obs("housing.goat-group.adult-weight", "40", "kg")))
                .isEqualTo("Goat group s1: the lightest kid was weaned at 30 % of adult weight, below 40 %, and the "
                        + "weaning age was not observed, so it cannot be told whether it was 8 weeks old.");
        assertThat(says("5.11.2", "earliest", kids, weaned, obs("housing.goat-group.first-colostrum-time", "1", "h")))
                .isEqualTo("Goat group s1: neither the weaning age nor the weaning weight with the adult weight was "
                        + "observed, so this cannot be judged.");
    }

    @Test
    void completeDiets() {
        RawObservation does = obs("housing.goat-group.role", "unmated-does");
        assertThat(says("5.13.5", "optimal-roughage", does, obs("housing.goat-group.roughage-share", "60", "%")))
                .isEqualTo("Goat group s1: roughage share of the ration is 60%: concentrate to roughage 4:6 in whole "
                        + "tenths, the optimal.");
        assertThat(says("5.13.5", "optimal-roughage", does, obs("housing.goat-group.roughage-share", "70", "%")))
                .isEqualTo("Goat group s1: roughage share of the ration is 70%: concentrate to roughage 3:7 in whole "
                        + "tenths, not the optimal 4:6.");
        RawObservation kids = obs("housing.goat-group.role", "kids");
        assertThat(says("5.13.5", "kid-feeds", kids, obs("housing.goat-group.kid-feeds-per-day", "2"),
                obs("housing.goat-group.youngest-kid-age", "120", "d")))
                .isEqualTo("Goat group s1: not applicable (the cohort's youngest kid is 120 days old, older than "
                        + "the 3 months 5.13.5 speaks of).");
        assertThat(says("5.13.5", "kid-free-access", kids, obs("housing.goat-group.weaned", true)))
                .isEqualTo("Goat group s1: not applicable (the cohort is weaned and the age of its youngest kid was "
                        + "not given).");
    }

    @Test
    void drugsNotExpired() {
        assertThat(says(LocalDate.of(2026, 5, 20), "5.15.2.2", "no-expired-drugs",
                obs("housing.site.earliest-drug-expiry", "2026-05-19")))
                .isEqualTo("The site: a drug kept for use expired on May 19, 2026, before the assessment on May 20, "
                        + "2026.");
        assertThat(says(LocalDate.of(2026, 5, 20), "5.15.2.2", "no-expired-drugs",
                obs("housing.site.earliest-drug-expiry", "2026-05-20")))
                .isEqualTo("The site: the earliest expiry date of the drugs kept for use is May 20, 2026, not before "
                        + "the assessment on May 20, 2026.");
    }

    @Test
    void veterinariansOnlyOnLargeOrBreedingFarms() {
        assertThat(says("5.12.4", "staffed", obs("housing.site.large-scale", false),
                obs("housing.site.breeding-farm", false)))
                .isEqualTo("The site: not applicable (neither a large-scale farm nor a breeding farm).");
    }

    @Test
    void hoofRepairing() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertThat(EN.explain(Housing.findings(Housing.evaluate(day, List.of(
                RawObservation.of("housing.goat-group.class", "goat-group", "g1", "housing-does", null),
                RawObservation.of("housing.goat-group.last-hoof-repair", "goat-group", "g1", "2026-07-01", null))),
                "5.18.3", "interval").get(0)))
                .isEqualTo("Goat group g1: hooves were last repaired on July 1, 2026, more than 4 months before the "
                        + "assessment; housing-does need it every 4 months.");
        assertThat(EN.explain(Housing.findings(Housing.evaluate(day, List.of(
                RawObservation.of("housing.goat-group.class", "goat-group", "g1", "housing-bucks", null),
                RawObservation.of("housing.goat-group.last-hoof-repair", "goat-group", "g1", "2026-10-01", null))),
                "5.18.3", "interval").get(0)))
                .isEqualTo("Goat group g1: hooves were last repaired on October 1, 2026, within the 2 months that "
                        + "housing-bucks need.");
    }

    @Test
    void pregnantDoesAfterKidding() {
        RawObservation harvest = obs("housing.harvest-session.date", "2026-05-10");
        assertThat(says("5.19.1.3", "not-pregnant", harvest, obs("housing.harvest-session.latest-kidding-date",
                "2026-05-09"))).isEqualTo("Harvest session s1: the session began on May 10, 2026, after the does' "
                + "latest kidding on May 9, 2026.");
        assertThat(says("5.19.1.3", "not-pregnant", harvest, obs("housing.harvest-session.latest-kidding-date",
                "2026-06-01"))).isEqualTo("Harvest session s1: the session began on May 10, 2026, but a doe "
                + "harvested kidded (or is due) on June 1, 2026: her cashmere was collected before kidding.");
    }

    @Test
    void moultingSeason() {
        assertThat(says("5.20.1", "moulting-season", obs("housing.harvest-session.date", "2026-07-01"),
                obs("housing.harvest-session.goats-moulting", true)))
                .isEqualTo("Harvest session s1: harvested on July 1, 2026, outside mid-April to mid-June, while the "
                        + "goats were moulting (the moult varies from place to place).");
    }

    @Test
    void cleanedBeforeAndAfter() {
        RawObservation harvest = obs("housing.harvest-session.date", "2026-05-10");
        assertThat(says("5.21.4", "disinfected", harvest, obs("housing.harvest-session.pre-cleaning-date",
                "2026-05-09"), obs("housing.harvest-session.days-not-cleaned-after", "0")))
                .isEqualTo("Harvest session s1: the site was cleaned and disinfected on May 9, 2026, the day before "
                        + "the session, and after every day of collecting.");
        assertThat(says("5.21.4", "disinfected", harvest, obs("housing.harvest-session.pre-cleaning-date",
                "2026-05-09"), obs("housing.harvest-session.days-not-cleaned-after", "1")))
                .isEqualTo("Harvest session s1: the site was cleaned the day before the session, but 1 day of "
                        + "collecting was not followed by cleaning and disinfection.");
        assertThat(says("5.21.4", "disinfected", harvest, obs("housing.harvest-session.pre-cleaning-date",
                "2026-05-09"), obs("housing.harvest-session.days-not-cleaned-after", "2")))
                .contains("but 2 days of collecting were not followed");
        assertThat(says("5.21.4", "disinfected", harvest, obs("housing.harvest-session.pre-cleaning-date",
                "2026-05-07"), obs("housing.harvest-session.days-not-cleaned-after", "0")))
                .isEqualTo("Harvest session s1: the site was last cleaned and disinfected on May 7, 2026 before the "
                        + "session that began on May 10, 2026, not on the day before (May 9, 2026).");
    }

    @Test
    void shearingStudBucksAndPregnantDoes() {
        RawObservation shorn = obs("housing.harvest-session.method", "shearing");
        assertThat(says("5.25.2", "no-three-legs-or-stepping", shorn,
                obs("housing.harvest-session.legs-tied-stud-or-pregnant", "3")))
                .isEqualTo("Harvest session s1: a stud buck or pregnant doe had three legs tied, which is not allowed.");
        assertThat(says("5.25.2", "no-three-legs-or-stepping", shorn,
                obs("housing.harvest-session.legs-tied-stud-or-pregnant", "2"),
                obs("housing.harvest-session.stud-or-pregnant-stepped-on", true)))
                .isEqualTo("Harvest session s1: a stud buck or pregnant doe was stepped on, which is not allowed.");
        assertThat(says("5.25.2", "no-three-legs-or-stepping", shorn,
                obs("housing.harvest-session.legs-tied-stud-or-pregnant", "2"),
                obs("housing.harvest-session.stud-or-pregnant-stepped-on", false)))
                .isEqualTo("Harvest session s1: the most legs tied on a stud buck or pregnant doe was 2, not three, "
                        + "and none was stepped on.");
    }

    @Test
    void shelterUpperFiguresAndTroughs() {
        assertThat(says("5.2.2.1", "planned-to-herd", obs("housing.shelter.floor-area", "100", "m2"),
                obs("housing.shelter.kids", "10"), obs("housing.shelter.adult-does", "10")))
                .isEqualTo("Shelter s1: not applicable (the shelter houses kids, for whom 5.2.2.1 gives no upper "
                        + "figure).");
        assertThat(says("5.2.4.1.1", "trough-per-goat", obs("housing.shelter.adult-does", "0"),
                obs("housing.shelter.adult-bucks", "0")))
                .isEqualTo("Shelter s1: not applicable (the shelter houses no adult does or bucks, the only goats "
                        + "5.2.4.1.1 gives trough lengths for).");
    }

    /** The same sentences in Simplified Chinese, with ICU's Chinese dates, periods and units. */
    @Test
    void inChinese() {
        RawObservation harvest = obs("housing.harvest-session.date", "2026-05-10");
        assertThat(ZH.explain(finding("5.21.4", "disinfected", harvest,
                obs("housing.harvest-session.pre-cleaning-date", "2026-05-09"),
                obs("housing.harvest-session.days-not-cleaned-after", "2"))))
                .endsWith("采绒场地在采绒前一天已清扫，但有2个采绒日之后未进行清扫消毒。");
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertThat(ZH.explain(Housing.findings(Housing.evaluate(day, List.of(
                RawObservation.of("housing.goat-group.class", "goat-group", "g1", "housing-does", null),
                RawObservation.of("housing.goat-group.last-hoof-repair", "goat-group", "g1", "2026-07-01", null))),
                "5.18.3", "interval").get(0)))
                .endsWith("最近一次修蹄在2026年7月1日，距评估已超过4个月；舍饲母羊需每4个月修蹄一次。");
        RawObservation kids = obs("housing.goat-group.role", "kids");
        assertThat(ZH.explain(finding("5.11.2", "earliest", kids, obs("housing.goat-group.weaned", true),
                obs("housing.goat-group.weaning-age", "50", "d"), obs("housing.goat-group.weaning-weight", "17", "kg"),
                obs("housing.goat-group.adult-weight", "40", "kg"))))
                .endsWith("体重最轻的羔羊断奶时为17 kg，达到成年体重的42.5 %，不低于40 %；最小的羔羊断奶时为50天。");
        assertThat(ZH.explain(finding("5.13.5", "optimal-roughage", obs("housing.goat-group.role", "unmated-does"),
                obs("housing.goat-group.roughage-share", "70", "%"))))
                .endsWith("日粮中粗饲料比例为70%：精粗比按整成计为3:7，不是最佳的4:6。");
        assertThat(ZH.explain(finding("5.20.1", "moulting-season", obs("housing.harvest-session.date", "2026-07-01"),
                obs("housing.harvest-session.goats-moulting", true)))).contains("4月中旬至6月中旬", "脱绒期因地而异");
    }
}
