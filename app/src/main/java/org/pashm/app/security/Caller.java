package org.pashm.app.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pashm.app.persistence.Rows;

/**
 * Who is calling, and for which organisations they may act: the token gives the roles, the membership table the
 * organisations. Identifiers in URLs are never enough on their own: every service asks the caller before it reads
 * or writes an organisation's data. A refused read or write of another organisation's object answers as if the
 * object did not exist (404), so that identifiers cannot be probed.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    private Map<UUID, Set<String>> memberships;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The token's subject ({@code sub}); null when anonymous. */
    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The caller's memberships, loaded once per request. */
    public Map<UUID, Set<String>> memberships() {
        if (memberships == null) {
            memberships = new HashMap<>();
            if (!identity.isAnonymous()) {
                List<Membership> rows = Rows.list(em,
                        "select organisation_id, role from membership where subject = ?1",
                        r -> new Membership(r.uuid("organisation_id"), r.text("role")), subject());
                for (Membership m : rows) {
                    memberships.computeIfAbsent(m.organisation(), k -> new HashSet<>()).add(m.role());
                }
            }
        }
        return memberships;
    }

    /** One role the caller holds in one organisation. */
    private record Membership(UUID organisation, String role) {
    }

    /** Whether the caller acts for {@code organisation} in {@code role} (both granted: in the token and as membership). */
    public boolean actsAs(String role, UUID organisation) {
        return identity.hasRole(role) && memberships().getOrDefault(organisation, Set.of()).contains(role);
    }

    /** Managers of the organisation and administrators. */
    public boolean canManage(UUID organisation) {
        return isAdmin() || actsAs(Roles.MANAGER, organisation);
    }

    /** Auditors assigned to the organisation, its managers and administrators. */
    public boolean canAssess(UUID organisation) {
        return canManage(organisation) || actsAs(Roles.AUDITOR, organisation);
    }

    /** May submit and correct assessments of the organisation's sites: its assigned auditors and administrators. */
    public boolean mayAssess(UUID organisation) {
        return isAdmin() || actsAs(Roles.AUDITOR, organisation);
    }

    /** Anyone who acts for the organisation in some role, and administrators. */
    public boolean isMemberOf(UUID organisation) {
        if (isAdmin()) {
            return true;
        }
        Set<String> held = memberships().getOrDefault(organisation, Set.of());
        for (String role : held) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The organisations the caller may read data of; null means every one (administrators). */
    public Set<UUID> readable() {
        if (isAdmin()) {
            return null;
        }
        Set<UUID> orgs = new HashSet<>();
        memberships().forEach((org, roles) -> {
            for (String role : roles) {
                if (identity.hasRole(role)) {
                    orgs.add(org);
                }
            }
        });
        return orgs;
    }

    /** May see herders' personal data (names, registration numbers, coordinates) of the organisation. */
    public boolean seesPersonalData(UUID organisation) {
        return canAssess(organisation);
    }
}
