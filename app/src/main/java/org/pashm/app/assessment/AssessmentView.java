package org.pashm.app.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An assessment version as the API shows it. The report is the stored JSON, passed through as it is, so what a
 * client reads is exactly what was stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(
        UUID id,
        UUID lineage,
        int version,
        UUID supersedes,
        UUID supersededBy,
        boolean current,
        String correctionReason,
        UUID organisation,
        UUID site,
        String standard,
        String edition,
        String productionSystem,
        LocalDate assessedOn,
        String assessor,
        String description,
        OffsetDateTime submittedAt,
        String result,
        boolean conformant,
        Links links,
        @JsonRawValue String report) {

    public record Links(String self, String report, String site, String corrections, String versions) {
        static Links of(UUID id, UUID site, UUID lineage) {
            return new Links("/assessments/" + id, "/assessments/" + id + "/report", "/sites/" + site,
                    "/assessments/" + id + "/corrections", "/assessments?lineage=" + lineage + "&versions=all");
        }
    }

    /** @param report the report as JSON in the reader's language, or null to leave it out */
    static AssessmentView of(Assessment a, UUID supersededBy, String report) {
        return new AssessmentView(a.id, a.lineageId, a.version, a.supersedesId, supersededBy, supersededBy == null,
                a.correctionReason, a.organisationId, a.siteId, a.standardId, a.edition, a.productionSystem,
                a.assessedOn, a.assessor, a.description, a.submittedAt, a.overallResult, a.conformant,
                Links.of(a.id, a.siteId, a.lineageId), report);
    }

    /** A listing row, built by a projection that does not load the JSON documents. */
    public record Summary(UUID id, UUID lineage, int version, UUID supersedes, UUID supersededBy, boolean current,
                          UUID organisation, UUID site, String standard, String edition, String productionSystem,
                          LocalDate assessedOn, String assessor, OffsetDateTime submittedAt, String result,
                          boolean conformant, String href) {
        public Summary(UUID id, UUID lineage, int version, UUID supersedes, UUID supersededBy, UUID organisation,
                       UUID site, String standard, String edition, String productionSystem, LocalDate assessedOn,
                       String assessor, OffsetDateTime submittedAt, String result, boolean conformant) {
            this(id, lineage, version, supersedes, supersededBy, supersededBy == null, organisation, site, standard,
                    edition, productionSystem, assessedOn, assessor, submittedAt, result, conformant,
                    "/assessments/" + id);
        }
    }
}
