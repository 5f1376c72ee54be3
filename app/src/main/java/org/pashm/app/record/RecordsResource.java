package org.pashm.app.record;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Roles;

/** One record, of a site or of an organisation, by its id alone. */
@Path("/records/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records and retention")
public class RecordsResource {

    @Inject
    Access access;

    @Inject
    RecordService records;

    @GET
    @Operation(summary = "One record, with the day its retention ends")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public RecordView get(@PathParam("id") UUID id) {
        WorkRecord r = records.find(id);
        access.check(r.organisationId, Need.READ, "record", id);
        return records.get(r);
    }

    @DELETE
    @Operation(summary = "Delete a record once its retention has ended; before, 409 with the date it ends")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The record's retention has not ended (retention-not-ended): the "
            + "problem names the clause that keeps it and the first day it may be deleted; or a void of it is still "
            + "kept (record-voided), which goes first")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public void delete(@PathParam("id") UUID id) {
        access.check(records.find(id).organisationId, Need.MANAGE, "record", id);
        records.delete(id);
    }
}
