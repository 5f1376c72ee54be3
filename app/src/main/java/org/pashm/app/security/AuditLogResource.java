package org.pashm.app.security;

import org.pashm.app.persistence.Rows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;

/** The audit log of every write, newest first. Administrators only. */
@Path("/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security")
public class AuditLogResource {

    @Inject
    EntityManager em;

    public record AuditEventView(UUID id, OffsetDateTime at, String subject, String roles, String method, String path,
                                 int status, String remoteAddress, String userAgent, UUID organisation) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every write request: who, when, what, from where, how it ended")
    public Page<AuditEventView> list(@QueryParam("subject") String subject, @QueryParam("organisation") UUID organisation,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        String where = " where (cast(?1 as varchar) is null or subject = ?1)"
                + " and (cast(?2 as uuid) is null or organisation_id = ?2)";
        long total = ((Number) em.createNativeQuery("select count(*) from audit_event" + where)
                .setParameter(1, subject).setParameter(2, organisation).getSingleResult()).longValue();
        List<AuditEventView> items = Rows.list(em, "select id, at, subject, roles, method, path, status, "
                        + "remote_address, user_agent, organisation_id from audit_event" + where
                        + " order by at desc, id limit ?3 offset ?4",
                r -> new AuditEventView(r.uuid("id"), r.time("at"), r.text("subject"), r.text("roles"),
                        r.text("method"), r.text("path"), r.integer("status"), r.text("remote_address"),
                        r.text("user_agent"), r.uuid("organisation_id")),
                subject, organisation, paging.size(), paging.offset());
        return Page.of(items, paging, total);
    }
}
