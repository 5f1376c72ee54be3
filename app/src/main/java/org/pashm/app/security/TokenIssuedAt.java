package org.pashm.app.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a token issued in the future (its {@code iat} later than now, beyond the clock skew allowed): SmallRye JWT
 * checks only that {@code iat} is before {@code exp}, so a token dated a year ahead was accepted (issue 22). A token
 * an issuer dates ahead of its own clock is either a broken issuer or a forged lifetime, and no one should act on it.
 *
 * <p>Judged by the system clock, as SmallRye judges {@code exp}: a token's time is real time, not the farms'
 * calendar day (which tests may fix).
 */
@ApplicationScoped
public class TokenIssuedAt implements SecurityIdentityAugmentor {

    /** The skew SmallRye JWT allows on {@code exp}, allowed here too. */
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long skewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > 0) {
            long now = System.currentTimeMillis() / 1000;
            if (token.getIssuedAtTime() > now + skewSeconds) {
                return Uni.createFrom().failure(new AuthenticationFailedException("the token was issued at "
                        + token.getIssuedAtTime() + ", later than now (" + now + ")"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
