package org.pashm.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Relation;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.internal.Iso22786General;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.evidence.Range;
import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.Participants;
import org.pashm.core.record.RecordField;
import org.pashm.core.record.RecordKind;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.standard.Strength;
import org.pashm.core.standard.Wording;

/**
 * Each of {@link RegistryChecks}, one nested class per check: a module with exactly that fault is refused with
 * exactly that problem, naming the module, and the neighbouring cases that are not that fault still load. Every case
 * goes through {@link Registry#of}, so a check that is removed from {@link RegistryChecks#ALL} fails its class.
 *
 * <p>The modules under test load beside core's ISO 22786 module and {@link Fixture} (housing clauses 5.3.2, 5.3.3,
 * 5.25.7, nomadic 6.16.5, headings 5 and 6, and their evidence codes).
 */
class RegistryChecksTest {

    static final StandardRef OWN = StandardRef.of("own-code", "1");
    static final String FIXTURE = "org.pashm.core (" + Fixture.class.getName() + ")";

    /** A module that contributes only what a test gives it, under a name the test chooses. */
    static final class Mod implements StandardModule {
        private final String name;
        final List<Standard> standards = new ArrayList<>();
        final List<EvidenceCode> codes = new ArrayList<>();
        final List<Clause> clauses = new ArrayList<>();
        final List<Heading> headings = new ArrayList<>();
        final List<Duty> duties = new ArrayList<>();
        final List<Crosswalk> crosswalks = new ArrayList<>();
        final List<Certification> certifications = new ArrayList<>();
        final List<RecordKind> recordKinds = new ArrayList<>();

        Mod(String name) {
            this.name = name;
        }

        /** How problems name this module. */
        String label() {
            return name + " (" + Mod.class.getName() + ")";
        }

        Mod standard(Standard... s) {
            standards.addAll(Arrays.asList(s));
            return this;
        }

        Mod codes(EvidenceCode... c) {
            codes.addAll(Arrays.asList(c));
            return this;
        }

        Mod clauses(Clause... c) {
            clauses.addAll(Arrays.asList(c));
            return this;
        }

        Mod headings(Heading... h) {
            headings.addAll(Arrays.asList(h));
            return this;
        }

        Mod duties(Duty... d) {
            duties.addAll(Arrays.asList(d));
            return this;
        }

        Mod crosswalks(Crosswalk... x) {
            crosswalks.addAll(Arrays.asList(x));
            return this;
        }

        Mod certifications(Certification... c) {
            certifications.addAll(Arrays.asList(c));
            return this;
        }

        Mod recordKinds(RecordKind... k) {
            recordKinds.addAll(Arrays.asList(k));
            return this;
        }

        @Override
        public List<RecordKind> recordKinds() {
            return recordKinds;
        }

        @Override
        public List<Standard> standards() {
            return standards;
        }

        @Override
        public List<EvidenceCode> vocabulary() {
            return codes;
        }

        @Override
        public List<Clause> clauses() {
            return clauses;
        }

        @Override
        public List<Heading> headings() {
            return headings;
        }

        @Override
        public List<Duty> duties() {
            return duties;
        }

        @Override
        public List<Crosswalk> crosswalks() {
            return crosswalks;
        }

        @Override
        public List<Certification> certifications() {
            return certifications;
        }

        @Override
        public String name() {
            return name;
        }
    }

    static Registry load(StandardModule... more) {
        List<StandardModule> all = new ArrayList<>(List.of(new Iso22786General(), new Fixture()));
        all.addAll(List.of(more));
        return Registry.of(all);
    }

    static List<String> problems(StandardModule... more) {
        RegistryException e = org.junit.jupiter.api.Assertions.assertThrows(RegistryException.class, () -> load(more));
        return e.problems();
    }

    static void loads(StandardModule... more) {
        Executable load = () -> load(more);
        assertThatCode(load::execute).doesNotThrowAnyException();
    }

    static Standard standard(StandardRef ref) {
        return new Standard(ref, "Own code", LocalDate.of(2026, 1, 1), Iso22786.DECISION_RULE);
    }

    /** A valid housing requirement serving one freedom, to which a test adds what it needs. */
    static Clause.Builder clause(StandardRef ref, String number) {
        return Clause.of(ref, number, "t").requirement().housing().freedoms(Freedom.DISCOMFORT).summary("s");
    }

    static Duty duty(StandardRef ref, String id, SubjectKind kind, Recurrence recurrence, String... clauses) {
        return new Duty(id, ref, Arrays.stream(clauses).map(ClauseNumber::of).toList(), "Do it", "Do it.", kind,
                Set.of(ProductionSystem.values()), recurrence);
    }

    static Recurrence every(Period p) {
        return new Recurrence.Every(p);
    }

    /** A module defining {@link #OWN} with clause 1, which loads. */
    static Mod own(String name) {
        return new Mod(name).standard(standard(OWN)).clauses(clause(OWN, "1").build());
    }

