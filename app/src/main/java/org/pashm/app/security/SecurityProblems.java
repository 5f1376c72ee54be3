package org.pashm.app.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pashm.app.problem.Problem;

/** 401 and 403 as problem+json, like every other error. */
public class SecurityProblems {

    private static Response unauthorized(String detail, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem("urn:pashm:problem:unauthenticated", "Unauthenticated", 401, detail, uri.getPath(),
                        null)).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized("This needs a bearer token (Authorization: Bearer ...); see the README on how to get one.",
                uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized("The bearer token is not valid: it is malformed, expired, not signed by a trusted key, "
                + "or from another issuer.", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:pashm:problem:forbidden", "Forbidden", 403,
                        "Your role does not allow this.", uri.getPath(), null)).build();
    }
}
