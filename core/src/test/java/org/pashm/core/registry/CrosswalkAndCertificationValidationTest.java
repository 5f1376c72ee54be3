package org.pashm.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Relation;
import org.pashm.core.crosswalk.SupplierCodeFixture;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.internal.Iso22786General;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;

/** The registry refuses crosswalks and certifications that do not fit, naming the module; it accepts those that do. */
class CrosswalkAndCertificationValidationTest {

    static final StandardRef CODE = SupplierCodeFixture.CODE;
    static final String MODULE = "extra.module (" + Extra.class.getName() + ")";

    /** A module that only adds what a test gives it. */
    static final class Extra implements StandardModule {
        final List<Crosswalk> crosswalks = new ArrayList<>();
        final List<Certification> certifications = new ArrayList<>();
        final List<Duty> duties = new ArrayList<>();
        final List<Standard> standards = new ArrayList<>();
        final List<Clause> clauses = new ArrayList<>();
        final List<Heading> headings = new ArrayList<>();

        @Override
        public List<Clause> clauses() {
            return clauses;
        }

        @Override
        public List<Standard> standards() {
            return standards;
        }

        @Override
        public List<Heading> headings() {
            return headings;
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
        public List<Duty> duties() {
            return duties;
        }

        @Override
        public String name() {
            return "extra.module";
        }
    }

    static Registry load(StandardModule... more) {
        List<StandardModule> all = new ArrayList<>(List.of(new Iso22786General(), new Fixture(),
                new SupplierCodeFixture()));
        all.addAll(List.of(more));
        return Registry.of(all);
    }

    static List<String> problems(StandardModule module) {
        RegistryException e = org.junit.jupiter.api.Assertions.assertThrows(RegistryException.class, () -> load(module));
        return e.problems();
    }

    static Extra crosswalk(String requirement, String... targets) {
        Extra m = new Extra();
        m.crosswalks.add(Crosswalk.from(CODE).to(DIS_2025).map(requirement, Relation.INTERSECT, "why", targets).build());
        return m;
    }

    @Test
    void aValidCrosswalkFromAnotherModuleIsMergedWithTheFirst() {
        Registry r = load(crosswalk("2.1", "5.3.3#ammonia"));
        Crosswalk x = r.crosswalk(CODE, DIS_2025).orElseThrow();
        assertThat(x.correspondences()).extracting(c -> c.requirement().toString())
                .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1");
        assertThat(r.declarers(x)).extracting(ModuleInfo::name).containsExactly("test.supplier-code", "extra.module");
    }

    @Test
    void aTargetClauseTheOtherStandardDoesNotHaveFailsNamingTheModule() {
        assertThat(problems(crosswalk("2.1", "5.99"))).containsExactly(MODULE + ": crosswalk from test-code/1 to "
                + "iso-22786/DIS-2025: requirement 2.1 maps to 5.99, but iso-22786/DIS-2025 has no clause or heading 5.99");
    }

    @Test
    void aTargetRuleTheClauseDoesNotHaveFailsListingItsRules() {
        assertThat(problems(crosswalk("2.1", "5.3.2#winter"))).singleElement().asString().endsWith(
                "requirement 2.1 maps to 5.3.2#winter, but clause 5.3.2 of iso-22786/DIS-2025 has no rule 'winter' "
                        + "(its rules: optimal, summer)");
    }

    @Test
    void aRuleOfAHeadingAndAHeadingWithNoClauseBelowItFail() {
        assertThat(problems(crosswalk("2.1", "5#ammonia"))).singleElement().asString()
                .endsWith("maps to 5#ammonia, but 5 is a heading of iso-22786/DIS-2025; name one of its clauses to "
                        + "name a rule");
        Extra empty = crosswalk("2.1", "4");
        // Heading 4 of ISO 22786 holds clause 4.1, so it is fine; heading 4.1 is also clause 4.1.
        load(empty);
        Extra other = new Extra();
        StandardRef elsewhere = StandardRef.of("elsewhere", "1");
        other.standards.add(new Standard(elsewhere, "Elsewhere", LocalDate.of(2026, 1, 1), Iso22786.DECISION_RULE));
        other.headings.add(Heading.of(elsewhere, "7", "Nothing here"));
        other.clauses.add(Clause.of(elsewhere, "8.1", "Something").requirement().housing()
                .freedoms(Freedom.DISCOMFORT).summary("s").build());
        other.crosswalks.add(Crosswalk.from(CODE).to(elsewhere).map("1.1", Relation.EQUAL, "why", "7").build());
        assertThat(problems(other)).singleElement().asString()
                .endsWith("requirement 1.1 maps to 7, but elsewhere/1 has no clause under the heading 7");
    }

    @Test
    void aRequirementTheStandardDoesNotHaveFails() {
        assertThat(problems(crosswalk("9.9", "5.3.3"))).singleElement().asString()
                .endsWith("requirement 9.9 is not a clause of test-code/1");
    }

    @Test
    void aStandardNobodyDefinesAndAStandardMappedToItselfFail() {
        Extra m = new Extra();
        m.crosswalks.add(Crosswalk.from(CODE).to(StandardRef.of("gone", "1")).map("1.1", Relation.EQUAL, "w", "1")
                .build());
        assertThat(problems(m)).containsExactly(MODULE + ": crosswalk from test-code/1 to gone/1: gone/1 is a "
                + "standard no module defines");
        Extra self = new Extra();
        self.crosswalks.add(Crosswalk.from(CODE).to(CODE).map("1.1", Relation.EQUAL, "w", "1.2").build());
        assertThat(problems(self)).singleElement().asString().endsWith("not to itself");
    }

