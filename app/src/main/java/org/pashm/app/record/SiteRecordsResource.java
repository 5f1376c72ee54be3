package org.pashm.app.record;

import org.pashm.app.problem.Rule;
import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.problem.Problems;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;

/** Records of work done at a site (append-only; a wrong record is voided by a new one). */
@Path("/sites/{site}/records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duties and records")
public class SiteRecordsResource {

    @Inject
    Access access;

    @Inject
    Creations creations;

    @Inject
    RecordService records;

    @Inject
    RecordKinds kinds;

    @POST
    @Operation(summary = "Record work done, or an event that starts a duty, as one of the kinds of record the loaded "
            + "standards declare (GET /record-kinds: the results and participants each carries, the duties it "
            + "fulfils). With \"voids\" and \"reason\" it replaces an earlier record.")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @APIResponseSchema(value = RecordView.class, responseCode = "201", responseDescription = "Recorded")
    public Response add(@PathParam("site") UUID site, Received<RecordRequest> request, @Context UriInfo uri,
                        @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                        @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.site(site, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request.asBound(), () -> records.add(site, request),
                r -> "/sites/" + site + "/records/" + r.id());
    }

    @POST
    @Path("/{id}/void")
    @Operation(summary = "Void a wrong record: a new record that says why (reason) and who (performedBy); the "
            + "voided record stays, marked with voidedBy, and no longer counts for duties")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @APIResponseSchema(value = RecordView.class, responseCode = "201", responseDescription = "The void, recorded")
    public Response voidRecord(@PathParam("site") UUID site, @PathParam("id") UUID id,
                               Received<VoidRequest> request,
                               @Context UriInfo uri, @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.site(site, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request.asBound(), () -> records.voidRecord(site, id, request),
                r -> "/sites/" + site + "/records/" + r.id());
    }

    @GET
    @Operation(summary = "The site's records, newest first; voided records and voids are shown unless voided=exclude")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<RecordView> list(@PathParam("site") UUID site, @QueryParam("type") String type,
                                 @Parameter(description = "subject kind, e.g. goat-group")
                                 @QueryParam("subjectKind") String subjectKind,
                                 @Parameter(description = "subject id, e.g. bucks-1") @QueryParam("subject") String subject,
                                 @QueryParam("duty") String duty,
                                 @Parameter(description = "done on or after, YYYY-MM-DD") @QueryParam("from") String from,
                                 @Parameter(description = "done on or before, YYYY-MM-DD") @QueryParam("to") String to,
                                 @Parameter(description = "include (default) or exclude")
                                 @QueryParam("voided") String voided,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.site(site, Need.READ);
        Paging paging = Paging.of(page, size);
        if (type != null && !kinds.isKnown(type)) {
            throw Problems.badParameter("type", Rule.UNKNOWN_RECORD_TYPE, "'" + type + "' is not a type of record");
        }
        if (voided != null && !voided.equals("include") && !voided.equals("exclude")) {
            throw Problems.badParameter("voided", Rule.INVALID_VALUE, "voided is include or exclude");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw Problems.badParameter("from", Rule.INVALID_RANGE, "from " + fromDate + " is after to " + toDate);
        }
        return records.list(site, new RecordService.Filter(type, subjectKind, subject, duty, fromDate, toDate,
                !"exclude".equals(voided)), paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One record")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public RecordView get(@PathParam("site") UUID site, @PathParam("id") UUID id) {
        access.site(site, Need.READ);
        return records.get(site, id);
    }

    private static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.badParameter(name, Rule.WRONG_TYPE, "'" + value + "' is not a date as YYYY-MM-DD");
        }
    }
}
