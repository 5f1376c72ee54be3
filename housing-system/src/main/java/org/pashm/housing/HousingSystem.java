package org.pashm.housing;

import java.util.List;
import java.util.stream.Stream;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;

/**
 * ISO 22786 clause 5, housing production system. Each subclause lives in its own class named after its subject
 * (5.3 {@link ShelterEnvironment}, 5.18 {@link RoutineManagement}); {@code grep -rn '"5.3.3"'} finds any clause.
 */
public final class HousingSystem implements StandardModule {

    @Override
    public List<Heading> headings() {
        return HousingHeadings.ALL;
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return Stream.of(ShelterEnvironment.CODES, RoutineManagement.CODES).flatMap(List::stream).toList();
    }

    @Override
    public List<Clause> clauses() {
        return Stream.of(ShelterEnvironment.CLAUSES, RoutineManagement.CLAUSES).flatMap(List::stream).toList();
    }

    @Override
    public List<Duty> duties() {
        return RoutineManagement.DUTIES;
    }
}
