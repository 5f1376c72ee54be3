package org.pashm.traceability.internal;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.traceability.Retention;

/**
 * ISO 22786 5.26.3 and 6.26.3: the data records of raw cashmere: each goat's parameters, and the permanent archive of
 * each bag and of the other main information under a unique number ({@link Retention#BAG_DATA} for the app).
 *
 * <p>5.26.3.1 is written as an instruction ("Record the parameter information") where its twin 6.26.3.1 says
 * "shall": it is read as a requirement.
 */
final class CashmereRecords {

    static final EvidenceCode GOAT_PARAMETERS = EvidenceCode.attestation(
            "traceability.site.goat-parameters-recorded",
            "Each goat's parameters are recorded in detail from the test data and archived regularly",
            "Whether the results of the cashmere inspection (the parameters of every goat) are written into the "
                    + "goat records and those records archived at regular intervals.", SubjectKind.SITE);
    static final EvidenceCode BAG_ARCHIVED = EvidenceCode.attestation("traceability.bag.archived-under-unique-number",
            "The bag's packaging data are archived permanently under a unique number",
            "Whether the bag's number appears on the bag and in the permanent archive, once, with its packaging data "
                    + "(markings, weight, class).", SubjectKind.BAG);
    static final EvidenceCode MAIN_INFORMATION = EvidenceCode.attestation(
            "traceability.site.main-information-archived",
            "Besides the packaging data, the other main information is archived permanently under unique numbers",
            "Whether the other main traceability information (each goat's identification and inspection results, "
                    + "each harvest) is kept permanently, each record under a unique number.", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(GOAT_PARAMETERS, BAG_ARCHIVED, MAIN_INFORMATION);

    static final List<Clause> CLAUSES = List.of(
            // "Record the parameter information of each goat ...": an imperative (docs/reading-the-standard.md, R1).
            Clause.of(DIS_2025, "5.26.3.1", "Each goat's parameters recorded and archived")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(FEAR_STRESS)
                    .summary("The parameters of every goat are recorded in detail from the test data, and the records "
                            + "are archived regularly.")
                    .rule(Rules.attested("goat-parameters", GOAT_PARAMETERS))
                    .build(),
            Clause.of(DIS_2025, "5.26.3.2", "Permanent archive under a unique number")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("The packaging data of each bag and the other main information are archived "
                            + "permanently, each under a unique number, so that the fibre can be traced.")
                    .rule(Rules.attested("unique-number", BAG_ARCHIVED).onlyWhen(Packaging.WHEN_PACKED))
                    .rule(Rules.attested("main-information", MAIN_INFORMATION))
                    .build(),
            Clause.of(DIS_2025, "6.26.3.1", "Each goat's parameters recorded and archived")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("The parameters of every goat are recorded in detail from the test data, and the records "
                            + "are archived regularly.")
                    .rule(Rules.attested("goat-parameters", GOAT_PARAMETERS))
                    .build(),
            Clause.of(DIS_2025, "6.26.3.2", "Permanent archive under a unique number")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("The packaging data of each bag and the other main information are archived "
                            + "permanently, each under a unique number, so that the fibre can be traced.")
                    .rule(Rules.attested("unique-number", BAG_ARCHIVED).onlyWhen(Packaging.WHEN_PACKED))
                    .rule(Rules.attested("main-information", MAIN_INFORMATION))
                    .build());

    private CashmereRecords() {
    }
}
