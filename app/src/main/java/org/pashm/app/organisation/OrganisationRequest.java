package org.pashm.app.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;

/** {@code POST /organisations}: an organisation of the cashmere chain. */
@JsonRequest(problem = "invalid-organisation", title = "Invalid organisation")
public record OrganisationRequest(
        @NotNull @Size(max = 200) @Schema(examples = "Alxa White Cashmere Cooperative") String name,
        @NotNull @Schema(description = "farm, herder-household, cooperative, buying-station, dehairing-station, mill, "
                + "brand or certification-body") String kind) implements CheckedRequest {

    @Override
    public void check(FieldErrors errors) {
        if (kind != null && !OrganisationKind.isValid(kind)) {
            errors.add("/kind", Rule.UNKNOWN_KIND, "'" + kind + "' is not a kind of organisation; expected one of "
                    + OrganisationKind.ALL);
        }
    }
}
