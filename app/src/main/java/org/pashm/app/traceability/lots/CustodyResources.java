package org.pashm.app.traceability.lots;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.security.Access;
import org.pashm.app.security.Access.Need;

/**
 * What the resources of an organisation's custody steps (lots, dehairings, shipments) share: the step is taken by a
 * manager of the organisation, and answers as a creation ({@link Creations}: 201, Location, at most once per
 * caller and Idempotency-Key).
 */
abstract class CustodyResources {

    @Inject
    Access access;

    @Inject
    Creations creations;

    @Inject
    CustodyService custody;

    /** Takes a step of {@code organisation}'s, which the caller must manage (else 404, as if it did not exist). */
    <T> Response step(UUID organisation, Object request, UriInfo uri, String idempotencyKey, Supplier<T> take,
                      Function<T, String> location) {
        access.organisation(organisation, Need.MANAGE);
        return creations.create(idempotencyKey, uri, request, take, location);
    }

    /** {@code /lots/{code}}; codes are letters, digits, '.', '_' and '-', so the encoding changes nothing today. */
    static String location(LotView lot) {
        return "/lots/" + URLEncoder.encode(lot.code(), StandardCharsets.UTF_8);
    }
}
