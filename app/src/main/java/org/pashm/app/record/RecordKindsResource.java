package org.pashm.app.record;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kinds of record the loaded standards declare: what a client may post to {@code /sites/{id}/records}. */
@Path("/record-kinds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Duties and records")
public class RecordKindsResource {

    @Inject
    RecordKinds kinds;

    @GET
    @PermitAll
    @Operation(summary = "Every kind of record the loaded standards declare: the duties each fulfils, what it may be "
            + "about, the results and participants it carries, and how long it is kept (with the clauses that say so)")
    public List<RecordKindView> list() {
        return kinds.all().stream().map(RecordKindView::of).toList();
    }
}
