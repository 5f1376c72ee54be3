package org.pashm.app.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pashm.app.problem.ProblemMappers;
import org.pashm.app.problem.Problems;
import org.pashm.app.problem.Rule;

/**
 * The text rule of request bodies ({@link StrictScalars#unstorable}: no NUL or other control character in text) for
 * path and query parameters: a {@code %00} in a parameter is refused with 400 naming the parameter before any
 * resource reads it. Text parameters (a subject's
 * kind and key, a member's subject and role, a lot named by its code) went to PostgreSQL as they came, which refuses
 * 0x00 in text, so the request answered 500 (issue 22, "NUL in a path segment").
 */
public class TextParameters {

    // Post-matching: the parameters have their names only once the request is matched to a resource method.
    @ServerRequestFilter
    public Response refuseUnstorableText(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        for (MultivaluedMap<String, String> parameters : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
            for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
                for (String value : p.getValue()) {
                    String unstorable = value == null ? null : StrictScalars.unstorable(value);
                    if (unstorable != null) {
                        return ProblemMappers.respond(Problems.badParameter(p.getKey(), Rule.INVALID_CHARACTER,
                                "'" + p.getKey() + "' " + unstorable), uri.getPath());
                    }
                }
            }
        }
        return null;
    }
}
