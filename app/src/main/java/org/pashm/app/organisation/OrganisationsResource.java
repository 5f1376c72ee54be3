package org.pashm.app.organisation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** Organisations of the chain. Their sites are {@code site.OrganisationSitesResource}. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations and sites")
public class OrganisationsResource {

    @Inject
    OrganisationService organisations;

    @Inject
    Creations creations;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register an organisation (farm, herder household, cooperative, buying or dehairing station, "
            + "mill, brand, certification body)")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "201", responseDescription = "Registered")
    public Response create(OrganisationRequest request, @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, uri, request, () -> organisations.register(request),
                o -> "/organisations/" + o.id());
    }

    @GET
    @Authenticated
    @Operation(summary = "List the organisations the caller acts for (administrators: all), optionally of one kind "
            + "or matching a name")
    public Page<OrganisationView> list(@QueryParam("kind") String kind, @QueryParam("name") String name,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        if (kind != null && !OrganisationKind.isValid(kind)) {
            throw Problems.badParameter("kind", Rule.UNKNOWN_KIND, "'" + kind + "' is not a kind of organisation; "
                    + "expected one of " + OrganisationKind.ALL);
        }
        return organisations.list(kind, name, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One organisation")
    public OrganisationView get(@PathParam("id") UUID id) {
        return organisations.visible(id);
    }
}
