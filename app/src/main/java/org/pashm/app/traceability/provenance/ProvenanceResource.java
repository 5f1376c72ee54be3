package org.pashm.app.traceability.provenance;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.traceability.lots.CustodyService;

/**
 * The public provenance page of a lot, {@code GET /p/{code}}: server-rendered HTML, no login, no personal data; and
 * the QR code for the label that leads to it.
 */
@Path("/p")
@Tag(name = "Public provenance")
public class ProvenanceResource {

    @Inject
    Template provenance;

    @Inject
    ProvenanceService service;

    @Inject
    CustodyService custody;

    @ConfigProperty(name = "pashm.provenance.base-url")
    Optional<String> baseUrl;

    @GET
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The lot's public provenance page: origin, harvest method, fineness, welfare status, the "
            + "claims checked against the records, and the chain of custody; no personal data")
    @APIResponse(responseCode = "200", description = "The page (HTML)")
    @APIResponse(responseCode = "404", description = "No such lot")
    @PermitAll
    public Response page(@PathParam("code") String code, @jakarta.ws.rs.core.Context UriInfo uri) {
        ProvenanceService.Page page = service.page(code);
        String html = provenance.data("p", page).data("url", url(code, uri))
                .data("qr", "/p/" + encode(code) + "/qr.png").render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).cacheControl(publicFor(300)).build();
    }

    @GET
    @Path("/{code}/qr.png")
    @Produces("image/png")
    @Operation(summary = "A QR code (PNG) for the lot's label, leading to its provenance page")
    @APIResponse(responseCode = "200", description = "The QR code (PNG)")
    @APIResponse(responseCode = "404", description = "No such lot")
    @PermitAll
    public Response qr(@PathParam("code") String code, @jakarta.ws.rs.core.Context UriInfo uri) {
        custody.lot(code);
        return Response.ok(QrCode.png(url(code, uri), 8), "image/png").cacheControl(publicFor(86400)).build();
    }

    /** The page's absolute URL: under pashm.provenance.base-url, else under the URL the request came in on. */
    String url(String code, UriInfo uri) {
        String base = baseUrl.filter(s -> !s.isBlank()).orElse(uri.getBaseUri().toString());
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/p/" + encode(code);
    }

    private static String encode(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static CacheControl publicFor(int seconds) {
        CacheControl c = new CacheControl();
        c.setMaxAge(seconds);
        c.setPrivate(false);
        return c;
    }
}
