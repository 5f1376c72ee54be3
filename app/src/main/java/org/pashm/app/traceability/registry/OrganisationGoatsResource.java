package org.pashm.app.traceability.registry;

import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The herd registry: goats one by one or in bulk, and goat groups. */
@Path("/organisations/{organisation}/goats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Herd registry")
public class OrganisationGoatsResource {

    @jakarta.inject.Inject
    Access access;

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    GoatService goats;

    @Inject
    GoatImportService imports;

    @Inject
    GoatGroupService groups;

    @Inject
    Organisations organisations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Register a goat: ear tag (unique within the organisation), sex, birth date, strain, coat "
            + "colour, category (stud-buck, unmated-buck, adult-doe, unmated-doe, kid, castrated-male), site")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@PathParam("organisation") UUID organisation, JsonNode body) {
        access.organisation(organisation, Need.MANAGE);
        GoatView g = goats.create(organisation, body);
        return Response.status(Response.Status.CREATED).header("Location", "/goats/" + g.id()).entity(g).build();
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
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response importGoats(@PathParam("organisation") UUID organisation,
                                @HeaderParam("Content-Type") String contentType, InputStream body) {
        access.organisation(organisation, Need.MANAGE);
        organisations.ofKind(organisation, Organisations.HERD_KEEPERS, "keep goats");
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String format = type.startsWith(CSV) ? "csv" : "ndjson";
        GoatImportService.Result r = imports.importGoats(organisation, format, body, organisations.siteIds(organisation));
        return Response.ok(r).build();
    }

    // ---- groups -----------------------------------------------------------------------------------------------
}
