package org.pashm.app.member;

import org.pashm.app.security.Roles;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.CheckedRequest;
import org.pashm.app.web.FieldErrors;
import org.pashm.app.web.JsonRequest;

/** {@code POST /organisations/{id}/members}: a subject who acts for the organisation in a role. */
@JsonRequest(problem = "invalid-member", title = "Invalid member")
public record MemberRequest(
        @NotNull @Size(max = 255) @Schema(description = "the token's subject (sub)") String subject,
        @NotNull @Schema(description = "manager, auditor or brand") String role) implements CheckedRequest {

    /** The roles held for an organisation; an administrator's is held for all. */
    static final List<String> ROLES = List.of(Roles.MANAGER, Roles.AUDITOR, Roles.BRAND);

    @Override
    public void check(FieldErrors errors) {
        if (role != null && !ROLES.contains(role)) {
            errors.add("/role", Rule.UNKNOWN_ROLE, "'" + role + "' is not manager, auditor or brand");
        }
    }
}
