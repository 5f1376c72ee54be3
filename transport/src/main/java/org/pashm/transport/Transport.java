package org.pashm.transport;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import java.util.stream.Stream;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;

/**
 * ISO 22786 clauses 7-10 and 12. Their subjects are vehicles, drivers, journeys and herd movements, and every
 * clause applies to housing farms and nomadic herders alike.
 */
public final class Transport implements StandardModule {

    @Override
    public List<Heading> headings() {
        return List.of(
                Heading.of(DIS_2025, "7", "Transportation"),
                Heading.of(DIS_2025, "7.1", "Transportation vehicles"),
                Heading.of(DIS_2025, "9", "Loading and unloading"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return Stream.of(Vehicles.CODES, Loading.CODES).flatMap(List::stream).toList();
    }

    @Override
    public List<Clause> clauses() {
        return Stream.of(Vehicles.CLAUSES, Loading.CLAUSES).flatMap(List::stream).toList();
    }

    @Override
    public List<Duty> duties() {
        return Vehicles.DUTIES;
    }
}