    @Test
    void everyCheckHasItsOwnNestedTestClassHere() {
        List<String> nested = Arrays.stream(RegistryChecksTest.class.getDeclaredClasses())
                .filter(c -> c.isAnnotationPresent(Nested.class)).map(Class::getSimpleName).toList();
        assertThat(RegistryChecks.ALL).extracting(RegistryChecks.Check::name).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(nested).as("a @Nested class for " + name)
                        .contains(Character.toUpperCase(name.charAt(0)) + name.substring(1)));
    }

    @Test
    void theShippedModulesPassEveryCheck() {
        assertThat(RegistryChecks.all(Contributions.of(List.of(new Iso22786General(), new Fixture())))).isEmpty();
    }

    @Test
    void everyProblemOfEveryModuleIsReportedInOneLoadCheckByCheck() {
        Mod a = new Mod("a.module").clauses(clause(StandardRef.of("nobody", "1"), "1").build(),
                Clause.of(DIS_2025, "5.90", "t").requirement().housing().summary("s").build());
        Mod b = new Mod("b.module").codes(Fixture.AMMONIA);
        assertThat(problems(a, b)).containsExactly(
                b.label() + ": evidence code fixture.shelter.ammonia is already defined by " + FIXTURE,
                a.label() + ": clause 1 of nobody/1 belongs to a standard no module defines",
                a.label() + ": clause 5.90 of iso-22786/DIS-2025 serves none of the five freedoms");
    }

    // ---- modules -------------------------------------------------------------------------------------------

    @Nested
    class ModulesListTheirContributions {

        /** Defines {@link #OWN} but throws while listing its clauses. */
        final class Throwing extends StandardModuleBase {
            private final RuntimeException thrown;

            Throwing(RuntimeException thrown) {
                this.thrown = thrown;
            }

            @Override
            public List<Standard> standards() {
                return List.of(standard(OWN));
            }

            @Override
            public List<Clause> clauses() {
                throw thrown;
            }
        }

        String where() {
            return "thrower (" + Throwing.class.getName() + ") from "
                    + Throwing.class.getProtectionDomain().getCodeSource().getLocation();
        }

        @Test
        void aModuleThatThrowsIsNamedWithItsJarAndWhatItThrew() {
            assertThat(problems(new Throwing(new IllegalStateException("clause 1 has no summary"))))
                    .containsExactly(where() + ": failed while listing its contributions: "
                            + "java.lang.IllegalStateException: clause 1 has no summary");
        }

        @Test
        void itContributesNothingNotEvenWhatItListedBeforeItThrew() {
            // Its standard is not kept: a module of clauses for that standard is refused as well.
            assertThat(problems(new Throwing(new IllegalArgumentException("bad")),
                    new Mod("user").clauses(clause(OWN, "2").build()))).containsExactly(
                    where() + ": failed while listing its contributions: java.lang.IllegalArgumentException: bad",
                    new Mod("user").label() + ": clause 2 of own-code/1 belongs to a standard no module defines");
        }
    }

    /** A module with every list empty and a name of its own; tests override what they need. */
    abstract static class StandardModuleBase implements StandardModule {
        @Override
        public List<Clause> clauses() {
            return List.of();
        }

        @Override
        public String name() {
            return "thrower";
        }
    }

    @Nested
    class StandardsAreDefinedOnce {

        @Test
        void aSecondDefinitionIsRefusedNamingTheFirstModule() {
            Mod first = own("first.module");
            Mod second = new Mod("second.module").standard(standard(OWN));
            assertThat(problems(first, second)).containsExactly(second.label() + ": standard own-code/1 is already "
                    + "defined by " + first.label());
        }

        @Test
        void oneModuleListingItTwiceIsRefusedToo() {
            Mod m = own("one.module").standard(standard(OWN));
            assertThat(problems(m)).containsExactly(m.label() + ": standard own-code/1 is already defined by "
                    + m.label());
        }

        @Test
        void anotherEditionOfTheSameStandardIsAnotherStandard() {
            StandardRef second = StandardRef.of("own-code", "2");
            loads(own("one.module").standard(standard(second)).clauses(clause(second, "1").build()));
        }
    }

    @Nested
    class EvidenceCodesAreDefinedOnce {

        @Test
        void aCodeAnotherModuleDefinesIsRefusedNamingThatModule() {
            Mod m = new Mod("again").codes(Fixture.AMMONIA);
            assertThat(problems(m)).containsExactly(m.label() + ": evidence code fixture.shelter.ammonia is already "
                    + "defined by " + FIXTURE);
        }

        @Test
        void theSameCodeNameWithAnotherDefinitionIsStillTheSameCode() {
            Mod m = new Mod("again").codes(EvidenceCode.count("fixture.shelter.ammonia", "other", 0, 1, "Other.",
                    SubjectKind.SITE));
            assertThat(problems(m)).singleElement().asString().contains("fixture.shelter.ammonia is already defined");
        }

        @Test
        void aCodeOfItsOwnLoads() {
            loads(new Mod("own.codes").codes(EvidenceCode.count("own.shelter.doors", "doors", 0, 9, "Doors.",
                    SubjectKind.SHELTER)));
        }
    }

    // ---- clauses and their rules ---------------------------------------------------------------------------

    @Nested
    class ClausesBelongToADefinedStandard {

        @Test
        void aClauseOfAStandardNobodyDefinesIsRefused() {
            Mod m = new Mod("orphans").clauses(clause(StandardRef.of("nobody", "1"), "1").build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 1 of nobody/1 belongs to a standard no "
                    + "module defines");
        }

        @Test
        void theEditionMattersNotOnlyTheId() {
            Mod m = new Mod("orphans").clauses(clause(StandardRef.of("iso-22786", "FDIS-2026"), "5.3.3").build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 5.3.3 of iso-22786/FDIS-2026 belongs to a "
                    + "standard no module defines");
        }

        @Test
        void aClauseOfAStandardAnotherModuleDefinesLoads() {
            loads(new Mod("extra").clauses(clause(DIS_2025, "5.90").build()));
        }
    }

    @Nested
    class DuplicateClauseNumbers {

        @Test
        void aNumberAnotherModuleUsesIsRefusedNamingBothModules() {
            Mod m = new Mod("dup").clauses(clause(DIS_2025, "5.3.3").build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 5.3.3 of iso-22786/DIS-2025 is already "
                    + "defined by " + FIXTURE);
        }

        @Test
        void aNumberUsedTwiceInOneModuleIsRefused() {
            Mod m = own("dup").clauses(clause(OWN, "1").build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 1 of own-code/1 is already defined by "
                    + m.label());
        }

        @Test
        void theSameNumberInAnotherStandardOrANeighbouringNumberLoads() {
            // 5.3.3 in the own code, and 5.3.30 and 5.3 (a number, not a heading, here) in ISO 22786.
            loads(own("near").clauses(clause(OWN, "5.3.3").build(), clause(DIS_2025, "5.3.30").build(),
                    clause(DIS_2025, "5.3").build()));
        }
    }

    @Nested
    class ClausesServeAFreedom {

        @Test
        void anIsoClauseServingNoFreedomIsRefused() {
            Mod m = new Mod("pay").clauses(Clause.of(DIS_2025, "5.96", "Pay").requirement().housing().summary("s")
                    .build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 5.96 of iso-22786/DIS-2025 serves none of "
                    + "the five freedoms");
        }

        @Test
        void oneFreedomIsEnough() {
            loads(new Mod("one").clauses(Clause.of(DIS_2025, "5.96", "t").requirement().housing()
                    .freedoms(Freedom.HUNGER_THIRST).summary("s").build()));
        }

        @Test
        void aStandardCoveringMoreThanAnimalsMayHaveClausesServingNone() {
            loads(new Mod("people").standard(standard(OWN).coveringMoreThanAnimals())
                    .clauses(Clause.of(OWN, "1", "Pay").requirement().housing().summary("s").build()));
        }
    }

    @Nested
    class ClausesApplyToAProductionSystem {

        @Test
        void aClauseApplyingToNeitherSystemIsRefused() {
            Mod m = new Mod("nowhere").clauses(Clause.of(DIS_2025, "5.95", "t").requirement()
                    .freedoms(Freedom.DISCOMFORT).summary("s").build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 5.95 of iso-22786/DIS-2025 applies to no "
                    + "production system");
        }

        @Test
        void oneSystemIsEnough() {
            loads(new Mod("nomadic").clauses(Clause.of(DIS_2025, "6.95", "t").requirement().nomadic()
                    .freedoms(Freedom.DISCOMFORT).summary("s").build()));
        }
    }

    @Nested
    class RuleIdsAreUniqueInTheirClause {

        @Test
        void anIdUsedTwiceOrThriceInOneClauseIsRefusedOnce() {
            Value.Quantity one = Value.Quantity.of("1", "mg/m3");
            Mod m = new Mod("twice").clauses(clause(DIS_2025, "5.94").rule(Rules.atMost("x", Fixture.AMMONIA, one))
                    .rule(Rules.atMost("x", Fixture.AMMONIA, one)).rule(Rules.atLeast("x", Fixture.AMMONIA, one))
                    .build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 5.94 of iso-22786/DIS-2025: rule 'x' "
                    + "appears twice");
        }

        @Test
        void theSameIdInAnotherClauseLoads() {
            // Fixture's 5.3.3 has a rule 'ammonia' already.
            loads(new Mod("other").clauses(clause(DIS_2025, "5.94")
                    .rule(Rules.atMost("ammonia", Fixture.AMMONIA, Value.Quantity.of("1", "mg/m3"))).build()));
        }
    }

    @Nested
    class RulesAreNoStrongerThanTheirClause {

        static Clause.Builder advice(String number) {
            return Clause.of(DIS_2025, number, "t").advice().housing().freedoms(Freedom.DISCOMFORT).summary("s");
        }

        @Test
        void aRequirementOrProhibitionInsideAnAdviceClauseIsRefused() {
            Value.Quantity one = Value.Quantity.of("1", "mg/m3");
            Mod m = new Mod("strong").clauses(advice("5.97")
                    .rule(Rules.atMost("a", Fixture.AMMONIA, one).strength(Strength.REQUIREMENT))
                    .rule(Rules.atMost("b", Fixture.AMMONIA, one).strength(Strength.PROHIBITION)).build());
            assertThat(problems(m)).containsExactly(
                    m.label() + ": clause 5.97 of iso-22786/DIS-2025: rule 'a' is REQUIREMENT inside a ADVICE clause",
                    m.label() + ": clause 5.97 of iso-22786/DIS-2025: rule 'b' is PROHIBITION inside a ADVICE clause");
        }

        @Test
        void adviceInsideARequirementAndAProhibitionInsideARequirementLoad() {
            Value.Quantity one = Value.Quantity.of("1", "mg/m3");
            loads(new Mod("weak").clauses(
                    clause(DIS_2025, "5.97").rule(Rules.atMost("a", Fixture.AMMONIA, one).advice())
                            .rule(Rules.atMost("b", Fixture.AMMONIA, one).strength(Strength.PROHIBITION)).build(),
                    advice("5.98").rule(Rules.atMost("c", Fixture.AMMONIA, one)).build()));
        }
    }

    @Nested
    class StrengthsFollowTheirReading {

        @Test
        void anImperativeReadAsAdviceIsRefusedAtTheClauseAndAtTheRule() {
            Value.Quantity one = Value.Quantity.of("1", "mg/m3");
            Mod m = new Mod("loose").clauses(
                    clause(DIS_2025, "5.97").readAs(Wording.IMPERATIVE).advice()
                            .rule(Rules.atMost("a", Fixture.AMMONIA, one)).build(),
                    clause(DIS_2025, "5.98")
                            .rule(Rules.atMost("b", Fixture.AMMONIA, one).readAs(Wording.OPTIMUM).strength(
                                    Strength.REQUIREMENT)).build());
            assertThat(problems(m)).containsExactly(
                    m.label() + ": clause 5.97 of iso-22786/DIS-2025 is read as IMPERATIVE (R1: an instruction in the "
                            + "imperative is a requirement) but is ADVICE",
                    // The rule takes its clause's strength and with it the clause's reading.
                    m.label() + ": clause 5.97 of iso-22786/DIS-2025: rule 'a' is read as IMPERATIVE (R1: an "
                            + "instruction in the imperative is a requirement) but is ADVICE",
                    m.label() + ": clause 5.98 of iso-22786/DIS-2025: rule 'b' is read as OPTIMUM (R3: an optimum "
                            + "without \"shall\" is advice) but is REQUIREMENT");
        }

        @Test
        void aWordingThatLeavesTheStrengthToTheVerbTakesEither() {
            Value.Quantity one = Value.Quantity.of("1", "mg/m3");
            loads(new Mod("ranges").clauses(clause(DIS_2025, "5.97")
                    .rule(Rules.atMost("a", Fixture.AMMONIA, one).readAs(Wording.RANGE))
                    .rule(Rules.atMost("b", Fixture.AMMONIA, one).readAs(Wording.RANGE).advice()).build()));
        }

        @Test
        void aRuleTakesItsReadingsStrengthAndAPlainRuleItsClauses() {
            Value.Quantity one = Value.Quantity.of("1", "mg/m3");
            Clause c = clause(DIS_2025, "5.97").readAs(Wording.IMPERATIVE)
                    .rule(Rules.atMost("a", Fixture.AMMONIA, one))
                    .rule(Rules.atMost("b", Fixture.AMMONIA, one).readAs(Wording.OPTIMUM)).build();
            assertThat(c.strength()).isEqualTo(Strength.REQUIREMENT);
            assertThat(c.rules()).extracting(Rule::strength).containsExactly(Strength.REQUIREMENT, Strength.ADVICE);
            assertThat(c.rules()).extracting(Rule::wording).containsExactly(Wording.IMPERATIVE, Wording.OPTIMUM);
        }
    }

    @Nested
    class KnownConflictsNameAClauseOfTheSameStandard {

        @Test
        void aConflictWithAClauseNobodyDefinesOrWithItselfIsRefused() {
            Mod m = new Mod("conflicted").clauses(
                    clause(DIS_2025, "5.97").conflictsWith("5.99", "x").build(),
                    clause(DIS_2025, "5.98").conflictsWith("5.98", "y").build());
            assertThat(problems(m)).containsExactly(
                    m.label() + ": clause 5.97 of iso-22786/DIS-2025 names a conflict with clause 5.99, which is not "
                            + "another clause of iso-22786/DIS-2025",
                    m.label() + ": clause 5.98 of iso-22786/DIS-2025 names a conflict with clause 5.98, which is not "
                            + "another clause of iso-22786/DIS-2025");
        }

        @Test
        void aConflictBetweenTwoDefinedClausesLoads() {
            loads(new Mod("pair").clauses(clause(DIS_2025, "5.97").conflictsWith("5.98", "2 here, 3 there").build(),
                    clause(DIS_2025, "5.98").conflictsWith("5.97", "3 here, 2 there").build()));
        }
    }

    @Nested
    class EvaluatorsReadKnownEvidence {

        @Test
        void aRuleReadingACodeNobodyDefinesIsRefused() {
            EvidenceCode undefined = EvidenceCode.quantity("nobody.shelter.x", "x", "m", "0", "1", "x",
                    SubjectKind.SHELTER);
            Mod m = new Mod("reader").clauses(clause(DIS_2025, "5.99")
                    .rule(Rules.atMost("x", undefined, Value.Quantity.of("1", "m"))).build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 5.99 of iso-22786/DIS-2025: rule 'x' reads "
                    + "evidence code nobody.shelter.x that no module defines");
        }

        @Test
        void everyCodeOfARuleIsChecked() {
            EvidenceCode undefined = EvidenceCode.attestation("nobody.site.y", "y", "y", SubjectKind.SITE);
            Mod m = new Mod("reader").clauses(clause(DIS_2025, "5.99").rule(Rules.atMost("x", Fixture.AMMONIA,
                    Value.Quantity.of("1", "mg/m3")).onlyWhen(org.pashm.core.evaluation.Applicability
                    .whenAttested(undefined))).build());
            assertThat(problems(m)).containsExactly(m.label() + ": clause 5.99 of iso-22786/DIS-2025: rule 'x' reads "
                    + "evidence code nobody.site.y that no module defines");
        }

        @Test
        void aCodeAnotherModuleDefinesLoads() {
            loads(new Mod("reader").clauses(clause(DIS_2025, "5.99")
                    .rule(Rules.atMost("x", Fixture.AMMONIA, Value.Quantity.of("1", "mg/m3"))).build()));
        }
    }

    @Nested
    class RulesReadEvidenceOfWhatTheyJudge {

        static Mod judging(SubjectKind kind, EvidenceCode reads) {
            return new Mod("judge").clauses(clause(DIS_2025, "5.99").rule(Rules.custom("x", "s", Method.MEASUREMENT,
                    kind, Set.of(reads), e -> Verdict.missing(org.pashm.core.text.Sentence.text("t/never", "never").message()))).build());
        }

        @Test
        void aVehicleRuleReadingAShelterCodeIsRefused() {
            Mod m = judging(SubjectKind.VEHICLE, Fixture.AMMONIA);
            assertThat(problems(m)).containsExactly(m.label() + ": clause 5.99 of iso-22786/DIS-2025: rule 'x' judges "
                    + "a vehicle but reads fixture.shelter.ammonia, which is observed on [shelter]");
        }

        @Test
        void aCodeObservedOnTheSiteServesARuleOfAnyKind() {
            loads(judging(SubjectKind.VEHICLE, Fixture.SHEARING));
        }

        @Test
        void aCodeObservedOnItsKindLoads() {
            loads(judging(SubjectKind.SHELTER, Fixture.AMMONIA));
        }
    }

    // ---- headings ------------------------------------------------------------------------------------------

    @Nested
    class HeadingsBelongToADefinedStandard {

        @Test
        void aHeadingOfAStandardNobodyDefinesIsRefused() {
            Mod m = new Mod("titles").headings(Heading.of(StandardRef.of("nobody", "1"), "1", "Animals"));
            assertThat(problems(m)).containsExactly(m.label() + ": heading 1 belongs to nobody/1, a standard no module "
                    + "defines");
        }

        @Test
        void aHeadingOfAStandardAnotherModuleDefinesLoads() {
            loads(new Mod("titles").headings(Heading.of(DIS_2025, "7", "Transport")));
        }
    }

    @Nested
    class HeadingsAreDefinedOnce {

        @Test
        void aHeadingNumberAnotherModuleUsesIsRefused() {
            Mod m = new Mod("titles").headings(Heading.of(DIS_2025, "5", "Housing, again"));
            assertThat(problems(m)).containsExactly(m.label() + ": heading 5 of iso-22786/DIS-2025 is defined twice");
        }

        @Test
        void theSameNumberInAnotherStandardLoads() {
            loads(own("titles").headings(Heading.of(OWN, "5", "Housing")));
        }
    }

    // ---- duties --------------------------------------------------------------------------------------------

    @Nested
    class DutiesAreDefinedOnce {

        @Test
        void anIdUsedTwiceForOneStandardIsRefused() {
            Recurrence yearly = every(Period.ofYears(1));
            Mod m = new Mod("twice").duties(duty(DIS_2025, "clean", SubjectKind.SHELTER, yearly, "5.3.3"),
                    duty(DIS_2025, "clean", SubjectKind.SHELTER, yearly, "5.3.2"));
            assertThat(problems(m)).containsExactly(m.label() + ": duty clean is defined twice for "
                    + "iso-22786/DIS-2025");
        }

        @Test
        void theSameIdForAnotherStandardLoads() {
            Recurrence yearly = every(Period.ofYears(1));
            loads(own("own").duties(duty(DIS_2025, "clean", SubjectKind.SHELTER, yearly, "5.3.3"),
                    duty(OWN, "clean", SubjectKind.SHELTER, yearly, "1")));
        }
    }

    /** A kind of record of {@code ref} about shelters, citing 5.3.3, kept 3 years; a test adds what it needs. */
    static RecordKind.Builder kind(StandardRef ref, String code) {
        return RecordKind.of(ref, code, "Cleaning").clauses(ref.equals(OWN) ? "1" : "5.3.3").about(SubjectKind.SHELTER)
                .keptAs(Iso22786Retention.RECORD);
    }

    @Nested
    class RecordKindsAreDeclaredOncePerModule {

        @Test
        void aCodeDeclaredTwiceByOneModuleIsRefused() {
            Mod m = own("twice").recordKinds(kind(OWN, "cleaning").build(), kind(OWN, "cleaning").build());
            assertThat(problems(m)).containsExactly(m.label() + ": record kind cleaning is declared twice by the "
                    + "module");
        }

        @Test
        void twoCodesLoad() {
            loads(own("two").recordKinds(kind(OWN, "cleaning").build(), kind(OWN, "sweeping").build()));
        }
    }

    @Nested
    class RecordKindsAgreeWhereDeclaredTwice {

        @Test
        void twoModulesThatDisagreeOnTheFieldsAreRefused() {
            Mod first = new Mod("first").recordKinds(kind(DIS_2025, "cleaning").build());
            Mod second = new Mod("second").recordKinds(kind(DIS_2025, "cleaning")
                    .field(RecordField.yesNo("dry", "Dry afterwards")).build());
            assertThat(problems(first, second)).containsExactly(second.label() + ": record kind cleaning disagrees "
                    + "with its declaration by " + first.label() + " (standard, title, fields, participants, "
                    + "retention or naming its duty)");
        }

        @Test
        void twoModulesThatAgreeAreMergedWithTheDutiesOfBoth() {
            Recurrence yearly = every(Period.ofYears(1));
            Mod first = new Mod("first").duties(duty(DIS_2025, "clean-sheds", SubjectKind.SHELTER, yearly, "5.3.3"))
                    .recordKinds(kind(DIS_2025, "cleaning").fulfils("clean-sheds").build());
            Mod second = new Mod("second").duties(duty(DIS_2025, "clean-pens", SubjectKind.KIDDING_PEN, yearly,
                    "5.3.2")).recordKinds(kind(DIS_2025, "cleaning").clauses("5.3.2").about(SubjectKind.KIDDING_PEN)
                    .fulfils("clean-pens").build());
            RecordKind merged = load(first, second).recordKind("cleaning").orElseThrow();
            assertThat(merged.duties()).containsExactly("clean-sheds", "clean-pens");
            assertThat(merged.subjectKinds()).containsExactlyInAnyOrder(SubjectKind.SHELTER, SubjectKind.KIDDING_PEN);
            assertThat(merged.clauses()).containsExactly(ClauseNumber.of("5.3.3"), ClauseNumber.of("5.3.2"));
        }
    }

    @Nested
    class RecordKindsBelongToADefinedStandard {

        @Test
        void aKindOfAStandardNobodyDefinesIsRefused() {
            Mod m = new Mod("orphan").recordKinds(kind(OWN, "cleaning").build());
            assertThat(problems(m)).containsExactly(m.label() + ": record kind cleaning belongs to own-code/1, a "
                    + "standard no module defines");
        }

        @Test
        void aKindOfItsOwnStandardLoads() {
            loads(own("own").recordKinds(kind(OWN, "cleaning").build()));
        }
    }

    @Nested
    class RecordKindsFulfilDutiesThatExist {

        @Test
        void aDutyNoModuleDeclaresIsRefused() {
            Mod m = own("fulfils").recordKinds(kind(OWN, "cleaning").fulfils("clean-sheds").build());
            assertThat(problems(m)).containsExactly(m.label() + ": record kind cleaning fulfils duty 'clean-sheds', "
                    + "which own-code/1 does not have");
        }

        @Test
        void aDutyOfAnotherStandardIsRefused() {
            Mod m = own("elsewhere").duties(duty(DIS_2025, "clean-sheds", SubjectKind.SHELTER,
                    every(Period.ofYears(1)), "5.3.3")).recordKinds(kind(OWN, "cleaning").fulfils("clean-sheds").build());
            assertThat(problems(m)).containsExactly(m.label() + ": record kind cleaning fulfils duty 'clean-sheds', "
                    + "which own-code/1 does not have");
        }

        @Test
        void aDutyOfItsStandardLoads() {
            loads(own("own").duties(duty(OWN, "clean-sheds", SubjectKind.SHELTER, every(Period.ofYears(1)), "1"))
                    .recordKinds(kind(OWN, "cleaning").fulfils("clean-sheds").build()));
        }
    }

    @Nested
    class RecordFieldsAreWellFormed {

        @Test
        void aNameUsedTwiceIsRefused() {
            Mod m = own("names").recordKinds(kind(OWN, "cleaning").field(RecordField.yesNo("dry", "Dry"))
                    .field(RecordField.text("dry", "Dry, in words")).build());
            assertThat(problems(m)).containsExactly(m.label() + ": record kind cleaning: field dry is declared twice");
        }

        @Test
        void aNumberWithoutARangeAndAChoiceWithoutChoicesAreRefused() {
            Mod m = own("shapes").recordKinds(kind(OWN, "cleaning")
                    .field(new RecordField("litres", RecordField.Type.NUMBER, null, "L", List.of(), true, "Water"))
                    .field(RecordField.choice("agent", List.of(), "Cleaning agent"))
                    .field(RecordField.choice("method", List.of("wet", "wet"), "Method")).build());
            assertThat(problems(m)).containsExactly(
                    m.label() + ": record kind cleaning: field litres is a number without a range",
                    m.label() + ": record kind cleaning: field agent is a choice without choices",
                    m.label() + ": record kind cleaning: field method lists a choice twice");
        }

        @Test
        void aRangeOrChoicesOnTheWrongTypeAreRefused() {
            Mod m = own("misplaced").recordKinds(kind(OWN, "cleaning")
                    .field(new RecordField("dry", RecordField.Type.YES_NO, Range.of(0, 1), null, List.of("yes"), true,
                            "Dry")).build());
            assertThat(problems(m)).containsExactly(
                    m.label() + ": record kind cleaning: field dry has a range but is not a number",
                    m.label() + ": record kind cleaning: field dry has choices but is not a choice");
        }

        @Test
        void wellFormedFieldsLoad() {
            loads(own("fields").recordKinds(kind(OWN, "cleaning")
                    .field(RecordField.number("litres", "0", "1000", "L", "Water used"))
                    .field(RecordField.choice("method", List.of("wet", "dry"), "Method"))
                    .field(RecordField.yesNo("disinfected", "Disinfected")).field(RecordField.text("by", "By").optional())
                    .build()));
        }
    }

    @Nested
    class ParticipantRolesAreWellFormed {

        @Test
        void noRolesARoleTwiceAndAnExpectedRoleNotListedAreRefused() {
            Mod m = own("roles").recordKinds(
                    kind(OWN, "cleaning").participants(Participants.of(List.of(), List.of(), "1")).build(),
                    kind(OWN, "sweeping").participants(Participants.of(List.of("herder", "herder"), List.of("vet"),
                            "1")).build());
            assertThat(problems(m)).containsExactly(
                    m.label() + ": record kind cleaning names participants but no role they may have",
                    m.label() + ": record kind sweeping lists a participant role twice",
                    m.label() + ": record kind sweeping expects role 'vet', which is not one of its roles "
                            + "[herder, herder]");
        }

        @Test
        void expectedRolesAmongTheRolesLoad() {
            loads(own("roles").recordKinds(kind(OWN, "cleaning").participants(Participants.of(
                    List.of("herder", "vet", "other"), List.of("herder", "vet"), "1")).build()));
        }
    }

    @Nested
    class DutyEventsAreRecordKinds {

        @Test
        void anEventNoKindIsIsRefused() {
            Mod m = own("events").duties(duty(OWN, "observe", SubjectKind.GOAT,
                    new Recurrence.AfterEvent("fall", Period.ofDays(7)), "1"));
            assertThat(problems(m)).containsExactly(m.label() + ": duty observe waits for event 'fall', which no "
                    + "module declares as a kind of record");
        }

        @Test
        void anEventThatIsAKindLoads() {
            loads(own("events").duties(duty(OWN, "observe", SubjectKind.GOAT,
                    new Recurrence.AfterEvent("fall", Period.ofDays(7)), "1"))
                    .recordKinds(kind(OWN, "fall").about(SubjectKind.GOAT).build()));
        }
    }

    @Nested
    class DutiesCiteClausesOfTheirStandard {

        @Test
        void aClauseTheStandardDoesNotHaveIsRefused() {
            Mod m = own("cites").duties(duty(DIS_2025, "clean", SubjectKind.SHELTER, every(Period.ofYears(1)),
                    "5.3.3", "5.99"));
            assertThat(problems(m)).containsExactly(m.label() + ": duty clean cites clause 5.99, which "
                    + "iso-22786/DIS-2025 does not have");
        }

        @Test
        void aClauseOfAnotherStandardIsNotOneOfItsOwn() {
            // Own code has a clause 1; ISO 22786 has none.
            Mod m = own("cites").duties(duty(DIS_2025, "clean", SubjectKind.SITE, every(Period.ofYears(1)), "1"));
            assertThat(problems(m)).containsExactly(m.label() + ": duty clean cites clause 1, which "
                    + "iso-22786/DIS-2025 does not have");
        }

        @Test
        void aClauseAnotherModuleContributesLoads() {
            loads(new Mod("cites").duties(duty(DIS_2025, "clean", SubjectKind.SHELTER, every(Period.ofYears(1)),
                    "5.3.3", "5.3.2")));
        }
    }

    // ---- crosswalks ----------------------------------------------------------------------------------------

    /** The own code (clauses 1 and 2) mapping requirement {@code requirement} onto ISO 22786's {@code targets}. */
    static Mod walking(String requirement, String... targets) {
        return own("walker").clauses(clause(OWN, "2").build()).crosswalks(Crosswalk.from(OWN).to(DIS_2025)
                .map(requirement, Relation.SUBSET, "why", targets).build());
    }

    static String walk(Mod m) {
        return m.label() + ": crosswalk from own-code/1 to iso-22786/DIS-2025: ";
    }

    @Nested
    class CrosswalksJoinTwoDefinedStandards {

        @Test
        void aStandardNobodyDefinesOnEitherSideIsRefused() {
            StandardRef gone = StandardRef.of("gone", "1");
            Mod m = own("walker").crosswalks(Crosswalk.from(OWN).to(gone).map("1", Relation.EQUAL, "w", "1").build(),
                    Crosswalk.from(gone).to(OWN).map("1", Relation.EQUAL, "w", "1").build());
            assertThat(problems(m)).containsExactly(
                    m.label() + ": crosswalk from own-code/1 to gone/1: gone/1 is a standard no module defines",
                    m.label() + ": crosswalk from gone/1 to own-code/1: gone/1 is a standard no module defines");
        }

        @Test
        void aStandardMappedToItselfIsRefused() {
            Mod m = own("walker").clauses(clause(OWN, "2").build())
                    .crosswalks(Crosswalk.from(OWN).to(OWN).map("1", Relation.EQUAL, "w", "2").build());
            assertThat(problems(m)).containsExactly(m.label() + ": crosswalk from own-code/1 to own-code/1: a "
                    + "crosswalk maps one standard to another, not to itself");
        }

        @Test
        void twoDefinedStandardsLoad() {
            loads(walking("1", "5.3.3"));
        }
    }

    @Nested
    class CrosswalkRequirementsAreClauses {

        @Test
        void aRequirementTheStandardDoesNotHaveIsRefused() {
            Mod m = walking("9.9", "5.3.3");
            assertThat(problems(m)).containsExactly(walk(m) + "requirement 9.9 is not a clause of own-code/1");
        }

        @Test
        void aClauseOfTheOtherStandardIsNoRequirementOfThisOne() {
            // 5.3.3 is a clause of ISO 22786, the target, not of the own code.
            Mod m = walking("5.3.3", "5.3.3");
            assertThat(problems(m)).containsExactly(walk(m) + "requirement 5.3.3 is not a clause of own-code/1");
        }
    }

    @Nested
    class CrosswalkTargetsExist {

        @Test
        void aClauseOrHeadingTheOtherStandardDoesNotHaveIsRefused() {
            Mod m = walking("1", "5.3.3", "5.99");
            assertThat(problems(m)).containsExactly(walk(m) + "requirement 1 maps to 5.99, but iso-22786/DIS-2025 "
                    + "has no clause or heading 5.99");
        }

        @Test
        void aRuleOfAHeadingIsRefused() {
            Mod m = walking("1", "5#ammonia");
            assertThat(problems(m)).containsExactly(walk(m) + "requirement 1 maps to 5#ammonia, but 5 is a heading of "
                    + "iso-22786/DIS-2025; name one of its clauses to name a rule");
        }

        @Test
        void aHeadingWithNoClauseBelowItIsRefused() {
            Mod m = walking("1", "7").headings(Heading.of(DIS_2025, "7", "Transport"));
            assertThat(problems(m)).containsExactly(walk(m) + "requirement 1 maps to 7, but iso-22786/DIS-2025 has "
                    + "no clause under the heading 7");
        }

        @Test
        void aRuleTheClauseDoesNotHaveIsRefusedListingItsRules() {
            Mod m = walking("1", "5.3.2#winter");
            assertThat(problems(m)).containsExactly(walk(m) + "requirement 1 maps to 5.3.2#winter, but clause 5.3.2 "
                    + "of iso-22786/DIS-2025 has no rule 'winter' (its rules: optimal, summer)");
        }

        @Test
        void aClauseARuleOfItAndAHeadingWithClausesBelowLoad() {
            loads(walking("1", "5.3.3", "5.3.2#summer", "6"));
        }
    }

    @Nested
    class CrosswalkRequirementsAreMappedOnce {

        @Test
        void aRequirementMappedTwiceByOneModuleIsRefused() {
            Mod m = own("walker").crosswalks(Crosswalk.from(OWN).to(DIS_2025)
                    .map("1", Relation.SUBSET, "why", "5.3.3").map("1", Relation.EQUAL, "why", "5.3.2").build());
            assertThat(problems(m)).containsExactly(walk(m) + "requirement 1 is mapped to iso-22786/DIS-2025 twice");
        }

        @Test
        void aRequirementMappedByTwoModulesIsRefusedNamingTheFirst() {
            Mod first = walking("1", "5.3.3");
            Mod second = new Mod("second.walker").crosswalks(Crosswalk.from(OWN).to(DIS_2025)
                    .map("1", Relation.EQUAL, "why", "5.3.2").build());
            assertThat(problems(first, second)).containsExactly(second.label() + ": crosswalk from own-code/1 to "
                    + "iso-22786/DIS-2025: requirement 1 is mapped to iso-22786/DIS-2025 twice (also by "
                    + first.label() + ")");
        }

        @Test
        void otherRequirementsOrTheSameRequirementOntoAnotherStandardLoad() {
            StandardRef third = StandardRef.of("third-code", "1");
            Mod first = walking("1", "5.3.3");
            Mod second = new Mod("second.walker").standard(standard(third))
                    .clauses(clause(third, "1").build())
                    .crosswalks(Crosswalk.from(OWN).to(DIS_2025).map("2", Relation.EQUAL, "why", "5.3.2").build(),
                            Crosswalk.from(OWN).to(third).map("1", Relation.EQUAL, "why", "1").build());
            Registry r = load(first, second);
            assertThat(r.crosswalk(OWN, DIS_2025).orElseThrow().correspondences())
                    .extracting(c -> c.requirement().toString()).containsExactly("1", "2");
        }
    }

    // ---- certification -------------------------------------------------------------------------------------

    static final Certification YEARLY = new Certification(OWN, Period.ofMonths(12), "renew", "12 months");

    /** The own code, certifying with {@code certification}, and with the given duties. */
    static Mod certifying(Certification certification, Duty... duties) {
        return own("certifier").certifications(certification).duties(duties);
    }

    static String certifier() {
        return new Mod("certifier").label() + ": certification of own-code/1";
    }

    @Nested
    class OnlyTheDefiningModuleCertifies {

        @Test
        void aModuleCertifyingAStandardItDoesNotDefineIsRefusedOnce() {
            // Its renewal duty does not exist either, but that is not judged: the certification is refused already.
            Mod m = new Mod("usurper").certifications(new Certification(DIS_2025, Period.ofYears(3), "renew",
                    "3 years"));
            assertThat(problems(m)).containsExactly(m.label() + ": certification of iso-22786/DIS-2025: the module "
                    + "does not define iso-22786/DIS-2025 (only the module that defines a standard may say that it "
                    + "certifies)");
        }

        @Test
        void theDefiningModuleMayCertify() {
            Registry r = load(certifying(YEARLY, duty(OWN, "renew", SubjectKind.SITE, every(Period.ofYears(1)), "1")));
            assertThat(r.certification(OWN)).contains(YEARLY);
        }
    }

    @Nested
    class CertificationsAreDeclaredOnce {

        @Test
        void aSecondCertificationOfTheSameStandardIsRefused() {
            Mod m = certifying(YEARLY, duty(OWN, "renew", SubjectKind.SITE, every(Period.ofYears(1)), "1"))
                    .certifications(new Certification(OWN, Period.ofMonths(24), "renew", "24 months"));
            assertThat(problems(m)).containsExactly(certifier() + " is declared twice");
        }
    }

    @Nested
    class RenewalDutiesExist {

        @Test
        void aRenewalDutyTheStandardDoesNotHaveIsRefused() {
            assertThat(problems(certifying(YEARLY))).containsExactly(certifier() + " names renewal duty 'renew', "
                    + "which own-code/1 does not have");
        }

        @Test
        void aDutyOfThatIdInAnotherStandardDoesNotCount() {
            Mod m = certifying(YEARLY, duty(DIS_2025, "renew", SubjectKind.SITE, every(Period.ofYears(1)), "5.3.3"));
            assertThat(problems(m)).containsExactly(certifier() + " names renewal duty 'renew', which own-code/1 "
                    + "does not have");
        }
    }

    @Nested
    class RenewalDutiesRecurAsCertificatesLast {

        @Test
        void aDutyRecurringMoreOftenIsRefused() {
            assertThat(problems(certifying(YEARLY, duty(OWN, "renew", SubjectKind.SITE, every(Period.ofMonths(6)),
                    "1")))).containsExactly(certifier() + ": renewal duty 'renew' recurs every 6 months, not every "
                    + "12 months as certificates last");
        }

        @Test
        void aDutyInAYearlyWindowIsRefusedEvenThoughItComesOnceAYear() {
            Recurrence once = new Recurrence.YearlyWindow(java.time.MonthDay.of(3, 1), java.time.MonthDay.of(4, 30));
            assertThat(problems(certifying(YEARLY, duty(OWN, "renew", SubjectKind.SITE, once, "1"))))
                    .containsExactly(certifier() + ": renewal duty 'renew' recurs " + once.words() + ", not every "
                            + "12 months as certificates last");
        }

        @Test
        void twelveMonthsIsOneYear() {
            loads(certifying(YEARLY, duty(OWN, "renew", SubjectKind.SITE, every(Period.ofYears(1)), "1")));
        }
    }

    @Nested
    class RenewalDutiesAreOwedByTheSite {

        @Test
        void aDutyOwedByAnotherSubjectIsRefused() {
            assertThat(problems(certifying(YEARLY, duty(OWN, "renew", SubjectKind.VEHICLE,
                    every(Period.ofMonths(12)), "1")))).containsExactly(certifier() + ": renewal duty 'renew' is "
                    + "owed by a vehicle, not by the site the certificate is issued to");
        }

        @Test
        void aDutyOwedByAnotherSubjectAndRecurringWronglyIsRefusedForBoth() {
            assertThat(problems(certifying(YEARLY, duty(OWN, "renew", SubjectKind.SHELTER,
                    every(Period.ofMonths(6)), "1")))).containsExactly(
                    certifier() + ": renewal duty 'renew' recurs every 6 months, not every 12 months as certificates "
                            + "last",
                    certifier() + ": renewal duty 'renew' is owed by a shelter, not by the site the certificate is "
                            + "issued to");
        }
    }
}
