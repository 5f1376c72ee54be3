package org.pashm.app.owasp;

import java.util.List;
import java.util.Set;
import org.pashm.app.World.Party;

/**
 * Every endpoint of the API that is not public: a request the right caller may make, the party whose object it names,
 * and the roles that may call it. The OWASP tests run every row; {@link API9_ImproperInventoryManagementTest} fails
 * when the API serves an endpoint that has no row here.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /**
     * @param owner the party whose object the request names (NONE: no particular object)
     * @param roles the roles that may call it, for their own party's objects
     * @param body  a JSON body template (see {@link org.pashm.app.World#path}), or null
     */
    public record Endpoint(String method, String path, Party owner, Set<String> roles, String body, String contentType) {
        Endpoint(String method, String path, Party owner, Set<String> roles, String body) {
            this(method, path, owner, roles, body, "application/json");
        }

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
    static final Set<String> CHAIN = Set.of("admin", "manager", "auditor", "brand");
    static final Set<String> CLAIMS = Set.of("admin", "manager", "brand");
    static final Set<String> RECEIVERS = Set.of("admin", "manager", "brand");

    public static final List<Endpoint> ALL = List.of(
            // organisations, sites, members, the caller, the audit log
            new Endpoint("POST", "/organisations", Party.NONE, ADMIN, "{\"name\": \"x {unique}\", \"kind\": \"farm\"}"),
            new Endpoint("GET", "/organisations", Party.NONE, ANYONE, null),
            new Endpoint("GET", "/organisations/{orgA}", Party.FARM, ANYONE, null),
            new Endpoint("POST", "/organisations/{orgA}/sites", Party.FARM, MANAGERS, SITE),
            new Endpoint("GET", "/organisations/{orgA}/sites", Party.FARM, READERS, null),
            new Endpoint("POST", "/organisations/{orgA}/members", Party.FARM, ADMIN,
                    "{\"subject\": \"someone\", \"role\": \"auditor\"}"),
            new Endpoint("GET", "/organisations/{orgA}/members", Party.FARM, ANYONE, null),
            new Endpoint("DELETE", "/organisations/{orgA}/members/{nobody}/{auditor}", Party.FARM, ADMIN, null),
            new Endpoint("GET", "/sites/{siteA}", Party.FARM, READERS, null),
            new Endpoint("GET", "/me", Party.NONE, ANYONE, null),
            new Endpoint("GET", "/audit-log", Party.NONE, ADMIN, null),
            // assessments
            new Endpoint("POST", "/sites/{siteA}/assessments", Party.FARM, ASSESSORS, MINIMAL_ASSESSMENT),
            new Endpoint("POST", "/assessments", Party.FARM, ASSESSORS, "{\"site\": \"{siteA}\", "
                    + MINIMAL_ASSESSMENT.substring(1)),
            new Endpoint("POST", "/assessments/{assessmentA}/corrections", Party.FARM, ASSESSORS,
                    "{\"reason\": \"remeasured\", " + MINIMAL_ASSESSMENT.substring(1)),
            new Endpoint("GET", "/assessments", Party.NONE, READERS, null),
            new Endpoint("GET", "/assessments/{assessmentA}", Party.FARM, READERS, null),
            new Endpoint("GET", "/assessments/{assessmentA}/report", Party.FARM, READERS, null),
            new Endpoint("GET", "/assessments/{assessmentA}/reproduction", Party.FARM, READERS, null),
            // certificates
            new Endpoint("POST", "/certificates", Party.FARM, ASSESSORS,
                    "{\"assessment\": \"{gcsToCertify}\", \"issuedBy\": \"Test certifier\"}"),
            new Endpoint("GET", "/certificates", Party.NONE, READERS, null),
            new Endpoint("GET", "/certificates/{certificateA}", Party.FARM, READERS, null),
            new Endpoint("POST", "/certificates/{certificateA}/withdrawal", Party.FARM, ASSESSORS,
                    "{\"reason\": \"sold the herd\"}"),
            // duties, subjects, records of work, reminders
            new Endpoint("GET", "/organisations/{orgA}/duties", Party.FARM, READERS, null),
            new Endpoint("GET", "/organisations/{orgA}/duties.ics", Party.FARM, READERS, null),
            new Endpoint("POST", "/organisations/{orgA}/calendar-keys", Party.FARM, MANAGERS,
                    "{\"label\": \"office\"}"),
            new Endpoint("GET", "/organisations/{orgA}/calendar-keys", Party.FARM, MANAGERS, null),
            new Endpoint("DELETE", "/organisations/{orgA}/calendar-keys/{calendarKeyA}", Party.FARM, MANAGERS, null),
            new Endpoint("GET", "/sites/{siteA}/duties", Party.FARM, READERS, null),
            new Endpoint("POST", "/sites/{siteA}/subjects", Party.FARM, MANAGERS,
                    "{\"kind\": \"land-parcel\", \"id\": \"p-{unique}\"}"),
            new Endpoint("GET", "/sites/{siteA}/subjects", Party.FARM, READERS, null),
            new Endpoint("GET", "/sites/{siteA}/subjects/{land-parcel}/{parcelA}", Party.FARM, READERS, null),
            new Endpoint("POST", "/sites/{siteA}/subjects/{land-parcel}/{parcelA}/retirement", Party.FARM, MANAGERS,
                    "{}"),
            new Endpoint("POST", "/sites/{siteA}/records", Party.FARM, MANAGERS, "{\"type\": \"vehicle-inspection\", "
                    + "\"performedOn\": \"2026-04-01\", \"performedBy\": \"Batu\", "
                    + "\"subject\": {\"kind\": \"vehicle\", \"id\": \"{vehicleA}\"}}"),
            new Endpoint("GET", "/sites/{siteA}/records", Party.FARM, READERS, null),
            new Endpoint("GET", "/sites/{siteA}/records/{workRecordA}", Party.FARM, READERS, null),
            new Endpoint("POST", "/sites/{siteA}/records/{workRecordA}/void", Party.FARM, MANAGERS,
                    "{\"reason\": \"wrong truck\", \"performedBy\": \"Batu\"}"),
            new Endpoint("POST", "/organisations/{orgA}/subscriptions", Party.FARM, MANAGERS,
                    "{\"channel\": \"webhook\", \"url\": \"https://hooks.example.invalid/{unique}\"}"),
            new Endpoint("GET", "/organisations/{orgA}/subscriptions", Party.FARM, MANAGERS, null),
            new Endpoint("GET", "/organisations/{orgA}/subscriptions/{subscriptionA}", Party.FARM, MANAGERS, null),
            new Endpoint("DELETE", "/organisations/{orgA}/subscriptions/{subscriptionA}", Party.FARM, MANAGERS, null),
            new Endpoint("GET", "/organisations/{orgA}/reminders", Party.FARM, MANAGERS, null),
            new Endpoint("GET", "/organisations/{orgA}/deliveries", Party.FARM, MANAGERS, null),
            new Endpoint("GET", "/organisations/{orgA}/deliveries/{deliveryA}", Party.FARM, MANAGERS, null),
            new Endpoint("POST", "/organisations/{orgA}/deliveries/{deliveryA}/retry", Party.FARM, MANAGERS, null),
            new Endpoint("POST", "/reminders/runs", Party.NONE, ADMIN, null),
            // herd registry
            new Endpoint("POST", "/organisations/{orgA}/goats", Party.FARM, MANAGERS, "{\"earTag\": \"T-{unique}\", "
                    + "\"sex\": \"female\", \"category\": \"adult-doe\", \"birthDate\": \"2022-03-15\"}"),
            new Endpoint("GET", "/organisations/{orgA}/goats", Party.FARM, READERS, null),
            new Endpoint("POST", "/organisations/{orgA}/goats/import", Party.FARM, MANAGERS,
                    "earTag,sex,birthDate,strain,coatColour,category\nI-{unique},female,2022-03-15,Alxa,white,adult-doe\n",
                    "text/csv"),
            new Endpoint("GET", "/goats/{goatA}", Party.FARM, READERS, null),
            new Endpoint("DELETE", "/goats/{goatA}", Party.FARM, MANAGERS, null),
            new Endpoint("POST", "/organisations/{orgA}/goat-groups", Party.FARM, MANAGERS, "{\"name\": \"G {unique}\"}"),
            new Endpoint("GET", "/organisations/{orgA}/goat-groups", Party.FARM, READERS, null),
            new Endpoint("GET", "/goat-groups/{groupA}", Party.FARM, READERS, null),
            new Endpoint("GET", "/goat-groups/{groupA}/members", Party.FARM, READERS, null),
            new Endpoint("POST", "/goat-groups/{groupA}/members", Party.FARM, MANAGERS,
                    "{\"goats\": [\"{goatA}\"]}"),
            new Endpoint("DELETE", "/goat-groups/{groupA}/members/{goatA}", Party.FARM, MANAGERS, null),
            // bags, records kept, the chain of custody, claims
            new Endpoint("POST", "/organisations/{orgA}/bags", Party.FARM, MANAGERS, "{\"number\": \"N-{unique}\", "
                    + "\"site\": \"{siteA}\", \"harvestedOn\": \"2026-04-28\", \"harvestMethod\": \"combed\"}"),
            new Endpoint("GET", "/organisations/{orgA}/bags", Party.FARM, READERS, null),
            new Endpoint("GET", "/bags/{bagA}", Party.FARM, READERS, null),
            new Endpoint("DELETE", "/bags/{bagA}", Party.FARM, MANAGERS, null),
            new Endpoint("POST", "/organisations/{orgA}/records", Party.FARM, MANAGERS,
                    "{\"kind\": \"record\", \"recordedOn\": \"2026-04-01\", \"title\": \"Diary\"}"),
            new Endpoint("GET", "/organisations/{orgA}/records", Party.FARM, READERS, null),
            new Endpoint("GET", "/records/{recordA}", Party.FARM, READERS, null),
            new Endpoint("DELETE", "/records/{recordA}", Party.FARM, MANAGERS, null),
            new Endpoint("POST", "/organisations/{station}/lots", Party.STATION, MANAGERS,
                    "{\"code\": \"L-{unique}\", \"bags\": [\"{bagA}\"], \"aggregatedAt\": \"2026-05-20T09:00:00Z\"}"),
            new Endpoint("POST", "/organisations/{station}/dehairings", Party.STATION, MANAGERS,
                    "{\"inputs\": [{\"lot\": \"{lotA}\", \"kg\": 1}], \"code\": \"D-{unique}\", \"yieldPercent\": 50}"),
            new Endpoint("POST", "/organisations/{station}/shipments", Party.STATION, MANAGERS,
                    "{\"lot\": \"{lotA}\", \"to\": \"{receiver}\", \"kg\": 1, \"shippedAt\": \"2026-05-26T08:00:00Z\"}"),
            new Endpoint("GET", "/shipments/{shipmentA}", Party.RECEIVER, RECEIVERS, null),
            new Endpoint("POST", "/shipments/{shipmentA}/receipt", Party.RECEIVER, RECEIVERS,
                    "{\"receivedAt\": \"2026-05-27T15:00:00Z\"}"),
            new Endpoint("GET", "/lots/{lotA}", Party.STATION, CHAIN, null),
            new Endpoint("GET", "/lots/{lotA}/epcis", Party.STATION, CHAIN, null),
            new Endpoint("POST", "/lots/{lotA}/claims/verify", Party.STATION, CLAIMS,
                    "{\"claims\": [{\"type\": \"combed-only\"}]}"));

    /** Public without a login: the catalogue, the vocabulary, the evidence schema, health and OpenAPI. */
    public static final List<String> PUBLIC = List.of("/standards", "/standards/iso-22786/DIS-2025",
            "/standards/iso-22786/DIS-2025/clauses", "/standards/iso-22786/DIS-2025/clauses/5.3.3", "/vocabulary",
            "/standards/iso-22786/DIS-2025/evidence-schema", "/duties", "/record-kinds", "/q/health",
            "/q/openapi");

    /** The public endpoints as method and path templates, for the inventory check. */
    public static final List<String> PUBLIC_TEMPLATES = List.of("GET /standards", "GET /standards/{}/{}",
            "GET /standards/{}/{}/clauses", "GET /standards/{}/{}/clauses/{}", "GET /standards/{}/{}/evidence-schema",
            "GET /standards/{}/{}/crosswalks", "GET /standards/{}/{}/crosswalks/{}/{}", "GET /vocabulary",
            "GET /duties", "GET /duties/{}", "GET /record-kinds", "GET /p/{}", "GET /p/{}/qr.png",
            // The key in the path is the credential (a calendar app cannot send a bearer token).
            "GET /calendars/{}/duties.ics");
}
