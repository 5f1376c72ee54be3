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

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(-1000).handler(ctx -> {
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
