package org.pashm.nomadic;

import org.pashm.core.evidence.Value;
import org.pashm.core.text.Sentence;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/**
 * ISO 22786 6.15: health management. Its paragraphs are unnumbered in the seed text and take the numbers of their
 * headings: 6.15.1 general requirements, 6.15.2 use of veterinary drugs, 6.15.3 immunity, 6.15.4 biosafety, 6.15.5
 * disinfection system.
 */
final class HealthManagement {

    static final Sentence WITHDRAWAL_KEPT = Sentence.of("nomadic/6.15.2/withdrawal/kept",
            "marketed {waited} after a treatment whose withdrawal period is {period}: the period was kept.",
            "waited", "period");
    static final Sentence MARKETED_TOO_SOON = Sentence.of("nomadic/6.15.2/withdrawal/too-soon",
            "marketed {waited} after a treatment whose withdrawal period is {period}: marketed before the period "
                    + "ended.", "waited", "period");


    static final EvidenceCode DISEASE_PREVENTION = EvidenceCode.attestation("nomadic.site.disease-prevention-measures",
            "Disease prevention and control measures are in place",
            "Whether the household applies measures that prevent and control disease in the herd (vaccination, "
                    + "quarantine of new goats, parasite control...).", SubjectKind.SITE);
    static final EvidenceCode RESIDUE_CONTROL = EvidenceCode.attestation("nomadic.site.drug-residue-control",
            "Drug use and residue control measures are in place",
            "Whether the household controls how drugs are used and prevents residues in meat, milk and fibre.",
            SubjectKind.SITE);
    static final EvidenceCode BIOSAFE_TREATMENT = EvidenceCode.attestation("nomadic.site.biosafe-treatment",
            "Sick and dead goats and waste are treated in a biosafe way",
            "Whether sick goats are isolated and treated, and dead goats and waste handled so that disease does not "
                    + "spread.", SubjectKind.SITE);
    static final EvidenceCode DRUGS_COMPLY = EvidenceCode.attestation("nomadic.site.veterinary-drugs-comply",
            "Veterinary drugs are used as the regulations require",
            "Whether sick goats are treated only with authorised veterinary drugs, used as the regulations require.",
            SubjectKind.SITE);
    static final EvidenceCode WITHDRAWAL = EvidenceCode.attestation("nomadic.site.withdrawal-periods-kept",
            "Drug withdrawal periods are kept before goats or their products are marketed for consumption",
            "Whether treated commercial or milking goats, and their milk or meat, are kept off the market until the "
                    + "drug's withdrawal period has passed.", SubjectKind.SITE);
    static final EvidenceCode HEALTH_BOOK = EvidenceCode.attestation("nomadic.site.drug-use-recorded",
            "Every drug treatment is recorded in the household's herd health book",
            "Whether each use of drugs to treat goats is entered, regularly, in the household livestock herd health "
                    + "book (cite the book in the observation's reference).", SubjectKind.SITE);

    /** 6.15.3: the main diseases the herd is vaccinated against, by rule id. */
    static final Map<String, String> VACCINATIONS = vaccinations();

    static final List<EvidenceCode> VACCINATION_CODES = VACCINATIONS.entrySet().stream()
            .map(v -> EvidenceCode.attestation("nomadic.site.vaccinated-against-" + v.getKey(),
                    "The herd is vaccinated against " + v.getValue(),
                    "Whether the herd's vaccination against " + v.getValue() + " is current, from the herd health book "
                            + "or the veterinary service's certificate.", SubjectKind.SITE))
            .toList();

    static final EvidenceCode ILLNESS_REPORTED = EvidenceCode.attestation("nomadic.site.illness-reported",
            "Cases of illness are reported promptly to the veterinary unit and treated effectively",
            "Whether the household reports every case of illness without delay to the relevant veterinary unit and "
                    + "takes effective treatment measures.", SubjectKind.SITE);
    static final EvidenceCode SEASONAL_DISINFECTION = EvidenceCode.attestation("nomadic.shelter.seasonally-disinfected",
            "The shelter and its surroundings are disinfected every season by airing and by burning dung and herbs",
            "Whether the shelter and the ground around it are disinfected each season by natural ventilation and the "
                    + "traditional burning of dung and herbs.", SubjectKind.SHELTER);

    /**
     * 6.15.2: "a drug withdrawal period shall be implemented before the marketing": the shortest time from a treatment
     * to the marketing of the treated goat or its products is at least the drug's withdrawal period.
     */
    static final EvidenceCode TREATMENT_TO_MARKETING = EvidenceCode.quantity("nomadic.site.treatment-to-marketing",
            "shortest time from a drug treatment to marketing the treated goat or its products", "d", "0", "3650",
            "Over the treatments in the herd health book since the last assessment, the shortest time between a "
                    + "treatment of a commercial or milking goat and the marketing of that goat, its milk or meat.",
            SubjectKind.SITE);
    static final EvidenceCode WITHDRAWAL_PERIOD = EvidenceCode.quantity("nomadic.site.withdrawal-period",
            "withdrawal period of the drug given in that treatment", "d", "0", "3650",
            "The withdrawal period the drug's label or the veterinarian sets, for the treatment with the shortest time "
                    + "to marketing.", SubjectKind.SITE);
    /**
     * 6.15.5: the shelter is "seasonally disinfected": once a season, so the last disinfection is no more than three
     * months (a season of docs/reading-the-standard.md, R11) before the assessment.
     */
    static final Period DISINFECTED_EVERY = Period.ofMonths(3);
    static final EvidenceCode LAST_DISINFECTION = EvidenceCode.date("nomadic.shelter.last-disinfection",
            "last disinfection of the shelter and its surroundings",
            "The day the shelter and the ground around it were last disinfected (by airing and burning dung and "
                    + "herbs).", SubjectKind.SHELTER);

