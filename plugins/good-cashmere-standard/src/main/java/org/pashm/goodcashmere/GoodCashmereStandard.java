package org.pashm.goodcashmere;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Relation;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.DecisionRule;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
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
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/**
 * The Good Cashmere Standard (GCS) of the Aid by Trade Foundation, as far as its public overview
 * ({@code /work/shared/seeds/000_…}) states it. The full criteria are not among the project's sources: each clause
 * here is one criterion the overview names, attested by the auditor, and the edition is called {@code overview}.
 * What the overview does state exactly is the certification: "only if all criteria are met do they receive the
 * certificate", which "is valid for 12 months".
 */
public final class GoodCashmereStandard implements StandardModule {

    public static final StandardRef OVERVIEW = StandardRef.of("good-cashmere-standard", "overview");

    /** The overview gives only the year the standard began ("since 2020"). */
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    /** "This certificate is valid for 12 months." */
    public static final Period CERTIFICATE_VALIDITY = Period.ofMonths(12);

    public static final String RENEWAL_DUTY = "certificate-renewal";

    // What the decision rule says; {clauses} is the list of criteria concerned ("1.1, 1.3, and 3.2").
    static final Sentence DESCRIPTION = Sentence.text("goodcashmere/decision-rule/description",
            "Certifiable only if every criterion that applies is met; any criterion not met means no certificate, "
                    + "and a criterion not assessed leaves the audit incomplete.");
    static final Sentence NOT_CERTIFIABLE = Sentence.of("goodcashmere/decision-rule/not-certifiable",
            "Criteria not met: {clauses}; no certificate can be issued.", "clauses");
    static final Sentence INCOMPLETE = Sentence.of("goodcashmere/decision-rule/incomplete",
            "No criterion was found not met, but {clauses} must be assessed before a certificate can be issued.",
            "clauses");
    static final Sentence CERTIFIABLE = Sentence.text("goodcashmere/decision-rule/certifiable",
            "Every criterion that applies is met: a certificate valid for 12 months can be issued.");

    /** "Only if all criteria are met do they receive the certificate." */
    static final DecisionRule ALL_CRITERIA = new DecisionRule() {
        private final Message description = DESCRIPTION.message();
        private final Message certifiable = CERTIFIABLE.message();

        @Override
        public Message description() {
            return description;
        }

        @Override
        public List<Sentence> sentences() {
            return List.of(NOT_CERTIFIABLE, INCOMPLETE, CERTIFIABLE);
        }

        @Override
        public OverallResult decide(List<Finding> findings) {
            TreeSet<ClauseNumber> unmet = new TreeSet<>();
            TreeSet<ClauseNumber> unassessed = new TreeSet<>();
            for (Finding f : findings) {
                if (f.isNormative() && f.outcome() == Outcome.NONCONFORMITY) {
                    unmet.add(f.clause());
                } else if (f.isNormative() && f.outcome() == Outcome.NOT_ASSESSED) {
                    unassessed.add(f.clause());
                }
            }
            if (!unmet.isEmpty()) {
                return new OverallResult("not-certifiable", false, NOT_CERTIFIABLE.with(numbers(unmet)));
            }
            if (!unassessed.isEmpty()) {
                return new OverallResult("incomplete", false, INCOMPLETE.with(numbers(unassessed)));
            }
            return new OverallResult("certifiable", true, certifiable);
        }

        /** The clause numbers, said as they are written, as a list. */
        private static List<String> numbers(Set<ClauseNumber> numbers) {
            return numbers.stream().map(ClauseNumber::toString).toList();
        }
    };

    static EvidenceCode criterion(String code, String label, String description) {
        return EvidenceCode.attestation("gcs.site." + code, label, description, SubjectKind.SITE);
    }

    static final EvidenceCode HUSBANDRY = criterion("species-appropriate-husbandry",
            "The goats are kept in a species-appropriate way", "Housing, grazing and handling suit goats (1.1).");
    static final EvidenceCode NUTRITION = criterion("adequate-nutrition", "The goats are adequately fed and watered",
            "Enough suitable feed, forage and water (1.2).");
    static final EvidenceCode MEDICAL_CARE = criterion("medical-care", "The goats receive medical care",
            "Disease prevention and treatment when needed (1.3).");
    static final EvidenceCode LAND = criterion("land-managed-sustainably",
            "The land is managed sustainably, protecting natural resources", "Grazing land and water (2.1).");
    static final EvidenceCode ENVIRONMENT = criterion("environmental-damage-reduced",
            "Damage to the environment is reduced", "Waste, manure, pollution (2.2).");
    static final EvidenceCode WORKING_CONDITIONS = criterion("fair-working-conditions",
            "Goat farmers and employed workers have fair working conditions", "(3.1).");
    static final EvidenceCode PAY = criterion("fair-pay", "Goat farmers and employed workers are paid fairly",
            "(3.2).");

