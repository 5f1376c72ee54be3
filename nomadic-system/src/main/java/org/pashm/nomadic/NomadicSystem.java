package org.pashm.nomadic;

import org.pashm.core.record.RecordKind;
import java.util.ArrayList;
import java.util.List;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;

/**
 * ISO 22786 clause 6, nomadic production system, 6.1 to 6.25 (6.26, raw cashmere management, is the traceability
 * module's). Clause 6 mirrors clause 5 but its numbers differ: no limit of the housing system is reused here. Each
 * top-level subclause lives in its own class named after its subject, so {@code grep -rn '"6.9.1.2"'} finds any
 * clause; {@link Household} holds the codes that decide what applies to a household.
 */
public final class NomadicSystem implements StandardModule {

    @Override
    public List<Heading> headings() {
        return NomadicHeadings.ALL;
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        List<EvidenceCode> all = new ArrayList<>();
        all.addAll(Household.CODES);
        all.addAll(GeneralRequirements.CODES);
        all.addAll(ShelterRequirements.CODES);
        all.addAll(ShelterEnvironment.CODES);
        all.addAll(EnvironmentalHygiene.CODES);
        all.addAll(FeedingSpace.CODES);
        all.addAll(StaffTraining.CODES);
        all.addAll(Reproduction.CODES);
        all.addAll(BreastfeedingAndRearing.CODES);
        all.addAll(Weaning.CODES);
        all.addAll(RaisingManagement.CODES);
        all.addAll(Feeding.CODES);
        all.addAll(DrinkingWater.CODES);
        all.addAll(HealthManagement.CODES);
        all.addAll(RangelandManagement.CODES);
        all.addAll(ManureTreatment.CODES);
        all.addAll(RoutineManagement.CODES);
        all.addAll(CashmereHarvesting.CODES);
        all.addAll(HarvestTiming.CODES);
        all.addAll(HarvestSite.CODES);
        all.addAll(HarvestPersonnel.CODES);
        all.addAll(CombingAppliances.CODES);
        all.addAll(Combing.CODES);
        return List.copyOf(all);
    }

    @Override
    public List<Clause> clauses() {
        List<Clause> all = new ArrayList<>();
        all.addAll(GeneralRequirements.CLAUSES);    // 6.1
        all.addAll(ShelterRequirements.CLAUSES);    // 6.2
        all.addAll(ShelterEnvironment.CLAUSES);     // 6.3
        all.addAll(EnvironmentalHygiene.CLAUSES);   // 6.4
        all.addAll(FeedingSpace.CLAUSES);           // 6.5 (6.6 and 6.7: no requirements)
        all.addAll(StaffTraining.CLAUSES);          // 6.8
        all.addAll(Reproduction.CLAUSES);           // 6.9
        all.addAll(BreastfeedingAndRearing.CLAUSES); // 6.10
        all.addAll(Weaning.CLAUSES);                // 6.11
        all.addAll(RaisingManagement.CLAUSES);      // 6.12
        all.addAll(Feeding.CLAUSES);                // 6.13
        all.addAll(DrinkingWater.CLAUSES);          // 6.14
        all.addAll(HealthManagement.CLAUSES);       // 6.15
        all.addAll(RangelandManagement.CLAUSES);    // 6.16
        all.addAll(ManureTreatment.CLAUSES);        // 6.17
        all.addAll(RoutineManagement.CLAUSES);      // 6.18
        all.addAll(CashmereHarvesting.CLAUSES);     // 6.19
        all.addAll(HarvestTiming.CLAUSES);          // 6.20
        all.addAll(HarvestSite.CLAUSES);            // 6.21
        all.addAll(HarvestPersonnel.CLAUSES);       // 6.22
        all.addAll(CombingAppliances.CLAUSES);      // 6.23
        all.addAll(Combing.CLAUSES);                // 6.24
        all.addAll(Shearing.CLAUSES);               // 6.25
        return List.copyOf(all);
    }

    @Override
    public List<Duty> duties() {
        List<Duty> all = new ArrayList<>();
        all.addAll(RangelandManagement.DUTIES);
        all.addAll(RoutineManagement.DUTIES);
        all.addAll(CashmereHarvesting.DUTIES);
        all.addAll(HarvestTiming.DUTIES);
        return List.copyOf(all);
    }

    @Override
    public List<RecordKind> recordKinds() {
        List<RecordKind> all = new ArrayList<>();
        all.addAll(RangelandManagement.RECORD_KINDS);   // rangeland-monitoring
        all.addAll(RoutineManagement.RECORD_KINDS);     // castration
        all.addAll(CashmereHarvesting.RECORD_KINDS);    // harvest-injury, injury-observation
        all.addAll(HarvestTiming.RECORD_KINDS);         // harvest
        return List.copyOf(all);
    }
}
