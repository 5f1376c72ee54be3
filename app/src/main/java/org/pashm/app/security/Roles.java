package org.pashm.app.security;

/**
 * The roles a token carries (in its {@code groups} claim, or wherever {@code smallrye.jwt.path.groups} points for
 * the identity provider in use). A role says what a caller may do; a membership says for which organisation.
 */
public final class Roles {

    /** Submits and reads assessments for the organisations it is assigned to. */
    public static final String AUDITOR = "auditor";
    /** Runs a farm or cooperative: its own sites, records, duties, goats, bags. */
    public static final String MANAGER = "manager";
    /** Verifies claims and reads the chain of custody of lots it received. */
    public static final String BRAND = "brand";
    /** Integrator or administrator: organisations, memberships, standards, subscriptions, the audit log. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
