package org.pashm.core.iso22786;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.record.RecordKind;

/**
 * The kinds of record ISO 22786 clause 11 asks of both production systems that fulfil no duty of a section module:
 * health management and training. The section modules declare the kinds of their own duties beside them.
 */
public final class Iso22786Records {

    /**
     * 11.1.6: health management records (immunity, medication, disinfection); 11.2.2: veterinary services to the
     * herd, recorded by the calendar.
     */
    public static final RecordKind VACCINATION = RecordKind.of(DIS_2025, "vaccination", "Vaccination")
            .clauses("11.1.6", "11.2.2").about(SubjectKind.SITE, SubjectKind.GOAT_GROUP, SubjectKind.GOAT)
            .keptAs(Iso22786Retention.RECORD).build();

    /** 11.1.5: training records for personnel; 11.2.5: training provided, kept at the cooperative level. */
    public static final RecordKind STAFF_TRAINING = RecordKind.of(DIS_2025, "staff-training", "Staff training")
            .clauses("11.1.5", "11.2.5").about(SubjectKind.SITE).keptAs(Iso22786Retention.RECORD).build();

    /**
     * 11.1.1: the whole process is recorded. Work for a duty no other kind fulfils (a module's own duty): the
     * record names the duty, and is kept as every record is (11.1.7).
     */
    public static final RecordKind OTHER = RecordKind.of(DIS_2025, "other", "Other work for a duty it names")
            .clauses("11.1.1").namesItsDuty().keptAs(Iso22786Retention.RECORD).build();

    public static final List<RecordKind> ALL = List.of(VACCINATION, STAFF_TRAINING, OTHER);

    private Iso22786Records() {
    }
}
