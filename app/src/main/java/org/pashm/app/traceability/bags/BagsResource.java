package org.pashm.app.traceability.bags;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** Bags of raw cashmere registered at harvest (5.26.1, 6.26.1). */
@Path("/bags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bags, lots and chain of custody")
public class BagsResource {

    @Inject
    BagService bags;

    @GET
    @Path("/{id}")
    @Operation(summary = "One bag with its markings, goats and lot")
    public BagView get(@PathParam("id") UUID id) {
        return bags.view(bags.find(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Refused: bag data are archived permanently (5.26.3.2, 6.26.3.2); 409 says so")
    public void delete(@PathParam("id") UUID id) {
        bags.delete(id);
    }
}