    static Clause.Builder criterion(String number, String title) {
        return Clause.of(OVERVIEW, number, title).requirement().bothSystems();
    }

    @Override
    public List<Standard> standards() {
        return List.of(new Standard(OVERVIEW, "The Good Cashmere Standard (Aid by Trade Foundation), as its overview "
                + "states it", SINCE, ALL_CRITERIA).coveringMoreThanAnimals());
    }

    @Override
    public List<Heading> headings() {
        return List.of(Heading.of(OVERVIEW, "1", "Animal welfare"), Heading.of(OVERVIEW, "2", "Nature conservation"),
                Heading.of(OVERVIEW, "3", "Social responsibility"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return List.of(HUSBANDRY, NUTRITION, MEDICAL_CARE, LAND, ENVIRONMENT, WORKING_CONDITIONS, PAY);
    }

    @Override
    public List<Clause> clauses() {
        return List.of(
                criterion("1.1", "Species-appropriate husbandry").freedoms(Freedom.DISCOMFORT, Freedom.NORMAL_BEHAVIOUR)
                        .summary("The goats are kept in a way that suits goats.")
                        .rule(Rules.attested("husbandry", HUSBANDRY)).build(),
                criterion("1.2", "Adequate nutrition").freedoms(Freedom.HUNGER_THIRST)
                        .summary("The goats are adequately fed and watered.")
                        .rule(Rules.attested("nutrition", NUTRITION)).build(),
                criterion("1.3", "Medical care").freedoms(Freedom.INJURY_DISEASE)
                        .summary("The goats receive medical care.")
                        .rule(Rules.attested("medical-care", MEDICAL_CARE)).build(),
                criterion("2.1", "Sustainable land management")
                        .summary("Land is managed sustainably, protecting natural resources.")
                        .rule(Rules.attested("land", LAND)).build(),
                criterion("2.2", "Less environmental damage")
                        .summary("Damage to the environment is reduced.")
                        .rule(Rules.attested("environment", ENVIRONMENT)).build(),
                criterion("3.1", "Fair working conditions")
                        .summary("Goat farmers and employed workers have fair working conditions.")
                        .rule(Rules.attested("working-conditions", WORKING_CONDITIONS)).build(),
                criterion("3.2", "Fair pay")
                        .summary("Goat farmers and employed workers are paid fairly.")
                        .rule(Rules.attested("pay", PAY)).build());
    }

    /** The renewal of the certificate: a new audit against every criterion before the 12 months run out. */
    @Override
    public List<Duty> duties() {
        return List.of(new Duty(RENEWAL_DUTY, OVERVIEW,
                clauses().stream().map(Clause::number).toList(), "Renewal of the Good Cashmere Standard certificate",
                "A certificate is valid for 12 months: the site is audited again against every criterion, and a new "
                        + "certificate issued, before it expires.",
                SubjectKind.SITE, Set.of(ProductionSystem.values()), new Recurrence.Every(CERTIFICATE_VALIDITY)));
    }

    @Override
    public List<Certification> certifications() {
        return List.of(new Certification(OVERVIEW, CERTIFICATE_VALIDITY, RENEWAL_DUTY,
                "Only if all criteria are met does the farm receive the certificate, which is valid for 12 months."));
    }

    /** The overview's criteria against ISO 22786's clauses: mostly overlaps, since the overview is so general. */
    @Override
    public List<Crosswalk> crosswalks() {
        return List.of(Crosswalk.from(OVERVIEW).to(Iso22786.DIS_2025)
                .map("1.1", Relation.INTERSECT, "Species-appropriate husbandry overlaps ISO 22786's shelters, their "
                        + "environment, feeding space and exercise ground; neither text contains the other.",
                        "5.2", "5.3", "5.5", "5.6", "6.1", "6.2", "6.3", "6.5")
                .map("1.2", Relation.SUBSET, "ISO 22786's feeding and drinking-water clauses ask all that adequate "
                        + "nutrition asks, in detail.", "5.13", "5.14", "6.13", "6.14")
                .map("1.3", Relation.SUBSET, "ISO 22786's health management (plans, veterinary care, drugs, "
                        + "vaccination, biosafety) asks all that medical care asks.", "5.15", "6.15")
                .map("2.1", Relation.INTERSECT, "Sustainable land management overlaps ISO 22786's ranch and rangeland "
                        + "management; the overview does not say how far it goes.", "5.16", "6.16")
                .map("2.2", Relation.INTERSECT, "Reducing environmental damage overlaps ISO 22786's environmental "
                        + "hygiene and manure treatment.", "5.4.1", "5.4.2", "5.17", "6.4", "6.17")
                .map("3.1", Relation.INTERSECT, "Fair working conditions overlap ISO 22786's employment under labour "
                        + "law.", "5.12.5", "6.12.1.3")
                .build());
    }
}
