package org.pashm.app.duty;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.problem.Problems;

/** The recurring duties the loaded modules declare. */
@Path("/duties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duties and records")
public class DutiesResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    DutyCatalogue catalogue;

    @jakarta.inject.Inject
    Language language;

    @GET
    @Operation(summary = "Every recurring duty of the loaded standards: its clauses, what owes it (subject kind and "
            + "class, production systems) and its rule (every 2 months, every year from 1 March to 30 April, within "
            + "8 weeks of birth)")
    @PermitAll
    public List<DutyViews.DutyView> list(@Parameter(description = Language.LANG) @QueryParam("lang") String lang,
                                         @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        var say = language.of(lang, headers);
        return catalogue.all().stream().map(d -> DutyViews.DutyView.of(d, say)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One duty")
    @PermitAll
    public DutyViews.DutyView get(@PathParam("id") String id,
                                  @Parameter(description = Language.LANG) @QueryParam("lang") String lang,
                                  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        var say = language.of(lang, headers);
        return catalogue.duty(id).map(d -> DutyViews.DutyView.of(d, say)).orElseThrow(() -> Problems.notFound("unknown-duty",
                "Unknown duty", "There is no duty '" + id + "'; GET /duties lists them."));
    }
}
