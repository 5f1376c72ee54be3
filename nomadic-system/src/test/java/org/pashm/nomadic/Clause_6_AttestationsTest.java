package org.pashm.nomadic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.Strength;
import org.pashm.core.testkit.ModuleTests;

/**
 * Every statement of clause 6 that is judged from an auditor's attestation, as data written from the draft's
 * wording: its clause, rule, subject kind, evidence code, strength, and whether the code names a statement that should
 * hold or a practice that should not be found. A statement attested "yes" conforms and "no" does not; a practice found
 * "no" conforms and "yes" is a breach; a breach of advice is an observation, never a nonconformity; without the
 * attestation the rule is not assessed. A test checks that the table lists every attestation rule of the module, so a
 * new one needs a row (and a reading of its clause) before the build passes.
 */
class Clause_6_AttestationsTest {

    /** {@code practice}: the code names something that should not be found ("motorcycles are used"). */
    record Row(String clause, String rule, String kind, String code, Strength strength, boolean practice) {
        @Override
        public String toString() {
            return clause + " " + rule;
        }
    }

    /** "shall": a statement that is required to hold. */
    private static Row shall(String clause, String rule, String kind, String code) {
        return new Row(clause, rule, kind, code, Strength.REQUIREMENT, false);
    }

    /** "should", "may", "the best time is": a statement that is advised. */
    private static Row should(String clause, String rule, String kind, String code) {
        return new Row(clause, rule, kind, code, Strength.ADVICE, false);
    }

    /** "shall not", "is prohibited": a practice that is not allowed. */
    private static Row never(String clause, String rule, String kind, String code) {
        return new Row(clause, rule, kind, code, Strength.PROHIBITION, true);
    }

    /** "is not advisable": a practice advised against. */
    private static Row discouraged(String clause, String rule, String kind, String code) {
        return new Row(clause, rule, kind, code, Strength.ADVICE, true);
    }

