package org.pashm.app.traceability.records;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.site.Site;
import org.pashm.app.traceability.registry.Organisations;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.web.Json;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.traceability.Retention;

/**
 * Records a farm or herder household keeps under clause 11 (training, health, grazing-land evaluations, breeding
 * archives, key parameters), each deleted only once its retention has ended.
 */
@Path("/records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records and retention")
public class FarmRecordsResource {

    @jakarta.inject.Inject
    Access access;

    static final List<String> KINDS = List.of(Retention.RECORD.code(), Retention.GRAZING_LAND_EVALUATION.code(),
            Retention.BREEDING_ARCHIVE.code(), Retention.KEY_PARAMETERS.code());

    @Inject
    Organisations organisations;

    @Inject
    FarmCalendar farmCalendar;

    public record RecordView(UUID id, UUID organisation, UUID site, String kind, LocalDate recordedOn, String title,
                             String content, String retentionClause, LocalDate retentionEndsOn, boolean permanent,
                             OffsetDateTime createdAt) {
        static RecordView of(FarmRecord r) {
            Retention ret = Retention.fromCode(r.kind);
            return new RecordView(r.id, r.organisationId, r.siteId, r.kind, r.recordedOn, r.title, r.content,
                    ret.clause(), ret.endsAfter(r.recordedOn).orElse(null), ret.isPermanent(), r.createdAt);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One record, with the day its retention ends")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public RecordView get(@PathParam("id") UUID id) {
        FarmRecord r = find(id);
        access.check(r.organisationId, Need.READ, "record", id);
        return RecordView.of(r);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Delete a record once its retention has ended; before, 409 with the date it ends")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The record's retention has not ended (retention-not-ended): the "
            + "problem names the clause that keeps it and the first day it may be deleted")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response delete(@PathParam("id") UUID id) {
        FarmRecord r = find(id);
        access.check(r.organisationId, Need.MANAGE, "record", id);
        RetentionGuard.check(Retention.fromCode(r.kind), r.recordedOn, farmCalendar.today(), "This " + r.kind.replace('-', ' '));
        r.delete();
        return Response.noContent().build();
    }

    private static FarmRecord find(UUID id) {
        FarmRecord r = FarmRecord.findById(id);
        if (r == null) {
            throw Problems.notFound("unknown-record", "Unknown record", "There is no record " + id + ".");
        }
        return r;
    }
}
