package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.housing.HousingEvidence.siteAttestation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.SubjectEvidence;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Strength;
import org.pashm.core.standard.Wording;
import org.pashm.core.text.Sentence;

/**
 * ISO 22786 5.15: health management (health plan, veterinary drugs, immunity, biosafety, disinfection). The
 * paragraphs written as instructions without "shall" (5.15.3 immunity, 5.15.4.1 biosafety area, the disinfection
 * pools of 5.15.5.1) are requirements, as docs/reading-the-standard.md R1 reads the imperative.
 */
final class HealthManagement {

    static final EvidenceCode HEALTH_PLAN = siteAttestation("health-plan",
            "The farm has a veterinary health and animal welfare plan that meets the law",
            "The written plan or system and the laws it answers to.");
    static final EvidenceCode PLAN_CONTENTS = siteAttestation("health-plan-contents",
            "The plan covers biosafety, disease prevention and control, drug use and residue control, harmless "
                    + "disposal of sick and dead goats and waste, and other welfare and health measures",
            "Each of the five topics in the plan.");
    static final EvidenceCode PLAN_REVIEWED = siteAttestation("health-plan-reviewed",
            "The plan's implementation is inspected regularly, the results recorded promptly and the plan updated",
            "Inspection records and the plan's revision history.");
    static final EvidenceCode VET_SERVICE = siteAttestation("veterinary-service",
            "Qualified veterinarians or designated veterinary services give goats reasonable, accurate and timely "
                    + "treatment", "The vet's contract or the farm vet, and the treatment records.");
    static final EvidenceCode DRUG_USE_LAWFUL = siteAttestation("drug-use-lawful",
            "Veterinary drugs are used to treat sick goats as the regulations require",
            "Prescriptions and treatment records.");
    static final EvidenceCode WITHDRAWAL = siteAttestation("withdrawal-periods",
            "Drug withdrawal periods are kept before treated goats are marketed", "Treatment and sales records.");
    /**
     * 5.15.2.1: "a drug withdrawal period shall be implemented": measured from the treatment and sales records (no
     * treated goat marketed before its drug's withdrawal period ended), else attested.
     */
    static final long MARKETED_IN_WITHDRAWAL_MAX = 0;
    static final EvidenceCode MARKETED_IN_WITHDRAWAL = HousingEvidence.count(SubjectKind.SITE,
            "marketed-within-withdrawal", "treated goats marketed before their withdrawal period ended", 0, 1000000,
            "From the treatment and sales records of the last 12 months: goats sold or slaughtered before the "
                    + "withdrawal period of a drug they were given had passed.");
    static final EvidenceCode DRUG_CABINET = siteAttestation("drug-cabinet",
            "Dedicated disease-control drug cabinets, clearly classified, have their own storage space and records",
            "The cabinets and the drug archive.");
    static final EvidenceCode EXPIRED_DRUGS = siteAttestation("expired-drugs-used",
            "Expired veterinary drugs are used", "Expiry dates of the drugs in the cabinets and in use. \"yes\" when "
                    + "an expired drug is in use.");
    /**
     * 5.15.2.2: "no expired drugs allowed to be used": measured from the expiry dates of the drugs kept for use (none
     * expired before the assessment day), else attested.
     */
    static final EvidenceCode EARLIEST_EXPIRY = HousingEvidence.date(SubjectKind.SITE, "earliest-drug-expiry",
            "earliest expiry date of the drugs kept for use", "The earliest expiry date among the veterinary drugs in "
                    + "the cabinets and in use on the day of the assessment.");
    static final EvidenceCode IMMUNISATION = siteAttestation("immunisation-procedure",
            "The farm has immunisation procedures with suitable vaccines and methods, as the immunisation "
                    + "regulations require", "The vaccination programme and records.");
    /** 5.15.3: "the main diseases that need to be monitored daily": at most a day between two checks (R6). */
    static final Quantity DISEASE_CHECKED_EVERY = Quantity.of("1", "d");
    static final EvidenceCode DISEASE_CHECK_INTERVAL = HousingEvidence.quantity(SubjectKind.SITE,
            "disease-check-interval", "longest time between two checks for the listed diseases", "d", "0", "365",
            "From the daily health log: the longest gap between two checks of the herd for foot-and-mouth disease, "
                    + "goat pox, bluetongue, anthrax, brucellosis and tuberculosis (1 d when checked every day).");
    static final EvidenceCode DISEASE_WATCH = siteAttestation("disease-monitoring",
            "Foot-and-mouth disease, goat pox, bluetongue, anthrax, brucellosis and tuberculosis are monitored "
                    + "daily, and exotic diseases watched for", "The daily health log.");
    static final EvidenceCode BIOSAFETY_AREA = siteAttestation("biosafety-isolation",
            "The farm has a biosafety isolation area and a biosafety assessment form, and enforces isolation, "
                    + "traffic control, sanitation, disinfection and harmless disposal",
            "The isolation area, the form and the records.");
    static final EvidenceCode EPIDEMICS_REPORTED = siteAttestation("epidemics-reported",
            "Major epidemics are reported promptly as the law requires and effective control measures are taken",
            "The farm's reporting procedure and any past reports.");
    static final EvidenceCode SURROUNDINGS_DISINFECTED = siteAttestation("surroundings-disinfected",
            "The surroundings of the sheds are disinfected regularly", "Disinfection records.");
    static final EvidenceCode DISINFECTION_POOLS = siteAttestation("disinfection-pools",
            "Disinfection pools at the farm entrances are kept with fresh solution", "The pools and their "
                    + "refill record.");
    static final EvidenceCode STAFF_CHANGE = siteAttestation("staff-change-clothes",
            "Staff change into work clothes and shoes before entering the production area",
            "The changing room and the auditor's own entry.");
    static final EvidenceCode VISITORS_COMPLY = siteAttestation("visitors-comply",
            "Visitors change clothes and shoes, follow the epidemic prevention rules and keep to the designated route",
            "The visitors' log and the auditor's own entry.");
    /** 5.15.5.2: staff and visitors are disinfected under UV light for at least 5 minutes. */
    static final Quantity UV_TIME_MIN = Quantity.of("5", "min");
    static final EvidenceCode UV_TIME = HousingEvidence.quantity(SubjectKind.SITE, "uv-disinfection-time",
            "UV disinfection time", "min", "0", "120",
            "How long a person stays under the UV lamps at the entrance to the production area (timer setting or "
                    + "the auditor's own passage).");

