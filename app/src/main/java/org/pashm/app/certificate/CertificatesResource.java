package org.pashm.app.certificate;

import org.pashm.app.problem.Rule;
import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.problem.Problems;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Received;

/** Certificates: issued from conformant assessments against standards that certify; withdrawn, never changed. */
@Path("/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificatesResource {

    @jakarta.inject.Inject
    Access access;

    static final List<String> STATUSES = List.of("valid", "expired", "withdrawn");

    @Inject
    CertificateService certificates;

    @Inject
    Creations creations;

    @POST
    @Operation(summary = "Issue a certificate from a conformant assessment against a standard that certifies; it "
            + "expires the standard's validity after issuedOn (default today)")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @APIResponseSchema(value = CertificateView.class, responseCode = "201", responseDescription = "Issued")
    @APIResponse(responseCode = "409", description = "the assessment cannot be certified: its standard does not "
            + "certify (not-certifying), it was corrected (superseded), it is not conformant (not-conformant), or it "
            + "or an earlier version already has a certificate (already-certified)")
    public Response issue(Received<CertificateRequest> request, @Context UriInfo uri,
                          @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                          @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, uri, request.asBound(), () -> certificates.issue(request),
                c -> "/certificates/" + c.id());
    }

    @GET
    @Operation(summary = "List certificates, soonest expiry first")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<CertificateView> list(
            @QueryParam("organisation") UUID organisation, @QueryParam("site") UUID site,
            @QueryParam("standard") String standard, @QueryParam("edition") String edition,
            @Parameter(description = "valid, expired or withdrawn") @QueryParam("status") String status,
            @Parameter(description = "expiring before this day, YYYY-MM-DD (for renewals)")
            @QueryParam("expiresBefore") String expiresBefore,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        if (status != null && !STATUSES.contains(status)) {
            throw Problems.badParameter("status", Rule.INVALID_VALUE, "status is one of " + STATUSES);
        }
        LocalDate before = null;
        if (expiresBefore != null) {
            try {
                before = LocalDate.parse(expiresBefore);
            } catch (DateTimeParseException e) {
                throw Problems.badParameter("expiresBefore", Rule.WRONG_TYPE, "'" + expiresBefore
                        + "' is not a date as YYYY-MM-DD");
            }
        }
        return certificates.list(new CertificateService.Filter(organisation, site, standard, edition, status, before),
                paging);
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = CertificateView.class, responseCode = "200", responseDescription = "The certificate")
    @APIResponse(responseCode = "404", description = "there is no such certificate (unknown-certificate)")
    @Operation(summary = "One certificate: its status (valid, expired, withdrawn) and its renewal duty")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public CertificateView get(@PathParam("id") UUID id) {
        CertificateView v = certificates.view(id);
        access.check(v.organisation(), Need.READ, "certificate", id);
        return v;
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(summary = "Withdraw a certificate (a record of its own; the certificate is never changed); "
            + "withdrawnOn defaults to today")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @APIResponseSchema(value = CertificateView.class, responseCode = "201", responseDescription = "Withdrawn")
    @APIResponse(responseCode = "404", description = "there is no such certificate (unknown-certificate)")
    @APIResponse(responseCode = "409", description = "the certificate was already withdrawn (already-withdrawn)")
    public Response withdraw(@PathParam("id") UUID id, Received<WithdrawalRequest> request, @Context UriInfo uri,
                             @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                             @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        access.check(certificates.view(id).organisation(), Need.ASSESS, "certificate", id);
        return creations.create(idempotencyKey, uri, request.asBound(), () -> certificates.withdraw(id, request),
                c -> "/certificates/" + c.id());
    }
}
