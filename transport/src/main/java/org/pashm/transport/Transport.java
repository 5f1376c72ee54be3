package org.pashm.transport;

import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import java.util.stream.Stream;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;

/**
 * ISO 22786 clauses 7-10 and 12. Their subjects are vehicles, drivers, journeys and herd movements on foot
 * (transitions), and every clause applies to housing farms and nomadic herders alike. Each subclause lives in its
 * own class named after its subject: 7.1 {@link Vehicles}, 8.1 {@link Drivers}, 9.1 {@link Loading}, 10.1
 * {@link Transition}, 12 {@link Killing}; {@link Scope} holds the site's statements that make them not applicable.
 * {@code grep -rn '"9.1.1"'} finds any clause.
 */
public final class Transport implements StandardModule {

    /**
     * The headings the text names, under their canonical numbers. The seed's "7.1.1 Transportation vehicles" is 7.1
     * (its paragraphs are 7.1.2 to 7.1.7). The text gives no title for 8.1, 9.1 and 10.1, so none is invented: their
     * paragraphs sit under their section.
     */
    static final List<Heading> HEADINGS = List.of(
            Heading.of(DIS_2025, "7", "Transportation"),
            Heading.of(DIS_2025, "7.1", "Transportation vehicles"),
            Heading.of(DIS_2025, "8", "Transportation personnel"),
            Heading.of(DIS_2025, "9", "Loading and unloading"),
            Heading.of(DIS_2025, "10", "Transition"),
            Heading.of(DIS_2025, "12", "Killing of goats"));

    @Override
    public List<Heading> headings() {
        return HEADINGS;
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return Stream.of(Scope.CODES, Vehicles.CODES, Drivers.CODES, Loading.CODES, Transition.CODES, Killing.CODES)
                .flatMap(List::stream).toList();
    }

    @Override
    public List<Clause> clauses() {
        return Stream.of(Vehicles.CLAUSES, Drivers.CLAUSES, Loading.CLAUSES, Transition.CLAUSES, Killing.CLAUSES)
                .flatMap(List::stream).toList();
    }

    @Override
    public List<Duty> duties() {
        return Vehicles.DUTIES;
    }

    @Override
    public List<RecordKind> recordKinds() {
        return Vehicles.RECORD_KINDS;
    }
}
