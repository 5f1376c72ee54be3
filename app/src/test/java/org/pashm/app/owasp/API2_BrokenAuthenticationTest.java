package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pashm.app.World;
import org.pashm.app.Tokens;

/**
 * API2:2023 Broken Authentication. Every endpoint that is not public refuses a request without a token, and with a
 * forged, expired, foreign-issuer, unsigned or garbled one: 401 problem+json with a Bearer challenge. The public
 * endpoints answer without a token.
 */
@QuarkusTest
class API2_BrokenAuthenticationTest {

    @jakarta.inject.Inject
    org.pashm.app.Db db;

    static World world;
    static Map<String, String> badTokens;

    @BeforeEach
    void build() throws Exception {
        if (world != null) {
            return;
        }
        world = new World(db);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(Tokens.ISSUER).subject("mallory").groups(Set.of("admin")).expiresIn(3600)
                .sign(generator.generateKeyPair().getPrivate());
        String expired = Jwt.issuer(Tokens.ISSUER).subject("test-admin").groups(Set.of("admin"))
                .issuedAt(System.currentTimeMillis() / 1000 - 7200).expiresAt(System.currentTimeMillis() / 1000 - 3600)
                .sign(io.smallrye.jwt.util.KeyUtils.readPrivateKey("test-keys/private.pem"));
        String foreign = Jwt.issuer("https://evil.example").subject("test-admin").groups(Set.of("admin"))
                .expiresIn(3600).sign(io.smallrye.jwt.util.KeyUtils.readPrivateKey("test-keys/private.pem"));
        // Issue 22: dated a year ahead and valid for an hour from then; iat before exp, as SmallRye checks.
        long aYearAhead = System.currentTimeMillis() / 1000 + 365L * 24 * 3600;
        String fromTheFuture = Jwt.issuer(Tokens.ISSUER).subject("test-admin").groups(Set.of("admin"))
                .issuedAt(aYearAhead).expiresAt(aYearAhead + 3600)
                .sign(io.smallrye.jwt.util.KeyUtils.readPrivateKey("test-keys/private.pem"));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"iss\":\"" + Tokens.ISSUER + "\",\"sub\":\"mallory\",\"groups\":[\"admin\"],"
                + "\"exp\":9999999999}").getBytes(StandardCharsets.UTF_8)) + ".";
        badTokens = Map.of("forged", "Bearer " + forged, "expired", "Bearer " + expired,
                "foreign issuer", "Bearer " + foreign, "unsigned", "Bearer " + unsigned,
                "garbled", "Bearer not.a.token", "not bearer", "Basic dGVzdDp0ZXN0",
                "issued in the future", "Bearer " + fromTheFuture);
    }

    @Test
    void everyProtectedEndpointRefusesAMissingToken() {
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            Response r = Calls.call(e, world, null);
            assertThat(r.statusCode()).as(e + " without a token").isEqualTo(401);
            assertThat(r.contentType()).as(e.toString()).startsWith("application/problem+json");
            assertThat(r.header("WWW-Authenticate")).as(e.toString()).startsWith("Bearer");
        }
    }

    @Test
    void everyProtectedEndpointRefusesBadTokens() {
        for (Endpoints.Endpoint e : Endpoints.ALL) {
            badTokens.forEach((what, token) -> {
                Response r = Calls.call(e, world, token);
                assertThat(r.statusCode()).as(e + " with a " + what + " token").isEqualTo(401);
                assertThat(r.contentType()).as(e + " " + what).startsWith("application/problem+json");
            });
        }
    }

    /** Issue 22: a token whose iat is a year in the future was accepted; one issued within the skew still is. */
    @Test
    void aTokenIssuedAYearInTheFutureIsRefused() throws Exception {
        given().header("Authorization", badTokens.get("issued in the future")).when().get("/me").then()
                .statusCode(401).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:pashm:problem:unauthenticated"));
        long soon = System.currentTimeMillis() / 1000 + 30;   // an issuer's clock 30 s ahead: within the 60 s skew
        String skewed = Jwt.issuer(Tokens.ISSUER).subject("test-admin").groups(Set.of("admin")).issuedAt(soon)
                .expiresAt(soon + 3600).sign(io.smallrye.jwt.util.KeyUtils.readPrivateKey("test-keys/private.pem"));
        given().header("Authorization", "Bearer " + skewed).when().get("/me").then().statusCode(200);
    }

    @Test
    void publicEndpointsNeedNoToken() {
        for (String path : Endpoints.PUBLIC) {
            given().header(Tokens.ANONYMOUS, "yes").when().get(path).then().statusCode(200);
        }
    }
}
