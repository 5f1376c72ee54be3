package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import java.util.stream.Stream;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;

/**
 * ISO 22786 clause 6, nomadic production system. Clause 6 mirrors clause 5 but its numbers differ: no limit of
 * the housing system is reused here. Each subclause lives in its own class named after its subject.
 */
public final class NomadicSystem implements StandardModule {

    @Override
    public List<Heading> headings() {
        return List.of(
                Heading.of(DIS_2025, "6", "Nomadic production system"),
                Heading.of(DIS_2025, "6.16", "Rangeland management"),
                Heading.of(DIS_2025, "6.19", "Cashmere harvesting"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return Stream.of(RangelandManagement.CODES, CashmereHarvesting.CODES).flatMap(List::stream).toList();
    }

    @Override
    public List<Clause> clauses() {
        return Stream.of(RangelandManagement.CLAUSES, CashmereHarvesting.CLAUSES).flatMap(List::stream).toList();
    }

    @Override
    public List<Duty> duties() {
        return RangelandManagement.DUTIES;
    }
}
