package org.pashm.app.traceability.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders {@link TraceProblemException} as {@code application/problem+json}. */
public class TraceProblemMapper {

    @ServerExceptionMapper
    public Response problem(TraceProblemException e, UriInfo uri) {
        TraceProblem p = e.problem();
        if (uri != null) {
            p.setInstance(uri.getPath());
        }
        return Response.status(p.getStatus()).type(TraceProblem.MEDIA_TYPE).entity(p).build();
    }
}