    @Test
    void aRequirementMappedTwiceFailsNamingBothModules() {
        assertThat(problems(crosswalk("1.1", "5.3.2"))).containsExactly(MODULE + ": crosswalk from test-code/1 to "
                + "iso-22786/DIS-2025: requirement 1.1 is mapped to iso-22786/DIS-2025 twice (also by "
                + "test.supplier-code (" + SupplierCodeFixture.class.getName() + "))");
    }

    @Test
    void aCertifyingStandardAnswersForHowLongAndItsRenewalDutyIsADuty() {
        Registry r = load();
        Certification c = r.certification(CODE).orElseThrow();
        assertThat(c.validity()).isEqualTo(Period.ofMonths(12));
        assertThat(c.validityWords()).isEqualTo("12 months");
        assertThat(r.duties()).extracting(Duty::id).contains(c.renewalDuty());
        assertThat(r.certification(DIS_2025)).isEmpty();
    }

    @Test
    void aCertificateExpiresTheValidityAfterItWasIssued() {
        Certification c = new Certification(CODE, Period.ofMonths(12), "renew", "12 months");
        LocalDate issued = LocalDate.of(2026, 5, 2);
        assertThat(c.expiresOn(issued)).isEqualTo(LocalDate.of(2027, 5, 2));
        assertThat(c.validOn(issued, issued)).isTrue();
        assertThat(c.validOn(issued, LocalDate.of(2027, 5, 1))).isTrue();
        assertThat(c.validOn(issued, LocalDate.of(2027, 5, 2))).isFalse();
        assertThat(c.validOn(issued, issued.minusDays(1))).isFalse();
        // 29 February: twelve months later is the last day of February.
        assertThat(c.expiresOn(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThatThrownBy(() -> new Certification(CODE, Period.ZERO, "renew", "never"))
                .hasMessageContaining("must be positive");
    }

    @Test
    void onlyTheModuleThatDefinesAStandardMaySayItCertifies() {
        Extra m = new Extra();
        m.certifications.add(new Certification(DIS_2025, Period.ofYears(3), "renew", "3 years"));
        assertThat(problems(m)).containsExactly(MODULE + ": certification of iso-22786/DIS-2025: the module does not "
                + "define iso-22786/DIS-2025 (only the module that defines a standard may say that it certifies)");
    }

    /** A certifying standard of its own, with a renewal duty the test chooses. */
    static Extra certifying(Certification certification, Duty duty) {
        Extra m = new Extra();
        StandardRef own = certification.standard();
        m.standards.add(new Standard(own, "Own", LocalDate.of(2026, 1, 1), Iso22786.DECISION_RULE));
        m.clauses.add(Clause.of(own, "1", "All").requirement().bothSystems().freedoms(Freedom.DISCOMFORT)
                .summary("s").build());
        if (duty != null) {
            m.duties.add(duty);
        }
        m.certifications.add(certification);
        return m;
    }

    static Duty duty(StandardRef standard, String id, SubjectKind kind, Recurrence recurrence) {
        return new Duty(id, standard, List.of(ClauseNumber.of("1")), "Renew", "Renew.", kind,
                Set.of(ProductionSystem.values()), recurrence);
    }

    @Test
    void theRenewalDutyMustExistRecurAsLongAsCertificatesLastAndBeOwedByTheSite() {
        StandardRef own = StandardRef.of("own", "1");
        Certification yearly = new Certification(own, Period.ofMonths(12), "renew", "12 months");
        load(certifying(yearly, duty(own, "renew", SubjectKind.SITE, new Recurrence.Every(Period.ofYears(1)))));
        assertThat(problems(certifying(yearly, null))).containsExactly(MODULE + ": certification of own/1 names "
                + "renewal duty 'renew', which own/1 does not have");
        assertThat(problems(certifying(yearly, duty(own, "renew", SubjectKind.SITE,
                new Recurrence.Every(Period.ofMonths(6)))))).containsExactly(MODULE + ": certification of own/1: "
                + "renewal duty 'renew' recurs every 6 months, not every 12 months as certificates last");
        assertThat(problems(certifying(yearly, duty(own, "renew", SubjectKind.VEHICLE,
                new Recurrence.Every(Period.ofMonths(12)))))).singleElement().asString()
                .endsWith("renewal duty 'renew' is owed by a vehicle, not by the site the certificate is issued to");
        Extra twice = certifying(yearly, duty(own, "renew", SubjectKind.SITE, new Recurrence.Every(Period.ofMonths(12))));
        twice.certifications.add(yearly);
        assertThat(problems(twice)).containsExactly(MODULE + ": certification of own/1 is declared twice");
    }

    @Test
    void aClauseMayServeNoFreedomOnlyInAStandardThatCoversMoreThanAnimals() {
        // The supplier code's 2.1 (fair pay) serves no freedom and loads; the same clause in ISO 22786 does not.
        assertThat(load().clause(CODE, ClauseNumber.of("2.1")).orElseThrow().freedoms()).isEmpty();
        Extra m = new Extra();
        m.clauses.add(Clause.of(DIS_2025, "5.96", "Pay").requirement().housing().summary("s").build());
        assertThat(problems(m)).containsExactly(MODULE + ": clause 5.96 of iso-22786/DIS-2025 serves none of the five "
                + "freedoms");
        Standard s = new Standard(CODE, "t", LocalDate.of(2026, 1, 1), Iso22786.DECISION_RULE);
        assertThat(s.freedomsRequired()).isTrue();
        assertThat(s.coveringMoreThanAnimals().freedomsRequired()).isFalse();
        assertThat(s.coveringMoreThanAnimals().ref()).isEqualTo(CODE);
    }
}
