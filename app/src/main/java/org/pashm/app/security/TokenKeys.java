package org.pashm.app.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/**
 * Refuses to start without the key that verifies tokens. SmallRye JWT reads the key on the first authenticated
 * request, so a missing file started an app that reported itself ready and then answered 500 to every call, and a
 * broken one started an app that refused every valid token, with nothing logged (issue 22).
 */
@ApplicationScoped
public class TokenKeys {

    /** The setting as operators know it (application.properties maps it to mp.jwt.verify.publickey.location). */
    static final String SETTING = "PASHM_JWT_KEYS (mp.jwt.verify.publickey.location)";

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inline;

    void check(@Observes StartupEvent event) {
        if (location.isEmpty()) {
            if (inline.isEmpty()) {
                throw new IllegalStateException("No key verifies tokens: set " + SETTING + " to the issuer's public "
                        + "key (PEM) or key set (JWKS)");
            }
            return;
        }
        String where = location.get();
        if (where.startsWith(ResourceUtils.HTTP_BASED_SCHEME)) {
            return; // a key set served by the identity provider: fetched and refreshed by SmallRye JWT
        }
        String content;
        try {
            content = ResourceUtils.readResource(where);
        } catch (IOException e) {
            throw new IllegalStateException(SETTING + " is '" + where + "', which cannot be read: " + e.getMessage(), e);
        }
        if (content == null || content.isBlank()) {
            throw new IllegalStateException(SETTING + " is '" + where + "', but there is no such file (or it is "
                    + "empty): give the path of the issuer's public key (PEM) or key set (JWKS)");
        }
        try {
            if (content.strip().startsWith("{")) {
                if (new JsonWebKeySet(content).getJsonWebKeys().isEmpty()) {
                    throw new JoseException("the key set holds no key");
                }
            } else {
                KeyUtils.decodePublicKey(content);
            }
        } catch (JoseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " is '" + where + "', which holds no public key (PEM) or key "
                    + "set (JWKS) that can verify tokens: " + e.getMessage(), e);
        }
    }
}
