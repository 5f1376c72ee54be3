package org.pashm.app.traceability.registry;

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
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.traceability.CustodyStep;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;

/** An organisation's herd registry: goats one by one or in bulk. */
@Path("/organisations/{organisation}/goats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herd registry")
public class OrganisationGoatsResource {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    Access access;

    @Inject
    GoatService goats;

    @Inject
    GoatImportService imports;

    @Inject
    Organisations organisations;

    @Inject
    Creations creations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a goat: ear tag (unique within the organisation), sex, birth date, strain, coat "
            + "colour, category (stud-buck, unmated-buck, adult-doe, unmated-doe, kid, castrated-male), site")
    @APIResponseSchema(value = GoatView.class, responseCode = "201", responseDescription = "Registered")
    @APIResponse(responseCode = "409", description = "The ear tag is already registered in the organisation, or the "
            + "organisation does not keep goats")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@PathParam("organisation") UUID organisation, Received<GoatRequest> request, @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.organisation(organisation, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request.asBound(), () -> goats.create(organisation, request),
                goat -> "/goats/" + goat.id());
    }

    @GET
    @Operation(summary = "The organisation's goats by ear tag; filters site, category, earTag")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<GoatView> list(@PathParam("organisation") UUID organisation, @QueryParam("site") UUID site,
                               @QueryParam("category") String category, @QueryParam("earTag") String earTag,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.READ);
        return goats.list(organisation, site, category, earTag, Paging.of(page, size));
    }

    @POST
    @Path("/import")
    @Consumes({CSV, NDJSON, "application/ndjson"})
    @Operation(summary = "Import goats in bulk from CSV (header: earTag,sex,birthDate,strain,coatColour,category,site) "
            + "or NDJSON (one goat object a line), streamed; all or nothing: any bad record refuses the whole file "
            + "with every bad line, field and reason. Known ear tags are updated (earlier values kept in the "
            + "history), new ones added")
    @APIResponseSchema(value = GoatImportService.Result.class, responseCode = "200", responseDescription = "Imported: "
            + "how many goats were new, changed and unchanged")
    @APIResponse(responseCode = "409", description = "The organisation does not keep goats")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public GoatImportService.Result importGoats(@PathParam("organisation") UUID organisation,
                                                @HeaderParam("Content-Type") String contentType, InputStream body) {
        access.organisation(organisation, Need.MANAGE);
        organisations.taking(organisation, CustodyStep.HERD_KEEPING);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String format = type.startsWith(CSV) ? "csv" : "ndjson";
        return imports.importGoats(organisation, format, body, organisations.siteIds(organisation));
    }
}
