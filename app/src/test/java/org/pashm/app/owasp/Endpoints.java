package org.pashm.app.owasp;

import java.util.List;
import java.util.Set;

/**
 * Every endpoint of the API that is not public, with a request that would succeed for the right caller and the
 * roles that may call it. The OWASP tests run each row; an endpoint added to the API gets a row here.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /**
     * @param ofA   true when the path names an object of farm A (so a caller acting for B must be refused)
     * @param roles the roles that may call it (for some object)
     * @param body  a JSON body, or null
     */
    public record Endpoint(String method, String path, boolean ofA, Set<String> roles, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String MINIMAL_ASSESSMENT = "{\"assessedOn\": \"2026-04-02\", \"assessor\": \"x\", \"observations\": "
            + "[{\"code\": \"housing.shelter.ammonia\", \"value\": 12, \"unit\": \"mg/m3\", "
            + "\"subject\": {\"kind\": \"shelter\", \"id\": \"shed-1\"}}]}";
    static final String SITE = "{\"name\": \"x\", \"productionSystem\": \"housing\", \"region\": \"Alxa\"}";

    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> READERS = Set.of("admin", "manager", "auditor");
    static final Set<String> ASSESSORS = Set.of("admin", "auditor");
    static final Set<String> MANAGERS = Set.of("admin", "manager");
    static final Set<String> ANYONE = Set.of("admin", "manager", "auditor", "brand");

    public static final List<Endpoint> ALL = List.of(
            new Endpoint("POST", "/organisations", false, ADMIN, "{\"name\": \"x\", \"kind\": \"farm\"}"),
            new Endpoint("GET", "/organisations", false, ANYONE, null),
            new Endpoint("GET", "/organisations/{orgA}", true, ANYONE, null),
            new Endpoint("POST", "/organisations/{orgA}/sites", true, MANAGERS, SITE),
            new Endpoint("GET", "/organisations/{orgA}/sites", true, READERS, null),
            new Endpoint("POST", "/organisations/{orgA}/members", true, ADMIN,
                    "{\"subject\": \"someone\", \"role\": \"auditor\"}"),
            new Endpoint("GET", "/organisations/{orgA}/members", true, ANYONE, null),
            new Endpoint("DELETE", "/organisations/{orgA}/members/{nobody}/{auditor}", true, ADMIN, null),
            new Endpoint("GET", "/sites/{siteA}", true, READERS, null),
            new Endpoint("POST", "/sites/{siteA}/assessments", true, ASSESSORS, MINIMAL_ASSESSMENT),
            new Endpoint("POST", "/assessments", true, ASSESSORS, "{\"site\": \"{siteA}\", "
                    + MINIMAL_ASSESSMENT.substring(1)),
            new Endpoint("POST", "/assessments/{assessmentA}/corrections", true, ASSESSORS,
                    "{\"reason\": \"remeasured\", " + MINIMAL_ASSESSMENT.substring(1)),
            new Endpoint("GET", "/assessments", false, READERS, null),
            new Endpoint("GET", "/assessments/{assessmentA}", true, READERS, null),
            new Endpoint("GET", "/assessments/{assessmentA}/report", true, READERS, null),
            new Endpoint("GET", "/assessments/{assessmentA}/reproduction", true, READERS, null),
            new Endpoint("GET", "/audit-log", false, ADMIN, null),
            new Endpoint("GET", "/me", false, ANYONE, null));

    /** The public endpoints as method and path templates, for the inventory check. */
    public static final List<String> PUBLIC_TEMPLATES = List.of("GET /standards", "GET /standards/{}/{}",
            "GET /standards/{}/{}/clauses", "GET /standards/{}/{}/clauses/{}", "GET /standards/{}/{}/evidence-schema",
            "GET /vocabulary");

    /** Public without a login: the catalogue, the vocabulary, the evidence schema, health and OpenAPI. */
    public static final List<String> PUBLIC = List.of("/standards", "/standards/iso-22786/DIS-2025",
            "/standards/iso-22786/DIS-2025/clauses", "/standards/iso-22786/DIS-2025/clauses/5.3.3", "/vocabulary",
            "/standards/iso-22786/DIS-2025/evidence-schema", "/q/health", "/q/openapi");
}
