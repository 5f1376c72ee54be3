package org.pashm.app.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than {@code pashm.http.max-body-size} with a 413 problem, before
 * anything reads it. A JSON body sent without a Content-Length (chunked) is counted by {@code RequestReader} as it
 * reads it, to the same limit; Vert.x's own limit ({@code quarkus.http.limits.max-body-size}, set higher) stays as
 * the backstop for other bodies; it answers an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "pashm.http.max-body-size", defaultValue = "2M")
    MemorySize limit;

    /** Bulk imports (traceability, issue 8) stream large files: their own, larger limit. */
    @ConfigProperty(name = "pashm.import.max-body-size", defaultValue = "2G")
    MemorySize importLimit;

    /** What Vert.x still reads of an unannounced (chunked) body of any other request. */
    @ConfigProperty(name = "pashm.http.max-streamed-body-size", defaultValue = "16M")
    MemorySize streamedLimit;

    void install(@Observes Router router) {
        long defaultMax = limit.asLongValue();
        router.route().order(-1000).handler(ctx -> {
            boolean bulk = ctx.request().path().endsWith("/goats/import");
            long max = bulk ? importLimit.asLongValue() : defaultMax;
            if (!bulk) {
                // quarkus.http.limits.max-body-size is raised to the import limit; keep other requests' backstop.
                ctx.put("io.quarkus.max-request-size", streamedLimit.asLongValue());
            }
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > max) {
                // Vert.x, not JAX-RS, answers here: the same problem, written by the application's ObjectMapper.
                Problem problem = Problems.payloadTooLarge(length, max).problem().withInstance(ctx.request().path());
                String body;
                try {
                    body = json.writeValueAsString(problem);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(body);
                return;
            }
            ctx.next();
        });
    }
}
