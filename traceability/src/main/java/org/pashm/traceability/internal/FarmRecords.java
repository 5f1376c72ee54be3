package org.pashm.traceability.internal;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;
import static org.pashm.core.standard.Freedom.NORMAL_BEHAVIOUR;

import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import org.pashm.core.standard.Clause;
import org.pashm.traceability.Retention;

/**
 * ISO 22786 11.1: the records of a housing farm and how long it keeps them. The periods are {@link Retention}'s, the
 * same the app's delete guard applies; each is judged from the day the records are held since and the day the first
 * was made ({@link RetentionRule}).
 *
 * <p>11.1.5 and 11.1.6 name records without a verb ("Training records for personnel."); sitting in the list of
 * records that 11.1.1 and 11.1.7 say shall be kept, they are read as requirements to keep those records.
 */
final class FarmRecords {

    static final EvidenceCode WHOLE_PROCESS = EvidenceCode.attestation("traceability.site.whole-process-recorded",
            "The whole process of farming, fibre collecting, transport and slaughter of the goats is recorded and the "
                    + "records are kept for traceability",
            "Whether every stage the farm's goats go through (welfare-friendly farming, fibre collecting, transport, "
                    + "slaughter) leaves records that are kept.", SubjectKind.SITE);

    static final EvidenceCode GRAZING_LAND_USED = EvidenceCode.attestation("traceability.site.grazing-land-used",
            "The farm's goats graze on grazing land",
            "Whether the farm lets its goats out to graze on land it uses. Answer no for a farm that keeps its goats "
                    + "housed all year: the grazing-land records then do not apply.", SubjectKind.SITE);
    static final EvidenceCode GRAZING_LAND_RECORDED = EvidenceCode.attestation(
            "traceability.site.grazing-land-recorded",
            "The evaluation and management of the grazing land are recorded",
            "Whether the farm records its evaluations of the grazing land and what it does to manage it.",
            SubjectKind.SITE);
    static final EvidenceCode GRAZING_LAND_HELD_SINCE = EvidenceCode.date(
            "traceability.site.grazing-land-records-held-since", "grazing-land records held since",
            "The earliest day from which the farm still holds every record of grazing-land evaluation and "
                    + "management; records made before it may have been deleted.", SubjectKind.SITE);
    static final EvidenceCode GRAZING_LAND_BEGUN = EvidenceCode.date("traceability.site.grazing-land-records-begun",
            "first grazing-land record", "The day the farm made its first grazing-land evaluation or management "
                    + "record.", SubjectKind.SITE);

    static final EvidenceCode BREEDING_ARCHIVES_HELD_SINCE = EvidenceCode.date(
            "traceability.site.breeding-archives-held-since", "breeding archives held since",
            "The earliest day from which the farm still holds every archive of its breeding goats; archives made "
                    + "before it may have been deleted.", SubjectKind.SITE);
    static final EvidenceCode BREEDING_ARCHIVES_BEGUN = EvidenceCode.date("traceability.site.breeding-archives-begun",
            "first breeding archive", "The day the farm opened its first archive of a breeding goat.",
            SubjectKind.SITE);
    static final EvidenceCode BREEDING_ARCHIVES_CONTENT = EvidenceCode.attestation(
            "traceability.site.breeding-archives-complete",
            "The breeding goats' archives give their age, birth and death dates, numbers, cashmere quality and "
                    + "production",
            "Whether the archive of each breeding goat has its age, birth date and death date, the numbers of goats, "
                    + "and its cashmere quality and production.", SubjectKind.SITE);

    static final EvidenceCode KEY_PARAMETERS_HELD_SINCE = EvidenceCode.date(
            "traceability.site.key-parameters-held-since", "key-parameter records held since",
            "The earliest day from which the farm still holds every key-parameter record; records made before it may "
                    + "have been deleted.", SubjectKind.SITE);
    static final EvidenceCode KEY_PARAMETERS_BEGUN = EvidenceCode.date("traceability.site.key-parameters-begun",
            "first key-parameter record", "The day the farm made its first key-parameter record.", SubjectKind.SITE);
    static final EvidenceCode KEY_PARAMETERS_CONTENT = EvidenceCode.attestation(
            "traceability.site.key-parameters-complete",
            "Key parameters are recorded: number, cashmere origin, colour, quality, strain, age and weight",
            "Whether the key-parameter records give the number of goats, the origin, colour and quality of the "
                    + "cashmere, and the goats' strain, age and weight.", SubjectKind.SITE);

