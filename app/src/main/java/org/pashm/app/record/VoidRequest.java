package org.pashm.app.record;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pashm.app.web.JsonRequest;

/** {@code POST /sites/{id}/records/{record}/void}: why the record was wrong, and who says so. */
@JsonRequest(problem = "invalid-void", title = "Invalid void")
public record VoidRequest(@NotNull @Size(max = 2000) String reason, @NotNull @Size(max = 200) String performedBy) {
}
