package org.pashm.app.traceability.lots;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;
import org.pashm.traceability.MassBalance;

/**
 * {@code POST /organisations/{id}/dehairings}: input lots dehaired into an output lot, which weighs the inputs times
 * the yield ({@link MassBalance#output}).
 */
@JsonRequest(problem = "invalid-dehairing", title = "Invalid dehairing")
public record DehairingRequest(
        @NotNull @Size(max = 64) @Pattern(regexp = LotRequest.CODE, message = LotRequest.CODE_WORDS)
        @Schema(description = "the output lot's code", examples = "ALX-2026-D1") String code,
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Input> inputs,
        @NotNull @Schema(description = "above 0 and at most 100") BigDecimal yieldPercent,
        @Schema(description = "when (RFC 3339); now when absent") OffsetDateTime dehairedAt) implements CheckedRequest {

    /** A lot dehaired and how many of its kilograms. */
    public record Input(@NotNull @Size(max = 64) String lot,
                        @NotNull @Positive @DecimalMax(Kilograms.MAX) BigDecimal kg) {
    }

    @Override
    public void check(FieldErrors errors) {
        // The yield's bounds are the mass balance's (the module's), not the app's.
        if (yieldPercent != null && (yieldPercent.signum() <= 0
                || yieldPercent.compareTo(MassBalance.YIELD_MAX_PERCENT) > 0)) {
            errors.add("/yieldPercent", Rule.OUT_OF_RANGE, "yieldPercent must be above 0 and at most "
                    + MassBalance.YIELD_MAX_PERCENT);
        } else {
            Kilograms.scale(errors, "/yieldPercent", yieldPercent);
        }
        if (inputs != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                if (in == null) {
                    continue;
                }
                Kilograms.scale(errors, "/inputs/" + i + "/kg", in.kg());
                if (in.lot() != null && !seen.add(in.lot())) {
                    errors.add("/inputs/" + i + "/lot", Rule.DUPLICATE, "lot " + in.lot() + " is listed twice");
                }
            }
        }
    }
}