    static final List<Row> ROWS = List.of(
            shall("6.1.1", "protects", "shelter", "nomadic.shelter.protects-from-climate"),
            shall("6.1.2", "sited", "shelter", "nomadic.shelter.sited-for-sun-and-shelter"),
            shall("6.1.3", "watering-points", "shelter", "nomadic.shelter.has-watering-points"),
            shall("6.1.3", "grazing-area", "shelter", "nomadic.shelter.has-grazing-area"),
            shall("6.1.3", "feeding-area", "shelter", "nomadic.shelter.has-feeding-area"),
            shall("6.1.3", "feed-storage", "shelter", "nomadic.shelter.has-hay-and-feed-storage"),
            shall("6.1.3", "kidding-quarters", "shelter", "nomadic.shelter.has-kidding-quarters"),
            shall("6.1.3", "kid-pens", "shelter", "nomadic.shelter.has-kid-pens"),
            shall("6.1.4", "local-materials", "shelter", "nomadic.shelter.local-natural-materials"),
            shall("6.2.1.1", "natural-resting-place", "shelter", "nomadic.shelter.natural-resting-place"),
            shall("6.2.1.2", "elevated", "shelter", "nomadic.shelter.elevated-site"),
            // 6.2.1.3 is an item of 6.2.1's list of "shall" statements: "Accessible to clean drinking water".
            shall("6.2.1.3", "clean-water", "shelter", "nomadic.shelter.clean-water-access"),
            shall("6.2.1.4", "nursing-sheds", "site", "nomadic.site.nursing-shed-per-age-group"),
            shall("6.2.1.5", "doors", "shelter", "nomadic.shelter.doors-ventilate"),
            shall("6.2.1.7", "feeds-separate", "site", "nomadic.site.feeds-kept-separately"),
            shall("6.2.1.7", "water-containers", "site", "nomadic.site.water-in-goat-containers"),
            shall("6.2.2.1", "laid-out", "shelter", "nomadic.shelter.laid-out-by-sex-and-status"),
            shall("6.2.2.2", "wooden-fences", "kids-shed", "nomadic.kids-shed.wooden-fences"),
            shall("6.2.2.3.1", "kidding-pen-feeders", "kidding-pen", "nomadic.kidding-pen.feeders-installed"),
            shall("6.2.2.3.1", "kids-shed-feeders", "kids-shed", "nomadic.kids-shed.feeders-installed"),
            shall("6.2.2.3.1", "hay-feeder-grated", "feeder", "nomadic.feeder.grated"),
            shall("6.2.3", "inside-shelter", "kidding-pen", "nomadic.kidding-pen.inside-shelter"),
            shall("6.3.2", "drop-curtains", "shelter", "nomadic.shelter.drop-curtains"),
            shall("6.3.3", "daylight", "shelter", "nomadic.shelter.daylight-design"),
            shall("6.3.4", "safe", "shelter", "nomadic.shelter.safe-from-weather-and-predators"),
            shall("6.4.1", "surroundings-clean", "site", "nomadic.site.surroundings-clean"),
            shall("6.4.2", "reused", "site", "nomadic.site.used-bedding-reused"),
            shall("6.4.3", "waste-point", "shelter", "nomadic.shelter.waste-collection-point"),
            shall("6.4.4", "carcasses", "site", "nomadic.site.carcasses-disposed-under-guidance"),
            shall("6.5.1", "kid-grazing", "shelter", "nomadic.shelter.kid-grazing-area"),
            shall("6.5.1", "sunbathing-area", "shelter", "nomadic.shelter.sunbathing-area"),
            shall("6.5.2", "natural-light", "shelter", "nomadic.shelter.natural-light-used"),
            shall("6.8", "training", "site", "nomadic.site.herder-training"),
            shall("6.9.1.3", "penned-before-kidding", "site", "nomadic.site.does-penned-before-kidding"),
            shall("6.9.1.4", "attended", "site", "nomadic.site.kidding-attended"),
            shall("6.10.1", "rejecting-does", "site", "nomadic.site.rejecting-does-penned"),
            shall("6.10.2", "examined", "site", "nomadic.site.kids-examined-when-regrouped"),
            shall("6.10.2.1", "with-mothers", "goat-group", "nomadic.goat-group.kept-with-mothers"),
            shall("6.10.2.1", "soft-hay", "goat-group", "nomadic.goat-group.soft-hay-on-ropes"),
            shall("6.10.2.1", "milk-supervised", "goat-group", "nomadic.goat-group.milk-supervised"),
            shall("6.10.2.2", "together-at-night", "goat-group", "nomadic.goat-group.together-at-night"),
            shall("6.10.2.3", "hay-supplemented", "goat-group", "nomadic.goat-group.hay-supplemented"),
            shall("6.10.2.3", "hay-accessible", "goat-group", "nomadic.goat-group.hay-hung-accessible"),
            // "It is important for hay to be hung on ropes": no "shall", so advice.
            should("6.10.2.3", "hay-on-ropes", "goat-group", "nomadic.goat-group.hay-on-ropes"),
            // "no weaning is advisable": weaning found is advice not followed, never a nonconformity.
            discouraged("6.11.1", "no-weaning", "site", "nomadic.site.kids-weaned"),
            // "kids may be weaned after 150 days ... provided that it doesnt discomfort kids before cold seasons".
            should("6.11.2", "before-cold", "goat-group", "nomadic.goat-group.weaned-without-cold-stress"),
            shall("6.11.3", "mixed-groups", "goat-group", "nomadic.goat-group.mixed-sexes"),
            shall("6.12.1.1", "traditional-skills", "site", "nomadic.site.traditional-herding-skills"),
            // "herders and assistant herders may receive additional training".
            should("6.12.1.2", "additional-training", "site", "nomadic.site.additional-training"),
            shall("6.12.1.3", "labour-law", "site", "nomadic.site.labour-law-complied"),
            shall("6.12.1.3", "monitoring", "site", "nomadic.site.staff-monitoring"),
            shall("6.13.1.1", "feed-complies", "site", "nomadic.site.feed-complies"),
            // "The use of animal-derived feed and feeds containing antibiotics shall be prohibited."
            never("6.13.1.1", "animal-derived-feed", "site", "nomadic.site.animal-derived-feed-used"),
            never("6.13.1.1", "antibiotic-feed", "site", "nomadic.site.antibiotic-feed-used"),
            shall("6.13.1.2", "formulas-kept", "site", "nomadic.site.purchased-feed-formulas-kept"),
            shall("6.13.1.2", "home-made-recorded", "site", "nomadic.site.home-made-feed-recorded"),
            shall("6.14.1.1", "year-round", "site", "nomadic.site.year-round-water"),
            shall("6.14.1.1", "quality", "site", "nomadic.site.water-quality-meets-national-standard"),
            shall("6.14.1.2", "risks-assessed", "site", "nomadic.site.water-risks-assessed"),
            shall("6.14.1.2", "wells", "site", "nomadic.site.water-facilities"),
            shall("6.14.1.3", "small-groups", "site", "nomadic.site.watered-in-small-groups"),
            shall("6.14.1.4", "emergency", "site", "nomadic.site.emergency-water-supply"),
            shall("6.15.1", "disease-prevention", "site", "nomadic.site.disease-prevention-measures"),
            shall("6.15.1", "residue-control", "site", "nomadic.site.drug-residue-control"),
            shall("6.15.1", "biosafe-treatment", "site", "nomadic.site.biosafe-treatment"),
            shall("6.15.2", "drugs-comply", "site", "nomadic.site.veterinary-drugs-comply"),
            shall("6.15.2", "health-book", "site", "nomadic.site.drug-use-recorded"),
            shall("6.15.3", "fmd", "site", "nomadic.site.vaccinated-against-fmd"),
            shall("6.15.3", "goat-pox", "site", "nomadic.site.vaccinated-against-goat-pox"),
            shall("6.15.3", "anthrax", "site", "nomadic.site.vaccinated-against-anthrax"),
            shall("6.15.3", "brucellosis", "site", "nomadic.site.vaccinated-against-brucellosis"),
            shall("6.15.3", "tuberculosis", "site", "nomadic.site.vaccinated-against-tuberculosis"),
            shall("6.15.3", "ppr", "site", "nomadic.site.vaccinated-against-ppr"),
            shall("6.15.4", "illness-reported", "site", "nomadic.site.illness-reported"),
            shall("6.16.1", "forage-water-minerals", "rangeland", "nomadic.rangeland.forage-water-minerals"),
            shall("6.16.2", "user-group", "site", "nomadic.site.user-group-member"),
            shall("6.16.2", "grazing-agreement", "site", "nomadic.site.grazing-agreement"),
            shall("6.16.3", "hay-making-area", "site", "nomadic.site.hay-making-area"),
            shall("6.16.3", "hay-reserve", "site", "nomadic.site.winter-spring-hay-reserve"),
            // "Motorcycles or vehicles shall not be used when tending goats on rangelands".
            never("6.16.5", "motorcycles", "site", "nomadic.site.motorcycles-used"),
            shall("6.17.1", "summer-dung", "site", "nomadic.site.summer-dung-removed"),
            shall("6.17.2", "compressed-dung", "shelter", "nomadic.shelter.compressed-dung-removed"),
            shall("6.17.3", "biothermal", "site", "nomadic.site.manure-biothermally-sterilised"),
            shall("6.18.2", "minerals", "site", "nomadic.site.salt-and-minerals-provided"),
            shall("6.19.1.2", "gentle", "harvest-session", "nomadic.harvest-session.gentle-handling"),
            shall("6.19.1.2", "restrained", "harvest-session", "nomadic.harvest-session.properly-restrained"),
            // "goats should be combed in this order"; the tied legs of the same paragraph are a "shall".
            should("6.19.1.3", "order", "harvest-session", "nomadic.harvest-session.combing-order"),
            shall("6.19.1.3", "hind-leg-free", "harvest-session", "nomadic.harvest-session.hind-leg-free"),
            shall("6.19.1.4", "skin-care", "harvest-session", "nomadic.harvest-session.skin-care"),
            shall("6.19.1.5", "treated", "harvest-session", "nomadic.harvest-session.injuries-treated"),
            shall("6.19.1.6", "kept-warm", "harvest-session", "nomadic.harvest-session.kept-warm"),
            // "The best time to harvest cashmere is when ...": no "shall", so advice.
            should("6.20.2", "best-time", "harvest-session", "nomadic.harvest-session.moult-started"),
            shall("6.20.3", "warm-stable", "harvest-session", "nomadic.harvest-session.warm-stable-weather"),
            shall("6.20.3", "suspended-in-extremes", "harvest-session",
                    "nomadic.harvest-session.suspended-in-extreme-weather"),
            shall("6.21.1", "spacious-quiet", "harvest-session", "nomadic.harvest-session.spacious-quiet-area"),
            shall("6.21.2", "dedicated-shed", "harvest-session", "nomadic.harvest-session.dedicated-shed"),
            shall("6.21.3", "clean-level", "harvest-session", "nomadic.harvest-session.clean-level-ground"),
            shall("6.21.4", "contaminants-removed", "harvest-session", "nomadic.harvest-session.contaminants-removed"),
            shall("6.22.1", "combers-trained", "harvest-session", "nomadic.harvest-session.combers-trained"),
            shall("6.22.2", "graders-present", "harvest-session", "nomadic.harvest-session.graders-present"),
            shall("6.23.1", "cashmere-combs", "harvest-session", "nomadic.harvest-session.cashmere-combs"),
            shall("6.23.2", "tips-checked", "harvest-session", "nomadic.harvest-session.comb-tips-checked"),
            shall("6.23.2", "prongs-rounded", "harvest-session", "nomadic.harvest-session.comb-prongs-rounded"),
            // "three legs shall be fastened but shall not be too tight".
            never("6.24.2", "too-tight", "harvest-session", "nomadic.harvest-session.legs-tied-too-tight"),
            shall("6.24.3", "same-side", "harvest-session", "nomadic.harvest-session.same-side"),
            shall("6.24.4", "watched", "harvest-session", "nomadic.harvest-session.condition-watched"),
            shall("6.24.4", "halted", "harvest-session", "nomadic.harvest-session.halted-on-discomfort"),
            shall("6.24.5", "tips-cleaned", "harvest-session", "nomadic.harvest-session.fibre-tips-cleaned"),
            shall("6.24.6", "skilful", "harvest-session", "nomadic.harvest-session.skilful-combing"),
            shall("6.24.7", "from-head", "harvest-session", "nomadic.harvest-session.combed-from-head"),
            shall("6.24.8", "fine-comb", "harvest-session", "nomadic.harvest-session.fine-comb-against-fibre"),
            // "Yanking or excessive pulling is prohibited"; the gentle strokes before it are a "shall".
            never("6.24.10", "yanking", "harvest-session", "nomadic.harvest-session.yanking"),
            shall("6.24.10", "gentle-strokes", "harvest-session", "nomadic.harvest-session.gentle-strokes"),
            shall("6.24.11", "released", "harvest-session", "nomadic.harvest-session.released-promptly"));

