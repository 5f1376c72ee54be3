package org.pashm.core.internal;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.iso22786.Iso22786Records;
import org.pashm.core.record.RecordKind;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.Standard;

/**
 * Core's own contribution: the ISO 22786 DIS-2025 edition itself and its clause 4 (general requirements and the
 * Five Freedoms of Table 1), and the kinds of record of clause 11 that no section module's duty names. The section
 * modules add clauses 5 to 12.
 */
public final class Iso22786General implements StandardModule {

    static final EvidenceCode ISO_26000_REFERRED = EvidenceCode.attestation("general.iso-26000-referred",
            "Social and environmental responsibility not covered by ISO 22786 is managed by reference to ISO 26000",
            "The site's management refers to ISO 26000 (guidance on social responsibility) for social and environmental "
                    + "matters that ISO 22786 does not address.", SubjectKind.SITE);

    @Override
    public List<Standard> standards() {
        return List.of(Iso22786.DIS_2025_STANDARD);
    }

    @Override
    public List<Heading> headings() {
        return List.of(Heading.of(DIS_2025, "4", "Requirements"),
                Heading.of(DIS_2025, "4.1", "General"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return List.of(ISO_26000_REFERRED);
    }

    @Override
    public List<RecordKind> recordKinds() {
        return Iso22786Records.ALL;
    }

    @Override
    public List<Clause> clauses() {
        return List.of(Clause.of(DIS_2025, "4.1", "General: ISO 26000 and the Five Freedoms")
                .requirement().bothSystems().freedoms(Freedom.values())
                .summary("Aspects of social and environmental responsibility that this standard does not address are "
                        + "handled by reference to ISO 26000. Goats are managed by the Five Freedoms of Table 1: "
                        + "from hunger and thirst, from discomfort, from injury and disease, to express normal "
                        + "behaviour, and from fear and stress.")
                .rule(Rules.attested("iso-26000", ISO_26000_REFERRED))
                .build());
    }
}
