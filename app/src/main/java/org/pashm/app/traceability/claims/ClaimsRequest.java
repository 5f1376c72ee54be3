package org.pashm.app.traceability.claims;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;
import org.pashm.traceability.FinenessClass;

/** {@code POST /lots/{code}/claims/verify}: the claims a label makes of a lot. */
@JsonRequest(problem = "invalid-claims", title = "Invalid claims")
public record ClaimsRequest(@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid ClaimRequest> claims)
        implements CheckedRequest {

    /** The members each type of claim takes besides {@code type}. */
    static final Map<String, List<String>> MEMBERS = Map.of(
            "origin-region", List.of("region"),
            "combed-only", List.of(),
            "fineness-at-most", List.of("um"),
            "fineness-class", List.of("class"),
            "welfare-conformant", List.of("standard", "edition", "on"),
            "traceable-to-goats", List.of());
    static final List<String> TYPES = List.of("origin-region", "combed-only", "fineness-at-most", "fineness-class",
            "welfare-conformant", "traceable-to-goats");

    /** One claim: its type and the members that type takes. */
    public record ClaimRequest(
            @NotNull @Schema(description = "origin-region, combed-only, fineness-at-most, fineness-class, "
                    + "welfare-conformant or traceable-to-goats") String type,
            @Size(max = 200) @Schema(description = "origin-region: the region the fibre comes from") String region,
            @DecimalMax("100") @Schema(description = "fineness-at-most: a mean fibre diameter in micrometres, above 0 "
                    + "and at most 100") BigDecimal um,
            @JsonProperty("class") @Schema(description = "fineness-class: fine, medium or coarse") String fineness,
            @Size(max = 100) @Schema(description = "welfare-conformant: the standard; iso-22786 when absent")
            String standard,
            @Size(max = 100) @Schema(description = "welfare-conformant: the edition; the newest when absent")
            String edition,
            @Schema(description = "welfare-conformant: the day the sources must be conformant on; today when absent")
            LocalDate on) {

        /** The members given besides type. */
        List<String> given() {
            List<String> given = new ArrayList<>();
            if (region != null) {
                given.add("region");
            }
            if (um != null) {
                given.add("um");
            }
            if (fineness != null) {
                given.add("class");
            }
            if (standard != null) {
                given.add("standard");
            }
            if (edition != null) {
                given.add("edition");
            }
            if (on != null) {
                given.add("on");
            }
            return given;
        }
    }

    @Override
    public void check(FieldErrors errors) {
        if (claims == null) {
            return;
        }
        for (int i = 0; i < claims.size(); i++) {
            ClaimRequest c = claims.get(i);
            String p = "/claims/" + i;
            if (c == null || c.type() == null || errors.has(p + "/type")) {
                continue;
            }
            List<String> members = MEMBERS.get(c.type());
            if (members == null) {
                errors.add(p + "/type", Rule.UNKNOWN_CLAIM, "'" + c.type() + "' is not a claim; expected one of "
                        + TYPES);
                continue;
            }
            for (String m : c.given()) {
                if (!members.contains(m)) {
                    errors.add(p + "/" + m, Rule.UNKNOWN_FIELD, "'" + m + "' is not a field of a " + c.type()
                            + " claim; expected " + members);
                }
            }
            switch (c.type()) {
                case "origin-region" -> {
                    if (c.region() == null && !errors.has(p + "/region")) {
                        errors.add(p + "/region", Rule.REQUIRED, "region is required");
                    }
                }
                case "fineness-at-most" -> {
                    if (!errors.has(p + "/um") && (c.um() == null || c.um().signum() <= 0)) {
                        errors.add(p + "/um", Rule.OUT_OF_RANGE, "um is a mean fibre diameter above 0 and at most "
                                + "100 micrometres");
                    }
                }
                case "fineness-class" -> {
                    if (c.fineness() == null) {
                        errors.add(p + "/class", Rule.REQUIRED, "class is required");
                    } else {
                        try {
                            FinenessClass.fromCode(c.fineness());
                        } catch (IllegalArgumentException e) {
                            errors.add(p + "/class", Rule.INVALID_VALUE, e.getMessage());
                        }
                    }
                }
                default -> {
                }
            }
        }
    }
}