    static Stream<Arguments> rows() {
        return ROWS.stream().map(Arguments::of);
    }

    private static List<RawObservation> attestation(Row row, Boolean value) {
        List<RawObservation> raw = new ArrayList<>();
        if (value == null) {
            return raw;
        }
        if (row.kind().equals("site")) {
            raw.add(RawObservation.of(row.code(), null, null, value, null));
            return raw;
        }
        raw.add(RawObservation.of(row.code(), row.kind(), "s1", value, null));
        if (row.kind().equals("feeder")) {
            // A feeder's rules wait for its type (6.2.2.3.1); the only attested feeder rule is the hay feeder's grate.
            raw.add(RawObservation.of("nomadic.feeder.type", "feeder", "s1", "hay-feeder", null));
        }
        return raw;
    }

    private static Outcome attest(Row row, Boolean value) {
        var report = Nomadic.evaluate(Nomadic.DAY, attestation(row, value));
        var found = Nomadic.findings(report, row.clause(), row.rule());
        assertThat(found).as(row.toString()).hasSize(1);
        return found.get(0).outcome();
    }

    @ParameterizedTest(name = "{0}: yes, no and nothing attested")
    @MethodSource("rows")
    void attestedStatement(Row row) {
        Outcome whenBreached = row.strength() == Strength.ADVICE ? Outcome.OBSERVATION : Outcome.NONCONFORMITY;
        assertThat(attest(row, true)).isEqualTo(row.practice() ? whenBreached : Outcome.CONFORMS);
        assertThat(attest(row, false)).isEqualTo(row.practice() ? Outcome.CONFORMS : whenBreached);
        assertThat(attest(row, null)).isEqualTo(Outcome.NOT_ASSESSED);
    }

    @Test
    void theTableListsEveryAttestationRuleOfTheModule() {
        TreeSet<String> declared = new TreeSet<>();
        for (var clause : ModuleTests.clausesOf(Nomadic.REGISTRY, "org.pashm.nomadic")) {
            for (var rule : clause.rules()) {
                if (rule.method() == Method.ATTESTATION) {
                    // The judged code is the one the rule reads that is not one of its applicability conditions.
                    Set<String> judged = new HashSet<>(rule.reads());
                    if (rule.applicability() != null) {
                        judged.removeAll(rule.applicability().reads());
                    }
                    declared.add(clause.number() + " " + rule.id() + " " + rule.subjectKind().name() + " " + judged
                            + " " + rule.strength());
                }
            }
        }
        TreeSet<String> tabled = new TreeSet<>();
        ROWS.forEach(r -> tabled.add(
                r.clause() + " " + r.rule() + " " + r.kind() + " " + Set.of(r.code()) + " " + r.strength()));
        assertThat(tabled).isEqualTo(declared);
    }
}
