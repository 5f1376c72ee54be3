package org.pashm.app.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One site. Its organisation's list of sites is {@link OrganisationSitesResource}. */
@Path("/sites")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations and sites")
public class SitesResource {

    @Inject
    SiteService sites;

    @GET
    @Path("/{id}")
    @jakarta.annotation.security.RolesAllowed({org.pashm.app.security.Roles.ADMIN, org.pashm.app.security.Roles.MANAGER,
            org.pashm.app.security.Roles.AUDITOR})
    @Operation(summary = "One site")
    public SiteView get(@PathParam("id") UUID id) {
        return SiteView.of(sites.visible(id));
    }
}
