package org.pashm.app.owasp;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.pashm.app.Api;
import org.pashm.app.Tokens;

/**
 * Two farms, A and B, each with a housing site, a manager and an assigned auditor; a brand with a member; and an
 * assessment of A's site. Every OWASP test class builds one and tries to cross from B to A, or to act beyond a role.
 */
public final class World {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final String orgA;
    public final String orgB;
    public final String brand;
    public final String siteA;
    public final String siteB;
    public final String assessmentA;
    public final String managerA = "manager-a-" + suffix;
    public final String auditorA = "auditor-a-" + suffix;
    public final String managerB = "manager-b-" + suffix;
    public final String auditorB = "auditor-b-" + suffix;
    public final String brandMember = "brand-" + suffix;

    public World() {
        orgA = Api.organisation("farm");
        orgB = Api.organisation("farm");
        brand = Api.organisation("brand");
        siteA = Api.site(orgA, "housing");
        siteB = Api.site(orgB, "housing");
        grant(orgA, managerA, "manager");
        grant(orgA, auditorA, "auditor");
        grant(orgB, managerB, "manager");
        grant(orgB, auditorB, "auditor");
        grant(brand, brandMember, "brand");
        assessmentA = given().header("Authorization", auditor()).contentType(ContentType.JSON)
                .body(Api.minimal(siteA).toString()).when().post("/assessments").then().statusCode(201)
                .extract().path("id");
    }

    private static void grant(String org, String subject, String role) {
        given().contentType(ContentType.JSON).body(Map.of("subject", subject, "role", role))
                .when().post("/organisations/" + org + "/members").then().statusCode(201);
    }

    public String managerOfA() {
        return Tokens.as(managerA, "manager");
    }

    public String auditor() {
        return Tokens.as(auditorA, "auditor");
    }

    public String managerOfB() {
        return Tokens.as(managerB, "manager");
    }

    public String auditorOfB() {
        return Tokens.as(auditorB, "auditor");
    }

    public String brandUser() {
        return Tokens.as(brandMember, "brand");
    }

    /** Replaces {orgA}, {siteA}, {assessmentA}, {orgB} in a path or body template. */
    public String path(String template) {
        String known = template.replace("{orgA}", orgA).replace("{siteA}", siteA).replace("{assessmentA}", assessmentA)
                .replace("{orgB}", orgB).replace("{siteB}", siteB).replace("{brand}", brand);
        // Any other placeholder stands for itself: {nobody} is the literal "nobody".
        return known.replaceAll("\\{([a-zA-Z]+)}", "$1");
    }
}
