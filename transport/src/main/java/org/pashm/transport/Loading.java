package org.pashm.transport;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;

/** ISO 22786 9.1: loading and unloading. */
final class Loading {

    /**
     * 9.1.1: "the gradient shall not exceed 20" with no unit in the text. Read as 20 degrees: the usual unit for
     * livestock ramps, and the stricter percent reading (20 %, about 11.3 degrees) would make most ramps fail on a
     * number the standard does not state. A gradient in percent cannot be converted to an angle by a unit factor,
     * so it is refused as an incompatible unit and must be submitted as an angle.
     */
    static final Quantity RAMP_GRADIENT_MAX = Quantity.of("20", "deg");

    static final EvidenceCode RAMP_GRADIENT = EvidenceCode.quantity("transport.journey.ramp-gradient",
            "gradient of the loading ramp", "deg", "0", "90",
            "The angle of the steepest ramp used to load or unload the goats, from the horizontal.", SubjectKind.JOURNEY);
    static final EvidenceCode RAMP_SAFE = EvidenceCode.attestation("transport.journey.ramp-slip-resistant-fenced",
            "The ramp has slip-resistant measures and safety fences",
            "Whether the loading ramp is slip-resistant and fenced at the sides.", SubjectKind.JOURNEY);

    static final List<EvidenceCode> CODES = List.of(RAMP_GRADIENT, RAMP_SAFE);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "9.1.1", "Level loading; gentle, slip-resistant, fenced ramps")
                    .requirement().bothSystems().freedoms(INJURY_DISEASE, FEAR_STRESS)
                    .summary("Goats are loaded and unloaded as level as possible with suitable equipment; an "
                            + "unavoidable ramp is as gentle as possible, at most 20 degrees, slip-resistant and "
                            + "fenced.")
                    .rule(Rules.atMost("ramp-gradient", RAMP_GRADIENT, RAMP_GRADIENT_MAX))
                    .rule(Rules.attested("ramp-safety", RAMP_SAFE))
                    .build());

    private Loading() {
    }
}
