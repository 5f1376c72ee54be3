package org.pashm.housing;

import org.pashm.core.record.RecordKind;
import java.util.ArrayList;
import java.util.List;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;

/**
 * ISO 22786 clause 5, housing production system (5.1 to 5.25; 5.26 raw cashmere management is the traceability
 * module's). Each top-level subclause lives in its own class named after its subject, listed here in clause order;
 * {@code grep -rn '"5.13.7"'} finds any clause.
 */
public final class HousingSystem implements StandardModule {

    private static final List<EvidenceCode> VOCABULARY = join(
            HousingEvidence.CODES,
            GeneralRequirements.CODES,          // 5.1
            ShelterRequirements.CODES,          // 5.2
            ShelterEnvironment.CODES,           // 5.3
            EnvironmentalHygiene.CODES,         // 5.4
            FeedingSpace.CODES,                 // 5.5
            ExerciseGround.CODES,               // 5.6
            FarmGreening.CODES,                 // 5.7
            StaffTraining.CODES,                // 5.8
            Reproduction.CODES,                 // 5.9
            BreastfeedingAndRearing.CODES,      // 5.10
            Weaning.CODES,                      // 5.11
            RaisingManagement.CODES,            // 5.12
            Feeding.CODES,                      // 5.13
            DrinkingWater.CODES,                // 5.14
            HealthManagement.CODES,             // 5.15
            RanchManagement.CODES,              // 5.16
            ManureTreatment.CODES,              // 5.17
            RoutineManagement.CODES,            // 5.18
            CashmereHarvesting.CODES,           // 5.19
            HarvestTiming.CODES,                // 5.20
            HarvestSite.CODES,                  // 5.21
            HarvestPersonnel.CODES,             // 5.22
            HarvestAppliances.CODES,            // 5.23
            Combing.CODES,                      // 5.24
            Shearing.CODES);                    // 5.25

    private static final List<Clause> CLAUSES = join(
            GeneralRequirements.CLAUSES,
            ShelterRequirements.CLAUSES,
            ShelterEnvironment.CLAUSES,
            EnvironmentalHygiene.CLAUSES,
            FeedingSpace.CLAUSES,
            ExerciseGround.CLAUSES,
            FarmGreening.CLAUSES,
            StaffTraining.CLAUSES,
            Reproduction.CLAUSES,
            BreastfeedingAndRearing.CLAUSES,
            Weaning.CLAUSES,
            RaisingManagement.CLAUSES,
            Feeding.CLAUSES,
            DrinkingWater.CLAUSES,
            HealthManagement.CLAUSES,
            RanchManagement.CLAUSES,
            ManureTreatment.CLAUSES,
            RoutineManagement.CLAUSES,
            CashmereHarvesting.CLAUSES,
            HarvestTiming.CLAUSES,
            HarvestSite.CLAUSES,
            HarvestPersonnel.CLAUSES,
            HarvestAppliances.CLAUSES,
            Combing.CLAUSES,
            Shearing.CLAUSES);

    private static final List<Duty> DUTIES = join(
            RoutineManagement.DUTIES,           // 5.18.2 castration, 5.18.3 hoof repairing
            RanchManagement.DUTIES,             // 5.16.5 soil testing
            CashmereHarvesting.DUTIES,          // 5.19.1.5 observation after a harvest injury
            HarvestTiming.DUTIES);              // 5.19.1.1, 5.20.1 yearly harvest in the moult

    private static final List<RecordKind> RECORD_KINDS = join(
            RoutineManagement.RECORD_KINDS,     // hoof-repair, castration, birth
            RanchManagement.RECORD_KINDS,       // soil-test
            CashmereHarvesting.RECORD_KINDS,    // harvest-injury, injury-observation
            HarvestTiming.RECORD_KINDS);        // harvest

    @Override
    public List<Heading> headings() {
        return HousingHeadings.ALL;
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return VOCABULARY;
    }

    @Override
    public List<Clause> clauses() {
        return CLAUSES;
    }

    @Override
    public List<Duty> duties() {
        return DUTIES;
    }

    @Override
    public List<RecordKind> recordKinds() {
        return RECORD_KINDS;
    }

    @SafeVarargs
    private static <T> List<T> join(List<T>... parts) {
        List<T> all = new ArrayList<>();
        for (List<T> p : parts) {
            all.addAll(p);
        }
        return List.copyOf(all);
    }
}
