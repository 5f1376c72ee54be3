package org.pashm.app.traceability.lots;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;

/** {@code POST /organisations/{id}/lots}: bags collected into a lot at a buying station or cooperative. */
@JsonRequest(problem = "invalid-lot", title = "Invalid lot")
public record LotRequest(
        @NotNull @Size(max = 64) @Pattern(regexp = LotRequest.CODE, message = LotRequest.CODE_WORDS)
        @Schema(examples = "ALX-2026-L1") String code,
        @NotNull @Size(min = 1, max = LotRequest.MAX_BAGS) @Schema(description = "ids of bags in no lot yet")
        List<@NotNull UUID> bags,
        @Schema(description = "when the bags were collected (RFC 3339); now when absent") OffsetDateTime aggregatedAt)
        implements CheckedRequest {

    /** Lot codes are printed on labels and in URLs: letters, digits, '.', '_' and '-'. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]*";
    static final String CODE_WORDS = "is letters, digits, '.', '_' and '-', starting with a letter or digit";
    static final int MAX_BAGS = 10_000;

    @Override
    public void check(FieldErrors errors) {
        if (bags != null) {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < bags.size(); i++) {
                if (bags.get(i) != null && !seen.add(bags.get(i))) {
                    errors.add("/bags/" + i, Rule.DUPLICATE, "bag " + bags.get(i) + " is listed twice");
                }
            }
        }
    }
}
