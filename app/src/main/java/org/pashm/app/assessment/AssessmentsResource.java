package org.pashm.app.assessment;

import org.pashm.app.web.Language;
import org.pashm.text.Renderer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pashm.app.idempotency.Creations;
import org.pashm.app.idempotency.IdempotencyService;
import org.pashm.app.problem.Rule;
import org.pashm.app.security.Roles;
import org.pashm.app.problem.Problems;
import org.pashm.app.web.Page;
import org.pashm.app.web.Paging;
import org.pashm.app.web.Verbatim;

/** Assessments: submit, correct, list, read, report (JSON or CSV), reproduce. */
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentsResource {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema FINDINGS_CSV = CsvSchema.builder()
            .addColumn("clause").addColumn("rule").addColumn("subjectKind").addColumn("subjectId")
            .addColumn("strength").addColumn("outcome").addColumn("statement").addColumn("facts")
            .addColumn("explanation").setUseHeader(true).build();

    @Inject
    AssessmentService assessments;

    @Inject
    ObjectMapper json;

    @Inject
    ProjectionService projections;

    @Inject
    Creations creations;

    @Inject
    Reports reports;

    @Inject
    Language language;

    private static final CsvSchema PROJECTION_CSV = CsvSchema.builder()
            .addColumn("requirement").addColumn("title").addColumn("strength").addColumn("outcome")
            .addColumn("relation").addColumn("targets").addColumn("sources").addColumn("explanation")
            .setUseHeader(true).build();

    @POST
    @jakarta.annotation.security.RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Submit an assessment: validated against the vocabulary, evaluated, stored with its report")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentRequest.class)))
    @APIResponseSchema(value = AssessmentView.class, responseCode = "201",
            responseDescription = "Submitted, evaluated and stored; with its report unless Prefer: return=minimal")
    public Response submit(Verbatim<AssessmentRequest> body, @Context UriInfo uri,
                           @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                           @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                           @Parameter(description = "return=minimal answers without the report (RFC 7240)")
                           @HeaderParam("Prefer") String prefer,
                           @Parameter(description = Language.LANG) @QueryParam("lang") String lang,
                           @Context HttpHeaders headers) {
        Renderer say = language.of(lang, headers);
        return creations.create(idempotencyKey, uri, body.received().asBound(), () -> view(
                        assessments.submit(body.received(), null, body.text()), prefer, say),
                view -> "/assessments/" + view.id());
    }

    private AssessmentView view(Assessment a, String prefer, Renderer say) {
        return view(reports, a, prefer, say);
    }

    /** A new version as a creating POST answers it: with its report in {@code say}'s language unless minimal. */
    static AssessmentView view(Reports reports, Assessment a, String prefer, Renderer say) {
        return AssessmentView.of(a, null, withReport(prefer) ? reports.json(a, say) : null);
    }



    @POST
    @Path("/{id}/corrections")
    @jakarta.annotation.security.RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Correct an assessment: a new version that supersedes it (the body also needs a reason)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorrectionRequest.class)))
    @APIResponseSchema(value = AssessmentView.class, responseCode = "201",
            responseDescription = "The new version, evaluated and stored")
    @APIResponse(responseCode = "409", description = "the version was already corrected (already-superseded)")
    public Response correct(@PathParam("id") UUID id, Verbatim<CorrectionRequest> body, @Context UriInfo uri,
                            @Parameter(description = "makes retries safe (IETF httpapi Idempotency-Key)")
                            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                            @Parameter(description = "return=minimal answers without the report (RFC 7240)")
                            @HeaderParam("Prefer") String prefer,
                            @Parameter(description = Language.LANG) @QueryParam("lang") String lang,
                            @Context HttpHeaders headers) {
        Renderer say = language.of(lang, headers);
        return creations.create(idempotencyKey, uri, body.received().asBound(), () -> view(
                        assessments.correct(id, body.received(), body.text()), prefer, say),
                view -> "/assessments/" + view.id());
    }

    /** Whether a creating POST answers with the whole report: unless it asks for return=minimal (RFC 7240). */
    static boolean withReport(String prefer) {
        return prefer == null || !prefer.toLowerCase(Locale.ROOT).contains("return=minimal");
    }

    @GET
    @jakarta.annotation.security.RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER})
    @Operation(summary = "List assessments (current versions unless versions=all), newest first")
    public Page<AssessmentView.Summary> list(
            @QueryParam("organisation") UUID organisation, @QueryParam("site") UUID site,
            @QueryParam("lineage") UUID lineage, @QueryParam("standard") String standard,
            @QueryParam("edition") String edition,
            @Parameter(description = "overall result, e.g. conformant, nonconformant, incomplete")
            @QueryParam("result") String result,
            @Parameter(description = "assessed on or after, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "assessed on or before, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "current (default) or all") @QueryParam("versions") String versions,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        if (versions != null && !versions.equals("current") && !versions.equals("all")) {
            throw Problems.badParameter("versions", Rule.INVALID_VALUE, "versions is current or all");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw Problems.badParameter("from", Rule.INVALID_RANGE, "from " + fromDate + " is after to " + toDate);
        }
        return assessments.list(new AssessmentService.Filter(organisation, site, lineage, standard, edition, result,
                fromDate, toDate, "all".equals(versions)), paging);
    }

    @GET
    @Path("/{id}")
    @jakarta.annotation.security.RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER})
    @Operation(summary = "One assessment version, with its place among the versions (without the report)")
    public AssessmentView get(@PathParam("id") UUID id) {
        return assessments.view(id);
    }

    @GET
    @Path("/{id}/report")
    @jakarta.annotation.security.RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER})
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The report: findings by clause and subject, summaries by section and freedom, overall "
            + "result, standard edition and module versions. Accept: text/csv gives the findings as CSV. With "
            + "standard (and edition), the findings projected onto another standard through its crosswalk: each "
            + "requirement with the relation used and the findings it rests on; requirements nothing covers are "
            + "not assessed.")
    public Response report(@PathParam("id") UUID id, @jakarta.ws.rs.core.Context HttpHeaders headers,
                           @Parameter(description = "another standard to project the findings onto, e.g. "
                                   + "kashmina-supplier-code") @QueryParam("standard") String standard,
                           @Parameter(description = "its edition; the newest when left out")
                           @QueryParam("edition") String edition,
                           @Parameter(description = Language.LANG) @QueryParam("lang") String lang) {
        Renderer say = language.of(lang, headers);
        Assessment a = assessments.find(id);
        if (standard == null && edition != null) {
            throw Problems.badParameter("edition", Rule.STANDARD_REQUIRED, "edition names an edition of the standard "
                    + "given in standard; give standard too");
        }
        boolean own = standard == null || (standard.equals(a.standardId)
                && (edition == null || edition.equals(a.edition)));
        if (!own) {
            ProjectionBody p = projections.project(a, standard, edition, say);
            if (wantsCsv(headers)) {
                String body = csv(p);
                return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition",
                        "attachment; filename=\"assessment-" + id + "-" + p.standard() + "-" + p.edition()
                                + ".csv\"").header(Language.CONTENT_LANGUAGE, say.contentLanguage()).build();
            }
            return Response.ok(p, MediaType.APPLICATION_JSON)
                    .header(Language.CONTENT_LANGUAGE, say.contentLanguage()).build();
        }
        if (wantsCsv(headers)) {
            String body = csv(a, say);
            return Response.ok(body, "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"assessment-" + id + "-findings.csv\"")
                    .header(Language.CONTENT_LANGUAGE, Reports.contentLanguage(a, say)).build();
        }
        String body = reports.json(a, say);
        return Response.ok(body, MediaType.APPLICATION_JSON)
                .header(Language.CONTENT_LANGUAGE, Reports.contentLanguage(a, say)).build();
    }

    @GET
    @Path("/{id}/reproduction")
    @jakarta.annotation.security.RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.MANAGER})
    @Operation(summary = "Evaluate the stored observations again with the loaded modules and compare with the "
            + "stored report")
    public AssessmentService.Reproduction reproduce(@PathParam("id") UUID id) {
        return assessments.reproduce(id);
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType()) {
                return false;
            }
            if (m.getType().equals("text") && m.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    private String csv(Assessment a, Renderer say) {
        try {
            ReportBody report = Reports.isData(a) ? reports.body(a, say) : json.readValue(a.report, ReportBody.class);
            List<List<String>> rows = new ArrayList<>();
            for (ReportBody.FindingView f : report.findings()) {
                rows.add(List.of(f.clause(), f.rule(), f.subject().kind(), f.subject().id(), f.strength(), f.outcome(),
                        f.statement(), f.facts().stream().map(x -> x.name() + "=" + x.value())
                                .collect(Collectors.joining("; ")), f.explanation()));
            }
            return CSV.writer(FINDINGS_CSV).writeValueAsString(rows);
        } catch (IOException e) {
            throw new IllegalStateException("stored report of " + a.id + " cannot be read", e);
        }
    }

    private static String csv(ProjectionBody p) {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectionBody.ProjectedFindingView f : p.findings()) {
            rows.add(java.util.Arrays.asList(f.requirement(), f.title(), f.strength(), f.outcome(),
                    f.relation() == null ? "" : f.relation(), String.join(" ", f.targets()),
                    f.sources().stream().map(x -> x.clause() + " " + x.rule() + " " + x.subject().kind() + "/"
                            + x.subject().id() + " " + x.outcome()).collect(Collectors.joining("; ")),
                    f.explanation()));
        }
        try {
            return CSV.writer(PROJECTION_CSV).writeValueAsString(rows);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.badParameter(name, Rule.WRONG_TYPE, "'" + value + "' is not a date as YYYY-MM-DD");
        }
    }
}
