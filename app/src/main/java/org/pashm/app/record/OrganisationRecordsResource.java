package org.pashm.app.record;

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
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;

/** The records an organisation keeps: the documents of clause 11 it posts here, and those of its sites. */
@Path("/organisations/{organisation}/records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records and retention")
public class OrganisationRecordsResource {

    @Inject
    Access access;

    @Inject
    RecordService records;

    @Inject
    RecordKinds kinds;

    @Inject
    Creations creations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a document of a kind an organisation keeps (GET /record-kinds: those whose "
            + "subjectKinds hold organisation), e.g. record (3 years, 11.1.7), grazing-land-evaluation (10 years, "
            + "11.1.2), breeding-archive (11.1.3) or key-parameters (11.1.4, both permanently)")
    @APIResponseSchema(value = RecordView.class, responseCode = "201", responseDescription = "Kept")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@PathParam("organisation") UUID organisation,
                           Received<OrganisationRecordRequest> request, @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.organisation(organisation, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request.asBound(), () -> records.keep(organisation, request),
                record -> "/records/" + record.id());
    }

    @GET
    @Operation(summary = "The organisation's records, its own and its sites', newest first; filter type")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<RecordView> list(@PathParam("organisation") UUID organisation,
                                 @Parameter(description = "the kind of record; GET /record-kinds lists them")
                                 @QueryParam("type") String type,
                                 @Parameter(description = "the former name of type", deprecated = true)
                                 @QueryParam("kind") String kind,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.READ);
        Paging paging = Paging.of(page, size);
        if (type != null && kind != null && !type.equals(kind)) {
            throw Problems.badParameter("kind", Rule.INVALID_VALUE, "kind is the former name of type; give one");
        }
        String filter = type != null ? type : kind;
        if (filter != null && !kinds.isKnown(filter)) {
            throw Problems.badParameter(type != null ? "type" : "kind", Rule.UNKNOWN_KIND, "'" + filter + "' is not "
                    + "a kind of record; GET /record-kinds lists them");
        }
        return records.listOfOrganisation(organisation, filter, paging);
    }
}