    static final EvidenceCode TRAINING_RECORDS = EvidenceCode.attestation("traceability.site.training-records-kept",
            "Training records are kept for the farm's personnel",
            "Whether the farm keeps a record of the training each person working with the goats has received.",
            SubjectKind.SITE);
    static final EvidenceCode HEALTH_RECORDS = EvidenceCode.attestation("traceability.site.health-records-kept",
            "Health management records of the goats (immunisation, medication, disinfection) are kept",
            "Whether the farm keeps records of vaccinations, medicines given and disinfections.", SubjectKind.SITE);

    /** The attestation 11.1.7 was first evaluated from: the rule's fallback when the dates are not given. */
    static final EvidenceCode RECORDS_KEPT = EvidenceCode.attestation("traceability.site.records-kept-3-years",
            "Every record of the farm or ranch is kept for at least 3 years",
            "Whether the site's records (farming, fibre collecting, transport, health, training) go back at least 3 "
                    + "years, or to the start of the site when it is younger.", SubjectKind.SITE);
    static final EvidenceCode RECORDS_HELD_SINCE = EvidenceCode.date("traceability.site.records-held-since",
            "records held since",
            "The earliest day from which the site still holds all its records, of every kind; records made before it "
                    + "may have been deleted.", SubjectKind.SITE);
    static final EvidenceCode RECORDS_BEGUN = EvidenceCode.date("traceability.site.records-begun", "first record",
            "The day the site made its first record (usually the day it began farming goats).", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(WHOLE_PROCESS, GRAZING_LAND_USED, GRAZING_LAND_RECORDED,
            GRAZING_LAND_HELD_SINCE, GRAZING_LAND_BEGUN, BREEDING_ARCHIVES_HELD_SINCE, BREEDING_ARCHIVES_BEGUN,
            BREEDING_ARCHIVES_CONTENT, KEY_PARAMETERS_HELD_SINCE, KEY_PARAMETERS_BEGUN, KEY_PARAMETERS_CONTENT,
            TRAINING_RECORDS, HEALTH_RECORDS, RECORDS_KEPT, RECORDS_HELD_SINCE, RECORDS_BEGUN);

    /**
     * The documents 11.1 says a farm keeps, as the records an organisation keeps ({@code POST
     * /organisations/{id}/records}): about the organisation as a whole or one of its sites, each with a title and
     * its text, and deleted only once the retention its clause sets has ended.
     */
    static final List<RecordKind> RECORD_KINDS = List.of(
            document("record", "Farm record", "11.1.7", Iso22786Retention.RECORD),
            document("grazing-land-evaluation", "Evaluation and management of grazing land", "11.1.2",
                    Iso22786Retention.GRAZING_LAND_EVALUATION),
            document("breeding-archive", "Archive of breeding goats (age, birth and death dates, quantity, cashmere "
                    + "quality and production)", "11.1.3", Iso22786Retention.BREEDING_ARCHIVE),
            document("key-parameters", "Key parameters (number, cashmere origin, colour, quality, strain, age, "
                    + "weight)", "11.1.4", Iso22786Retention.KEY_PARAMETERS));

    private static RecordKind document(String code, String title, String clause,
                                       org.pashm.core.record.Retention kept) {
        return RecordKind.of(DIS_2025, code, title).clauses(clause)
                .about(SubjectKind.ORGANISATION, SubjectKind.SITE).keptAs(kept).build();
    }

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "11.1.1", "The whole process recorded for traceability")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Welfare-friendly farming, fibre collecting, transport and slaughter of the goats are "
                            + "recorded from start to end, and every record is kept so that the fibre can be traced.")
                    .rule(Rules.attested("whole-process", WHOLE_PROCESS))
                    .build(),
            Clause.of(DIS_2025, "11.1.2", "Grazing-land records kept at least ten years")
                    .requirement().housing().freedoms(HUNGER_THIRST, NORMAL_BEHAVIOUR)
                    .summary("The evaluation and management of the grazing land are recorded, and those records are "
                            + "kept for at least 10 years.")
                    .rule(Rules.attested("recorded", GRAZING_LAND_RECORDED)
                            .onlyWhen(Applicability.whenAttested(GRAZING_LAND_USED)))
                    .rule(RetentionRule.heldFor("ten-years", Retention.GRAZING_LAND_EVALUATION,
                            GRAZING_LAND_HELD_SINCE, GRAZING_LAND_BEGUN, "grazing-land records")
                            .onlyWhen(Applicability.whenAttested(GRAZING_LAND_USED)))
                    .build(),
            Clause.of(DIS_2025, "11.1.3", "Breeding goats' archives kept permanently")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("The farm keeps the archives of its breeding goats permanently: age, birth and death "
                            + "dates, numbers, cashmere quality and production.")
                    .rule(RetentionRule.heldFor("permanent", Retention.BREEDING_ARCHIVE, BREEDING_ARCHIVES_HELD_SINCE,
                            BREEDING_ARCHIVES_BEGUN, "breeding archives"))
                    .rule(Rules.attested("content", BREEDING_ARCHIVES_CONTENT))
                    .build(),
            Clause.of(DIS_2025, "11.1.4", "Key parameters kept permanently")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Key parameters (number, cashmere origin, colour and quality, strain, age, weight) are "
                            + "kept permanently.")
                    .rule(RetentionRule.heldFor("permanent", Retention.KEY_PARAMETERS, KEY_PARAMETERS_HELD_SINCE,
                            KEY_PARAMETERS_BEGUN, "key-parameter records"))
                    .rule(Rules.attested("content", KEY_PARAMETERS_CONTENT))
                    .build(),
            Clause.of(DIS_2025, "11.1.5", "Training records for personnel")
                    .requirement().housing().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Records of the training given to the farm's personnel are kept.")
                    .rule(Rules.attested("training", TRAINING_RECORDS))
                    .build(),
            Clause.of(DIS_2025, "11.1.6", "Health management records")
                    .requirement().housing().freedoms(INJURY_DISEASE)
                    .summary("Health management records of the goats are kept: immunisation, medication, disinfection "
                            + "and the like.")
                    .rule(Rules.attested("health", HEALTH_RECORDS))
                    .build(),
            Clause.of(DIS_2025, "11.1.7", "Records kept at least three years")
                    .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("All records of farms and ranches are kept for at least 3 years.")
                    .rule(heldForOrAttested())
                    .build());

    /**
     * 11.1.7, checked once: from the dates when "held since" is given (the measurement), otherwise from the auditor's
     * attestation that every record goes back 3 years. It was two rules, an attestation and the dated rule, so one
     * missing record could give two nonconformities for the one sentence.
     */
    private static Rule.Draft heldForOrAttested() {
        Rule.Draft dated = RetentionRule.heldFor("held-since", Retention.RECORD, RECORDS_HELD_SINCE, RECORDS_BEGUN,
                "the site's records");
        Rule.Draft attested = Rules.attested("three-years", RECORDS_KEPT);
        return Rules.custom("held-since", dated.statement() + ", or attested so", Method.MEASUREMENT,
                SubjectKind.SITE, Set.of(RECORDS_HELD_SINCE, RECORDS_BEGUN, RECORDS_KEPT),
                e -> e.date(RECORDS_HELD_SINCE) == null && e.attested(RECORDS_KEPT) != null
                        ? attested.judge().judge(e)
                        : dated.judge().judge(e))
                // What the two say: the dated rule's own sentences (core's attestation sentences need no declaring).
                .says(dated.sentences().toArray(new org.pashm.core.text.Sentence[0]));
    }

    private FarmRecords() {
    }
}
