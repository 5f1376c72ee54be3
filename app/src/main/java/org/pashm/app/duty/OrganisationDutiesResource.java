package org.pashm.app.duty;

import org.pashm.app.web.Language;

import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.organisation.Organisation;
import org.pashm.app.problem.Problems;
import org.pashm.app.web.Page;

/** What an organisation owes across its sites. */
@Path("/organisations/{organisation}/duties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duties and records")
public class OrganisationDutiesResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    DutyService duties;

    @Inject
    Language language;

    @GET
    @Operation(summary = "The duties the organisation's sites owe, in due-date order, with the clause behind each")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<DutyViews.OwedView> list(
            @PathParam("organisation") UUID organisation,
            @Parameter(description = "upcoming, due or overdue; several separated by commas")
            @QueryParam("status") String status,
            @Parameter(description = "only duties due strictly before this day, YYYY-MM-DD")
            @QueryParam("before") String before,
            @Parameter(description = "compute as of this day instead of today, YYYY-MM-DD")
            @QueryParam("on") String on,
            @Parameter(description = "only this duty id") @QueryParam("duty") String duty,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @Parameter(description = Language.LANG) @QueryParam("lang") String lang,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        access.organisation(organisation, Need.READ);
        organisation(organisation);
        return duties.forOrganisation(organisation, duties.query(status, before, on,
                duty, page, size, language.of(lang, headers)));
    }

    static Organisation organisation(UUID id) {
        Organisation o = Organisation.findById(id);
        if (o == null) {
            throw Problems.notFound("unknown-organisation", "Unknown organisation", "There is no organisation " + id
                    + ".");
        }
        return o;
    }
}