    static final List<EvidenceCode> CODES = codes();

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.15.1", "Health and welfare measures")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Herders ensure health and welfare through disease prevention and control, drug use and "
                            + "residue control, biosafe treatment of sick and dead goats and of waste, and other welfare "
                            + "and health measures.")
                    .rule(Rules.attested("disease-prevention", DISEASE_PREVENTION))
                    .rule(Rules.attested("residue-control", RESIDUE_CONTROL))
                    .rule(Rules.attested("biosafe-treatment", BIOSAFE_TREATMENT))
                    .build(),
            Clause.of(DIS_2025, "6.15.2", "Use of veterinary drugs")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Veterinary drugs for sick goats are used as the regulations require; a withdrawal period "
                            + "is kept before products of treated commercial or milking goats are marketed for "
                            + "consumption; and every drug treatment is recorded regularly in the household herd health "
                            + "book.")
                    .rule(Rules.attested("drugs-comply", DRUGS_COMPLY))
                    .rule(Rules.measuredElseAttested(withdrawalKept(), WITHDRAWAL))
                    .rule(Rules.attested("health-book", HEALTH_BOOK))
                    .build(),
            immunity(),
            Clause.of(DIS_2025, "6.15.4", "Biosafety: illness reported and treated")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("Every case of illness is promptly reported to the relevant veterinary unit, and the herder "
                            + "takes effective treatment measures.")
                    .rule(Rules.attested("illness-reported", ILLNESS_REPORTED))
                    .build(),
            Clause.of(DIS_2025, "6.15.5", "Seasonal disinfection")
                    .requirement().nomadic().freedoms(INJURY_DISEASE)
                    .summary("The shelter and its surroundings are disinfected every season by natural ventilation and "
                            + "by burning dung and herbs.")
                    .rule(Rules.measuredElseAttested(Rules.notOlderThan("seasonal-disinfection", LAST_DISINFECTION,
                            DISINFECTED_EVERY), SEASONAL_DISINFECTION))
                    .build());

    private static Clause immunity() {
        Clause.Builder clause = Clause.of(DIS_2025, "6.15.3", "Vaccination against the main diseases")
                .requirement().nomadic().freedoms(INJURY_DISEASE)
                .summary("Herders ensure that their herds are vaccinated against the main diseases: foot-and-mouth "
                        + "disease (FMD), goat pox, anthrax, brucellosis, tuberculosis and peste des petits ruminants "
                        + "(PPR).");
        for (EvidenceCode code : VACCINATION_CODES) {
            clause.rule(Rules.attested(code.code().substring("nomadic.site.vaccinated-against-".length()), code));
        }
        return clause.build();
    }

    private static Map<String, String> vaccinations() {
        Map<String, String> diseases = new LinkedHashMap<>();
        diseases.put("fmd", "foot-and-mouth disease (FMD)");
        diseases.put("goat-pox", "goat pox");
        diseases.put("anthrax", "anthrax");
        diseases.put("brucellosis", "brucellosis");
        diseases.put("tuberculosis", "tuberculosis");
        diseases.put("ppr", "peste des petits ruminants (PPR)");
        return diseases;
    }


    /** 6.15.2: the time to marketing is at least the withdrawal period (a period of 0 d is met at once). */
    private static Rule.Draft withdrawalKept() {
        return Rules.custom("withdrawal", "shortest time from a drug treatment to marketing at least the drug's "
                        + "withdrawal period", Method.MEASUREMENT, SubjectKind.SITE,
                Set.of(TREATMENT_TO_MARKETING, WITHDRAWAL_PERIOD), e -> {
                    BigDecimal waited = e.quantity(TREATMENT_TO_MARKETING);
                    BigDecimal period = e.quantity(WITHDRAWAL_PERIOD);
                    if (waited == null) {
                        return Rules.notObserved(TREATMENT_TO_MARKETING);
                    }
                    if (period == null) {
                        return Rules.notObserved(WITHDRAWAL_PERIOD);
                    }
                    List<Fact> facts = List.of(Fact.observed(e, TREATMENT_TO_MARKETING),
                            Fact.observed(e, WITHDRAWAL_PERIOD));
                    Value waitedFor = e.value(TREATMENT_TO_MARKETING);
                    Value withdrawal = e.value(WITHDRAWAL_PERIOD);
                    return waited.compareTo(period) >= 0
                            ? Verdict.met(facts, WITHDRAWAL_KEPT.with(waitedFor, withdrawal))
                            : Verdict.notMet(facts, MARKETED_TOO_SOON.with(waitedFor, withdrawal));
                }).says(WITHDRAWAL_KEPT, MARKETED_TOO_SOON);
    }

    private static List<EvidenceCode> codes() {
        List<EvidenceCode> all = new ArrayList<>(List.of(DISEASE_PREVENTION, RESIDUE_CONTROL, BIOSAFE_TREATMENT,
                DRUGS_COMPLY, WITHDRAWAL, TREATMENT_TO_MARKETING, WITHDRAWAL_PERIOD, HEALTH_BOOK));
        all.addAll(VACCINATION_CODES);
        all.add(ILLNESS_REPORTED);
        all.add(SEASONAL_DISINFECTION);
        all.add(LAST_DISINFECTION);
        return List.copyOf(all);
    }

    private HealthManagement() {
    }
}
