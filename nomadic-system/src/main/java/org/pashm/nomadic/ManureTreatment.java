package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.DISCOMFORT;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;

/** ISO 22786 6.17: treatment of manure. */
final class ManureTreatment {

    static final EvidenceCode SUMMER_DUNG_REMOVED = EvidenceCode.attestation("nomadic.site.summer-dung-removed",
            "In summer, dung is removed promptly so that the ground stays dry",
            "Whether, at the summer camp, the herder clears dung promptly so that where the goats rest stays dry.",
            SubjectKind.SITE);
    static final EvidenceCode COMPRESSED_DUNG_REMOVED = EvidenceCode.attestation(
            "nomadic.shelter.compressed-dung-removed",
            "Compressed dung is removed from the shelter, dried and reused as fuel",
            "For a winter and spring shelter: whether the compacted dung layer is dug out, dried and used as fuel.",
            SubjectKind.SHELTER);
    static final EvidenceCode BIOTHERMAL = EvidenceCode.attestation("nomadic.site.manure-biothermally-sterilised",
            "Droppings and powdered manure are collected, sterilised by natural biothermal composting and used as "
                    + "dry bedding",
            "Whether goat droppings and powdered yellow manure are gathered, heaped so that their own heat sterilises "
                    + "them, and then used as dry bedding.", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(SUMMER_DUNG_REMOVED, COMPRESSED_DUNG_REMOVED, BIOTHERMAL);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.17.1", "Dung removed promptly in summer")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("In summer, herders remove dung promptly so that it stays dry.")
                    .rule(Rules.attested("summer-dung", SUMMER_DUNG_REMOVED))
                    .build(),
            Clause.of(DIS_2025, "6.17.2", "Compressed dung taken out of winter and spring shelters")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("Herders remove the compressed dung from winter and spring shelters and dry it for reuse "
                            + "as fuel.")
                    .rule(Rules.attested("compressed-dung", COMPRESSED_DUNG_REMOVED).onlyWhen(Household.winterSpring()))
                    .build(),
            Clause.of(DIS_2025, "6.17.3", "Biothermally sterilised manure as bedding")
                    .requirement().nomadic().freedoms(DISCOMFORT, INJURY_DISEASE)
                    .summary("Goat droppings and powdered yellow manure are collected, sterilised by the natural "
                            + "biothermal method, and used as dry bedding.")
                    .rule(Rules.attested("biothermal", BIOTHERMAL))
                    .build());

    private ManureTreatment() {
    }
}
