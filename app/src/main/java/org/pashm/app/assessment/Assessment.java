package org.pashm.app.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of an assessment: immutable once stored (the database refuses updates too). A correction is a new
 * version in the same lineage that supersedes this one. Written once by {@link AssessmentService} with a single
 * INSERT; this entity reads it.
 */
@Entity
@Immutable
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    /** The id of the first version; shared by every version of this assessment. */
    @Column(name = "lineage_id", nullable = false)
    public UUID lineageId;

    @Column(nullable = false)
    public int version;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "correction_reason", length = 2000)
    public String correctionReason;

    @Column(name = "standard_id", nullable = false, length = 100)
    public String standardId;

    @Column(nullable = false, length = 100)
    public String edition;

    @Column(name = "production_system", nullable = false, length = 10)
    public String productionSystem;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(nullable = false, length = 200)
    public String assessor;

    @Column(length = 2000)
    public String description;

    @Column(name = "overall_result", nullable = false, length = 60)
    public String overallResult;

    @Column(nullable = false)
    public boolean conformant;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    /** The request body exactly as received. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "json")
    public String submission;

    /** The validated observations in canonical units, in the submission's format. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "json")
    public String observations;

    /** How {@link #report} is written: {@link Reports#DATA}, or {@link Reports#ENGLISH} for older rows. */
    @Column(name = "report_format", nullable = false)
    public short reportFormat;

    /** The report the modules produced, as data ({@link ReportData}); older rows hold the English report. */
    @Column(nullable = false, columnDefinition = "text")
    public String report;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "module_versions", nullable = false, columnDefinition = "json")
    public String moduleVersions;
}
