package org.pashm.app.traceability.records;

import org.pashm.app.web.FieldErrors;
import org.pashm.app.problem.Rule;
import org.pashm.app.security.Roles;
import org.pashm.app.security.Access.Need;
import org.pashm.app.security.Access;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.problem.Problem.FieldError;
import org.pashm.app.problem.Problems;
import org.pashm.app.site.Site;
import org.pashm.app.traceability.registry.Organisations;
import org.pashm.app.calendar.FarmCalendar;
import org.pashm.app.web.Json;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.traceability.Retention;

/**
 * Records a farm or herder household keeps under clause 11 (training, health, grazing-land evaluations, breeding
 * archives, key parameters), each deleted only once its retention has ended.
 */
@Path("/organisations/{organisation}/records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Records and retention")
public class OrganisationRecordsResource {

    @jakarta.inject.Inject
    Access access;

    @Inject
    Organisations organisations;

    @Inject
    FarmCalendar farmCalendar;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Keep a record: kind record (3 years, 11.1.7), grazing-land-evaluation (10 years, 11.1.2), "
            + "breeding-archive (11.1.3) or key-parameters (11.1.4, both permanently)")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Response create(@PathParam("organisation") UUID organisation, JsonNode body) {
        access.organisation(organisation, Need.MANAGE);
        organisations.find(organisation);
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw Problems.invalid("invalid-body", "Invalid request body", "The body must be a JSON object",
                    List.of(FieldError.body("", Rule.WRONG_TYPE, "The body must be a JSON object")));
        }
        String kind = Json.text(body.get("kind"), "/kind", true, 30, errors);
        if (kind != null && !FarmRecordsResource.KINDS.contains(kind)) {
            errors.add(FieldError.body("/kind", Rule.UNKNOWN_KIND, "'" + kind + "' is not a kind of record; expected one "
                    + "of " + FarmRecordsResource.KINDS));
        }
        LocalDate recordedOn = Json.date(body.get("recordedOn"), "/recordedOn", true, errors);
        if (recordedOn != null && recordedOn.isAfter(farmCalendar.latestDateOnEarth())) {
            errors.add(FieldError.body("/recordedOn", Rule.IN_THE_FUTURE, "recordedOn " + recordedOn + " is in the future"));
        }
        String title = Json.text(body.get("title"), "/title", true, 200, errors);
        String content = Json.text(body.get("content"), "/content", false, 100_000, errors);
        UUID site = Json.uuid(body.get("site"), "/site", false, errors);
        if (site != null) {
            Site s = Site.findById(site);
            if (s == null || !s.organisationId.equals(organisation)) {
                errors.add(FieldError.body("/site", Rule.UNKNOWN_SITE, "there is no site " + site + " of this organisation"));
            }
        }
        FieldErrors.unknownFields(body, Arrays.asList("kind", "recordedOn", "title", "content", "site"),
                errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid("invalid-record", "Invalid record", FieldErrors.summary(errors), errors);
        }
        FarmRecord r = new FarmRecord();
        r.id = UUID.randomUUID();
        r.organisationId = organisation;
        r.siteId = site;
        r.kind = kind;
        r.recordedOn = recordedOn;
        r.title = title;
        r.content = content;
        r.createdAt = farmCalendar.now();
        r.persist();
        return Response.status(Response.Status.CREATED).header("Location", "/records/" + r.id)
                .entity(FarmRecordsResource.RecordView.of(r)).build();
    }

    @GET
    @Operation(summary = "The organisation's records, newest first; filter kind")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AUDITOR})
    public Page<FarmRecordsResource.RecordView> list(@PathParam("organisation") UUID organisation, @QueryParam("kind") String kind,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        access.organisation(organisation, Need.READ);
        organisations.find(organisation);
        Paging paging = Paging.of(page, size);
        if (kind != null && !FarmRecordsResource.KINDS.contains(kind)) {
            throw Problems.badParameter("kind", Rule.UNKNOWN_KIND, "'" + kind + "' is not a kind of record; expected one "
                    + "of " + FarmRecordsResource.KINDS);
        }
        var query = kind == null
                ? FarmRecord.<FarmRecord>find("organisationId = ?1 order by recordedOn desc, id", organisation)
                : FarmRecord.<FarmRecord>find("organisationId = ?1 and kind = ?2 order by recordedOn desc, id",
                organisation, kind);
        long total = query.count();
        return Page.of(query.page(paging.page(), paging.size()).list().stream()
                .map(FarmRecordsResource.RecordView::of).toList(), paging, total);
    }
}