    static final List<EvidenceCode> CODES = List.of(HEALTH_PLAN, PLAN_CONTENTS, PLAN_REVIEWED, VET_SERVICE,
            DRUG_USE_LAWFUL, WITHDRAWAL, MARKETED_IN_WITHDRAWAL, DRUG_CABINET,
            EXPIRED_DRUGS, EARLIEST_EXPIRY, IMMUNISATION, DISEASE_CHECK_INTERVAL, DISEASE_WATCH, BIOSAFETY_AREA,
            EPIDEMICS_REPORTED, SURROUNDINGS_DISINFECTED, DISINFECTION_POOLS, STAFF_CHANGE, VISITORS_COMPLY, UV_TIME);

    static final Sentence EXPIRED = Sentence.of("housing/5.15.2.2/no-expired-drugs/expired",
            "a drug kept for use expired on {expiry}, before the assessment on {assessedOn}.", "expiry", "assessedOn");
    static final Sentence NOT_EXPIRED = Sentence.of("housing/5.15.2.2/no-expired-drugs/not-expired",
            "the earliest expiry date of the drugs kept for use is {expiry}, not before the assessment on "
                    + "{assessedOn}.", "expiry", "assessedOn");

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.15.1.1", "Health and welfare plan")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("The farm has a veterinary health and welfare plan that meets the law and covers at "
                            + "least biosafety, disease prevention and control, drug use and residue control, harmless "
                            + "disposal of sick and dead goats and waste, and other welfare and health measures.")
                    .rule(Rules.attested("plan", HEALTH_PLAN))
                    .rule(Rules.attested("contents", PLAN_CONTENTS))
                    .build(),
            Clause.of(DIS_2025, "5.15.1.2", "Review of the health plan")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("The farm inspects how the plan is carried out, records the results promptly and "
                            + "updates the plan.")
                    .rule(Rules.attested("reviewed", PLAN_REVIEWED))
                    .build(),
            Clause.of(DIS_2025, "5.15.1.3", "Veterinary service")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Beyond routine prevention, qualified veterinarians or designated veterinary services "
                            + "make sure goats are treated reasonably, accurately and in time.")
                    .rule(Rules.attested("vet", VET_SERVICE))
                    .build(),
            Clause.of(DIS_2025, "5.15.2.1", "Lawful use of veterinary drugs")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Veterinary drugs are used as the regulations require, and withdrawal periods are kept "
                            + "before treated goats are marketed.")
                    .rule(Rules.attested("lawful", DRUG_USE_LAWFUL))
                    .rule(Rules.measuredElseAttested("withdrawal", Rules.atMost("withdrawal",
                            MARKETED_IN_WITHDRAWAL, MARKETED_IN_WITHDRAWAL_MAX),
                            Rules.attested("withdrawal", WITHDRAWAL)))
                    .build(),
            Clause.of(DIS_2025, "5.15.2.2", "Drug cabinets; no expired drugs")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Dedicated drug cabinets, clearly classified, with their own space and records; expired "
                            + "drugs are never used.")
                    .rule(Rules.attested("cabinet", DRUG_CABINET))
                    .rule(Rules.measuredElseAttested("no-expired-drugs", Rules.custom("no-expired-drugs",
                                            "no drug kept for use expired before the assessment day",
                                            Method.MEASUREMENT, SubjectKind.SITE, Set.of(EARLIEST_EXPIRY),
                                            HealthManagement::noneExpired)
                                            .says(EXPIRED, NOT_EXPIRED), Rules.never("no-expired-drugs", EXPIRED_DRUGS))
                            .strength(Strength.PROHIBITION))
                    .build(),
            // 5.15.3: "Formulate immunization procedures ..." (R1); "the main diseases that need to be monitored
            // daily" (R6) and "pay attention to monitoring" (R1).
            Clause.of(DIS_2025, "5.15.3", "Immunity")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(INJURY_DISEASE)
                    .summary("Immunisation procedures are set with suitable vaccines and methods; foot-and-mouth "
                            + "disease, goat pox, bluetongue, anthrax, brucellosis and tuberculosis are monitored "
                            + "daily and exotic diseases watched for.")
                    .rule(Rules.attested("procedure", IMMUNISATION))
                    .rule(Rules.measuredElseAttested("monitoring", Rules.atMost("monitoring", DISEASE_CHECK_INTERVAL,
                            DISEASE_CHECKED_EVERY), Rules.attested("monitoring", DISEASE_WATCH)).readAs(Wording.NECESSITY))
                    .build(),
            // 5.15.4.1: "Establish a biosafety isolation area ... Strengthen the implementation ..." (R1).
            Clause.of(DIS_2025, "5.15.4.1", "Biosafety isolation")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(INJURY_DISEASE)
                    .summary("A biosafety isolation area and a biosafety assessment form; isolation, traffic control, "
                            + "sanitation, disinfection and harmless disposal of sick and dead goats and waste are "
                            + "enforced.")
                    .rule(Rules.attested("isolation", BIOSAFETY_AREA))
                    .build(),
            Clause.of(DIS_2025, "5.15.4.2", "Reporting major epidemics")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Major epidemics are reported promptly as the law requires and effectively controlled.")
                    .rule(Rules.attested("reported", EPIDEMICS_REPORTED))
                    .build(),
            Clause.of(DIS_2025, "5.15.5.1", "Disinfection of the surroundings")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("The surroundings of the sheds are disinfected regularly; disinfection pools are set up "
                            + "at the farm entrances and their solution renewed regularly.")
                    .rule(Rules.attested("surroundings", SURROUNDINGS_DISINFECTED))
                    // 5.15.5.1: "Set up disinfection pools ... and regularly replace the solution" (R1).
                    .rule(Rules.attested("pools", DISINFECTION_POOLS).readAs(Wording.IMPERATIVE))
                    .build(),
            Clause.of(DIS_2025, "5.15.5.2", "Entering the production area")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Staff and visitors entering the production area change work clothes and shoes and are "
                            + "disinfected under UV light for at least 5 minutes; visitors follow the farm's epidemic "
                            + "prevention rules and the designated route.")
                    .rule(Rules.attested("staff", STAFF_CHANGE))
                    .rule(Rules.attested("visitors", VISITORS_COMPLY))
                    .rule(Rules.atLeast("uv-time", UV_TIME, UV_TIME_MIN))
                    .build());

    /** 5.15.2.2: the earliest expiry date of the drugs kept for use is not before the assessment day. */
    private static Verdict noneExpired(SubjectEvidence e) {
        LocalDate expiry = e.date(EARLIEST_EXPIRY);
        if (expiry == null) {
            return Rules.notObserved(EARLIEST_EXPIRY);
        }
        List<Fact> facts = List.of(Fact.of(EARLIEST_EXPIRY, expiry));
        return expiry.isBefore(e.assessedOn())
                ? Verdict.notMet(facts, EXPIRED.with(expiry, e.assessedOn()))
                : Verdict.met(facts, NOT_EXPIRED.with(expiry, e.assessedOn()));
    }

    private HealthManagement() {
    }
}
