package org.pashm.app.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than {@code pashm.http.max-body-size} with a 413 problem, before
 * anything reads it. Vert.x's own limit ({@code quarkus.http.limits.max-body-size}, set higher) stays as the backstop
 * for bodies sent without a Content-Length; it answers an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {

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
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"urn:pashm:problem:payload-too-large\",\"title\":\"Payload too large\","
                                + "\"status\":413,\"detail\":\"The body is " + length + " bytes; the limit is " + max
                                + " bytes.\",\"instance\":\"" + ctx.request().path().replace("\"", "") + "\"}");
                return;
            }
            ctx.next();
        });
    }
}
