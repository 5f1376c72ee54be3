package org.pashm.app.security;

import org.pashm.app.persistence.Rows;
import org.pashm.app.web.FieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.Json;

/**
 * Who acts for an organisation: its managers, the auditors assigned to it, the members of a brand. Administrators
 * grant and withdraw; members of the organisation may see who else is.
 */
@Path("/organisations/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class MembersResource {

    @Inject
    EntityManager em;

    @Inject
    FarmCalendar farmCalendar;

    @Inject
    Caller caller;

    @Inject
    Access access;

    public record MemberView(String subject, String role, OffsetDateTime grantedAt, String grantedBy) {
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Grant a subject (the token's sub) a role for this organisation: manager, auditor or brand")
    public Response grant(@PathParam("id") UUID id, JsonNode body) {
        organisation(id);
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        String subject = Json.text(body.get("subject"), "/subject", true, 255, errors);
        String role = Json.text(body.get("role"), "/role", true, 20, errors);
        if (role != null && !List.of(Roles.MANAGER, Roles.AUDITOR, Roles.BRAND).contains(role)) {
            errors.add(FieldError.body("/role", Rule.UNKNOWN_ROLE, "'" + role + "' is not manager, auditor or brand"));
        }
        FieldErrors.unknownFields(body, List.of("subject", "role"), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-member", "Invalid member", FieldErrors.summary(errors), errors);
        }
        int added = em.createNativeQuery("""
                        insert into membership (organisation_id, subject, role, granted_by) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, id).setParameter(2, subject).setParameter(3, role).setParameter(4, caller.subject())
                .executeUpdate();
        return Response.status(added == 1 ? 201 : 200)
                .header("Location", "/organisations/" + id + "/members")
                .entity(new MemberView(subject, role, farmCalendar.now(), caller.subject())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR, Roles.BRAND})
    @Operation(summary = "Who acts for this organisation")
    public List<MemberView> list(@PathParam("id") UUID id) {
        organisation(id);
        List<MemberView> members = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        select subject, role, granted_at, granted_by from membership where organisation_id = ?1
                        order by role, subject""").setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) row;
            members.add(new MemberView((String) r[0], (String) r[1], Rows.utc(r[2]), (String) r[3]));
        }
        return members;
    }

    @DELETE
    @Path("/{subject}/{role}")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraw a role")
    public Response withdraw(@PathParam("id") UUID id, @PathParam("subject") String subject,
                             @PathParam("role") String role) {
        organisation(id);
        int removed = em.createNativeQuery(
                        "delete from membership where organisation_id = ?1 and subject = ?2 and role = ?3")
                .setParameter(1, id).setParameter(2, subject).setParameter(3, role).executeUpdate();
        if (removed == 0) {
            throw Problems.notFound("unknown-member", "Unknown member", subject + " is not " + role + " of " + id + ".");
        }
        return Response.noContent().build();
    }

    private void organisation(UUID id) {
        access.organisation(id, Access.Need.READ);
    }
}
