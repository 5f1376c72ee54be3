package org.pashm.app.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pashm.app.problem.Problem.FieldError;

/**
 * Renders every exception that reaches the REST layer as {@code application/problem+json}: our own problems as they
 * are, JAX-RS errors (404, 405, 406, 415) with their status, unreadable JSON and bean-validation failures as 400
 * naming the field, 401 and 403 of the security layer, and anything unexpected as a 500 that carries an incident id
 * and no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** The one way a problem becomes an answer: its status, its headers, and the problem answered at {@code path}. */
    public static Response respond(ProblemException e, String path) {
        Problem problem = e.problem();
        Response.ResponseBuilder answer = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(path == null ? problem : problem.withInstance(path));
        e.headers().forEach(answer::header);
        return answer.build();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return respond(problem.exception(), uri);
    }

    public static Response respond(ProblemException e, UriInfo uri) {
        return respond(e, uri == null ? null : uri.getPath());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(Problems.unauthenticated("This needs a bearer token (Authorization: Bearer ...); see the README "
                + "on how to get one."), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problems.unauthenticated("The bearer token is not valid: it is malformed, expired, not signed "
                + "by a trusted key, or from another issuer."), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problems.forbidden(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            // RESTEasy wraps the body reader's Jackson error in a 400: report what was wrong with the JSON.
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "There is nothing at " + (uri == null ? "this path" : uri.getPath()) + ".";
            case 405 -> "This resource does not accept that method.";
            case 406 -> "This resource cannot answer in the media type asked for in Accept.";
            case 415 -> "This resource does not take that Content-Type; send application/json.";
            default -> e.getMessage() == null ? title : e.getMessage();
        };
        return respond(new Problem(Problems.type("http-" + status), title, status, detail, null, null), uri);
    }

    /** Malformed JSON, or a field of the wrong JSON type: 400 with a pointer to the field. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String pointer = "";
        Rule rule = Rule.MALFORMED_JSON;
        String detail = "The body is not valid JSON: " + e.getOriginalMessage();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            pointer = JsonPointers.of(m.getPath());
            if (e instanceof UnrecognizedPropertyException u) {
                rule = Rule.UNKNOWN_FIELD;
                detail = "'" + u.getPropertyName() + "' is not a field of this request.";
            } else if (e instanceof InvalidFormatException f) {
                rule = Rule.WRONG_TYPE;
                detail = "'" + f.getValue() + "' cannot be read as " + JsonTypes.expected(f.getTargetType()) + ".";
            } else if (e instanceof MismatchedInputException mi) {
                rule = Rule.WRONG_TYPE;
                detail = "This field must be " + JsonTypes.expected(mi.getTargetType()) + ".";
            } else {
                rule = Rule.INVALID_VALUE;
                detail = e.getOriginalMessage();
            }
        }
        return respond(new Problem(Problems.type("invalid-body"), "Invalid request body", 400,
                detail, null, List.of(FieldError.body(pointer, rule, detail))), uri);
    }

    /** Bean validation on request bodies and parameters: 400 naming every field. */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(java.util.Comparator.comparing(f -> f.pointer() == null ? f.parameter() : f.pointer()))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).detail() : errors.size() + " fields are invalid.";
        return respond(new Problem(Problems.type("invalid-request"), "Invalid request", 400, detail, null, errors), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnreachable(e)) {
            // Not our bug and not the client's: PostgreSQL is down or failing over. Nothing was stored (the
            // transaction never began or was rolled back), so the client may send the same request again.
            LOG.warnf("The database cannot be reached: %s", e.getMessage());
            return respond(Problems.of(503, "database-unavailable", "Service unavailable", "The database cannot "
                    + "be reached just now; nothing was stored. Try again in a few seconds (Retry-After).")
                    .withHeader("Retry-After", "5"), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(new Problem(Problems.type("internal-error"), "Internal error", 500,
                "Something went wrong on our side; quote incident " + incident + " when reporting it.", null, null), uri);
    }

    /**
     * Whether {@code e} comes of a connection to PostgreSQL that could not be made or was lost: SQLState class 08
     * (connection exception), or the pool timing out waiting for one.
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08") || String.valueOf(sql.getMessage())
                    .startsWith("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A violation as every feature reports one ({@link Violations}: the same rule codes and sentences as a request
     * body's): a method's parameter by its name, a member of a validated argument or entity by its JSON pointer.
     */
    static FieldError fieldError(ConstraintViolation<?> v) {
        Iterator<Path.Node> nodes = v.getPropertyPath().iterator();
        Path.Node first = nodes.hasNext() ? nodes.next() : null;
        if (first == null || first.getKind() != ElementKind.METHOD) {
            return Violations.of(v);
        }
        Path.Node parameter = nodes.hasNext() ? nodes.next() : null;
        String pointer = Violations.pointer(v.getPropertyPath(), 2);
        if (pointer.isEmpty() && parameter != null) {
            FieldError e = Violations.of(v, "/" + parameter.getName());
            return FieldError.parameter(parameter.getName(), e.rule(), e.detail());
        }
        return Violations.of(v, pointer);
    }
}
