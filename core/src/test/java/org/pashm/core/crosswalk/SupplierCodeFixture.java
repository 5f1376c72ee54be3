package org.pashm.core.crosswalk;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.DecisionRule;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Certification;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;

/**
 * A small second standard for crosswalk and certification tests: a supplier code whose requirements map to the
 * clauses of core's test fixture of ISO 22786 (5.3.2, 5.3.3, 5.25.7, 6.16.5), one requirement about workers that
 * serves no freedom and that nothing covers, and a certificate valid 12 months.
 */
public class SupplierCodeFixture implements StandardModule {

    public static final StandardRef CODE = StandardRef.of("test-code", "1");

    static final EvidenceCode PAID = EvidenceCode.attestation("test-code.site.paid", "Workers are paid fairly",
            "Fair pay.", SubjectKind.SITE);

    /** "approved" when every requirement is met; the code's own words, not ISO's. */
    static final DecisionRule RULE = new DecisionRule() {
        @Override
        public org.pashm.core.text.Message description() {
            return org.pashm.core.text.Sentence.text("test-code/decision-rule", "Approved when every requirement is met.")
                    .message();
        }

        @Override
        public OverallResult decide(List<Finding> findings) {
            boolean all = findings.stream().filter(Finding::isNormative)
                    .allMatch(f -> f.outcome() == Outcome.CONFORMS || f.outcome() == Outcome.NOT_APPLICABLE);
            return new OverallResult(all ? "approved" : "not-approved", all, org.pashm.core.text.Sentence.text(
                    all ? "test-code/all-met" : "test-code/not-all-met", all ? "All met." : "Not all met.").message());
        }
    };

    static Clause.Builder requirement(String number, String title) {
        return Clause.of(CODE, number, title).requirement().bothSystems().summary(title + ".");
    }

    @Override
    public List<Standard> standards() {
        return List.of(new Standard(CODE, "Test supplier code", LocalDate.of(2026, 1, 1), RULE)
                .coveringMoreThanAnimals());
    }

    @Override
    public List<Heading> headings() {
        return List.of(Heading.of(CODE, "1", "Animals"), Heading.of(CODE, "2", "Workers"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return List.of(PAID);
    }

    @Override
    public List<Clause> clauses() {
        return List.of(
                requirement("1.1", "Good air").freedoms(Freedom.DISCOMFORT).build(),
                requirement("1.2", "Never too hot").freedoms(Freedom.DISCOMFORT).build(),
                requirement("1.3", "No harm whatever").freedoms(Freedom.INJURY_DISEASE).build(),
                requirement("1.4", "Good housing").freedoms(Freedom.DISCOMFORT).build(),
                requirement("1.5", "No motorised herding").freedoms(Freedom.FEAR_STRESS).build(),
                Clause.of(CODE, "1.6", "Shelters for housed goats").requirement().housing()
                        .freedoms(Freedom.DISCOMFORT).summary("Housing farms only.").build(),
                Clause.of(CODE, "1.7", "Pasture for herds").requirement().nomadic()
                        .freedoms(Freedom.NORMAL_BEHAVIOUR).summary("Nomadic herds only.").build(),
                requirement("2.1", "Fair pay").rule(Rules.attested("paid", PAID)).build());
    }

    @Override
    public List<Crosswalk> crosswalks() {
        return List.of(Crosswalk.from(CODE).to(DIS_2025)
                .map("1.1", Relation.EQUAL, "Both ask for good air.", "5.3.3")
                .map("1.2", Relation.SUBSET, "ISO's summer limit is one way of never too hot.", "5.3.2#summer")
                .map("1.3", Relation.SUPERSET, "No harm whatever includes no shearing injuries.", "5.25.7")
                .map("1.4", Relation.INTERSECT, "Housing in general overlaps clause 5.", "5")
                .map("1.5", Relation.EQUAL, "Same prohibition.", "6.16.5")
                .build());
    }

    @Override
    public List<Duty> duties() {
        return List.of(new Duty("certificate-renewal", CODE, List.of(ClauseNumber.of("1.1")), "Renew the certificate",
                "Certificates last 12 months.", SubjectKind.SITE, java.util.Set.of(ProductionSystem.values()),
                new Recurrence.Every(Period.ofMonths(12))));
    }

    @Override
    public List<Certification> certifications() {
        return List.of(new Certification(CODE, Period.ofMonths(12), "certificate-renewal",
                "The certificate is valid for 12 months."));
    }

    @Override
    public String name() {
        return "test.supplier-code";
    }
}
