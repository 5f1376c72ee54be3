package org.pashm.app.site;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;
import org.pashm.core.standard.ProductionSystem;

/** {@code POST /organisations/{id}/sites}: a housing farm or a nomadic herder household. */
@JsonRequest(problem = "invalid-site", title = "Invalid site")
public record SiteRequest(
        @NotNull @Size(max = 200) String name,
        @NotNull @Schema(description = "housing or nomadic") String productionSystem,
        @NotNull @Size(max = 200) String region,
        @DecimalMin("-90") @DecimalMax("90") @Schema(description = "degrees north; with longitude, or neither")
        BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") @Schema(description = "degrees east; with latitude, or neither")
        BigDecimal longitude,
        @Size(max = 64) @Schema(description = "a nomadic herder household's registration number (11.2.1)")
        String herderRegistrationNumber) implements CheckedRequest {

    @Override
    public void check(FieldErrors errors) {
        ProductionSystem system = null;
        if (productionSystem != null) {
            try {
                system = ProductionSystem.fromCode(productionSystem);
            } catch (IllegalArgumentException e) {
                errors.add("/productionSystem", Rule.UNKNOWN_PRODUCTION_SYSTEM, e.getMessage());
            }
        }
        if ((latitude == null) != (longitude == null) && !errors.has("/latitude") && !errors.has("/longitude")) {
            errors.add(latitude == null ? "/latitude" : "/longitude", Rule.REQUIRED,
                    "give both latitude and longitude, or neither");
        }
        if (herderRegistrationNumber != null && system == ProductionSystem.HOUSING) {
            errors.add("/herderRegistrationNumber", Rule.NOMADIC_ONLY,
                    "a herder registration number (11.2.1) belongs to a nomadic herder household, not a housing farm");
        }
    }
}
