package org.pashm.app.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.pashm.app.security.Caller;

/**
 * The one way a resource creates something: {@code POST} answers {@code 201 Created} with the new thing and its
 * {@code Location}, in one transaction, at most once per caller and {@code Idempotency-Key}.
 *
 * <pre>{@code
 * return creations.create(idempotencyKey, uri, request, () -> records.add(site, request),
 *         record -> "/sites/" + site + "/records/" + record.id());
 * }</pre>
 *
 * The key is the caller's own (the token's subject): another caller's key neither answers for nor against it. What a
 * key protects is the method and path ({@code POST /sites/.../records}) and the request as bound, so the same JSON
 * written in another order or with other white space is the same request. {@code create} runs inside the transaction
 * that also stores the answer; it must not manage transactions itself. See {@link IdempotencyService}.
 */
@ApplicationScoped
public class Creations {

    @Inject
    IdempotencyService idempotency;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /**
     * @param key      the {@code Idempotency-Key} header, or null
     * @param uri      the request's URI: its path is what the key protects
     * @param request  the bound request body (or null for a POST without one)
     * @param create   makes the thing and returns its view
     * @param location the path of what was made
     */
    public <T> Response create(String key, UriInfo uri, Object request, Supplier<T> create,
                               Function<T, String> location) {
        return createShowingOnce(key, uri, request, create, UnaryOperator.identity(), location);
    }

    /**
     * {@link #create}, for a thing that carries a secret shown once (a webhook's signing secret, a calendar feed's
     * secret address): the answer kept to be replayed is {@code withoutSecret} of the thing, so that the secret is
     * stored only where it must be (or only as a hash), and only the first answer shows it. A client that lost the
     * first answer gets the thing without its secret, and must revoke it and make another.
     */
    public <T> Response createShowingOnce(String key, UriInfo uri, Object request, Supplier<T> create,
                                          UnaryOperator<T> withoutSecret, Function<T, String> location) {
        // The first answer's body, when it differs from the one kept for replays.
        AtomicReference<String> shownOnce = new AtomicReference<>();
        IdempotencyService.Answer answer = idempotency.run(caller.subject(), key, "POST " + uri.getPath(), request,
                () -> {
                    T made = create.get();
                    T kept = withoutSecret.apply(made);
                    if (kept != made) {
                        shownOnce.set(write(made));
                    }
                    return new IdempotencyService.Stored(201, location.apply(kept), write(kept));
                });
        if (!answer.replayed() && shownOnce.get() != null) {
            IdempotencyService.Stored kept = answer.stored();
            answer = new IdempotencyService.Answer(new IdempotencyService.Stored(kept.status(), kept.location(),
                    shownOnce.get()), false);
        }
        return respond(answer);
    }

    /** The HTTP answer of a creation: its status, Location, JSON body, and whether it was replayed. */
    private static Response respond(IdempotencyService.Answer answer) {
        IdempotencyService.Stored stored = answer.stored();
        Response.ResponseBuilder b = Response.status(stored.status()).type("application/json").entity(stored.body());
        if (stored.location() != null) {
            b.header("Location", stored.location());
        }
        if (answer.replayed()) {
            b.header("Idempotent-Replayed", "true");
        }
        return b.build();
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view that cannot be written as JSON: " + view.getClass(), e);
        }
    }
}
