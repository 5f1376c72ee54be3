package org.pashm.traceability.internal;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;

/** ISO 22786 clause 11 and the raw-cashmere clauses 5.26 and 6.26. */
public final class Traceability implements StandardModule {

    /** 5.26.1.2: each bag holds at most 30 kg ("each bag shall be packaged with 30 kg"). */
    static final Quantity HOUSING_BAG_WEIGHT_MAX = Quantity.of("30", "kg");

    static final EvidenceCode BAG_MATERIAL = EvidenceCode.choice("traceability.bag.material", "bag material",
            List.of("cotton", "linen", "hemp", "jute", "wool", "polypropylene", "polyethylene", "polyester", "nylon"),
            "The fabric of the packaging bag.", SubjectKind.BAG);
    static final EvidenceCode BAG_WEIGHT = EvidenceCode.quantity("traceability.bag.fibre-weight",
            "weight of fibre in the bag", "kg", "0", "500", "The weight of raw cashmere packed in the bag.",
            SubjectKind.BAG);
    static final EvidenceCode RECORDS_KEPT = EvidenceCode.attestation("traceability.site.records-kept-3-years",
            "Every record of the farm or ranch is kept for at least 3 years",
            "Whether the site's records (farming, fibre collecting, transport, health, training) go back at least 3 "
                    + "years, or to the start of the site when it is younger.", SubjectKind.SITE);

    @Override
    public List<Heading> headings() {
        return List.of(
                Heading.of(DIS_2025, "5.26", "Raw cashmere management"),
                Heading.of(DIS_2025, "5.26.1", "Classification of packaging"),
                Heading.of(DIS_2025, "11", "Traceability and records"),
                Heading.of(DIS_2025, "11.1", "Housing production system"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return List.of(BAG_MATERIAL, BAG_WEIGHT, RECORDS_KEPT);
    }

    @Override
    public List<Clause> clauses() {
        return List.of(
                Clause.of(DIS_2025, "5.26.1.2", "Cotton or linen bags of at most 30 kg")
                        .requirement().housing().freedoms(Freedom.FEAR_STRESS)
                        .summary("Cashmere is packed by class in white cotton or linen bags of at most 30 kg each; "
                                + "bags of synthetic fibre are not allowed.")
                        .rule(Rules.oneOf("material", BAG_MATERIAL, "cotton", "linen"))
                        .rule(Rules.atMost("weight", BAG_WEIGHT, HOUSING_BAG_WEIGHT_MAX))
                        .build(),
                Clause.of(DIS_2025, "11.1.7", "Records kept at least three years")
                        .requirement().housing().freedoms(INJURY_DISEASE, FEAR_STRESS)
                        .summary("All records of farms and ranches are kept for at least 3 years.")
                        .rule(Rules.attested("three-years", RECORDS_KEPT))
                        .build());
    }
}
