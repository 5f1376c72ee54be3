package org.pashm.traceability.internal;

import org.pashm.core.record.RecordKind;
import java.util.List;
import java.util.stream.Stream;
import org.pashm.core.duty.Duty;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Heading;

/**
 * ISO 22786 clause 11 and the raw-cashmere clauses 5.26 and 6.26. Each subclause lives in a class named after its
 * subject, the housing and nomadic twins side by side: 5.26.1 / 6.26.1 {@link Packaging}, 5.26.2 / 6.26.2
 * {@link CashmereInspection}, 5.26.3 / 6.26.3 {@link CashmereRecords}, 11.1 {@link FarmRecords}, 11.2
 * {@link HerderRecords}. {@code grep -rn '"5.26.1.2"'} finds any clause.
 */
public final class Traceability implements StandardModule {

    @Override
    public List<Heading> headings() {
        return TraceabilityHeadings.ALL;
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return Stream.of(Packaging.CODES, CashmereInspection.CODES, CashmereRecords.CODES, FarmRecords.CODES,
                HerderRecords.CODES).flatMap(List::stream).toList();
    }

    @Override
    public List<Clause> clauses() {
        return Stream.of(Packaging.CLAUSES, CashmereInspection.CLAUSES, CashmereRecords.CLAUSES, FarmRecords.CLAUSES,
                HerderRecords.CLAUSES).flatMap(List::stream).toList();
    }

    @Override
    public List<Duty> duties() {
        return CashmereInspection.DUTIES;
    }

    @Override
    public List<RecordKind> recordKinds() {
        return Stream.of(CashmereInspection.RECORD_KINDS, FarmRecords.RECORD_KINDS).flatMap(List::stream).toList();
    }
}
