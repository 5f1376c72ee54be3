package org.pashm.app;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the test key pair the test profile trusts. Functional tests run as an
 * administrator without saying so (a RestAssured filter adds the token to every request that carries none); tests
 * of access control say who they are with {@link #as} or {@link #ANONYMOUS}.
 */
public final class Tokens {

    public static final String ISSUER = "https://pashm.local";
    /** Send this header (any value) to make a request without a token. */
    public static final String ANONYMOUS = "X-Test-Anonymous";
    private static final PrivateKey KEY = key();
    private static final String ADMIN = sign("test-admin", Set.of("admin"));
    private static boolean installed;

    private Tokens() {
    }

    private static PrivateKey key() {
        try {
            return KeyUtils.readPrivateKey("test-keys/private.pem");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    public static String sign(String subject, Set<String> roles) {
        return Jwt.issuer(ISSUER).subject(subject).groups(roles).expiresIn(3600).sign(KEY);
    }

    /** "Bearer ..." for a subject with these roles. */
    public static String as(String subject, String... roles) {
        return "Bearer " + sign(subject, Set.of(roles));
    }

    /** Installs the default administrator token, once. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        RestAssured.filters(new Filter() {
            @Override
            public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                                   FilterContext ctx) {
                if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
                    request.removeHeader(ANONYMOUS);
                } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                    request.header("Authorization", "Bearer " + ADMIN);
                }
                return ctx.next(request, response);
            }
        });
    }
}
