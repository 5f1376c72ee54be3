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
import org.pashm.app.web.Page;

/** What a site owes, subject by subject, in due-date order. */
@Path("/sites/{site}/duties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duties and records")
public class SiteDutiesResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    DutyService duties;

    @Inject
    Language language;

    @GET
    @Operation(summary = "The duties the site owes, with the clause behind each, the last record, and the next due "
            + "date derived from the records (a duty never done is due now)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<DutyViews.OwedView> list(
            @PathParam("site") UUID site,
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
        access.site(site, Need.READ);
        return duties.forSite(site, duties.query(status, before, on,
                duty, page, size, language.of(lang, headers)));
    }
}
