package org.pashm.app.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A certificate as the API shows it: what it certifies, until when, whether it is still valid, and its renewal (the
 * duty the certifying standard declares, due on the day it expires).
 *
 * @param status            valid, expired (from its expiry day on) or withdrawn
 * @param assessmentCurrent false when the assessment it was issued from has since been corrected
 * @param renewal           null when the standard's module is no longer loaded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificateView(UUID id, UUID organisation, UUID site, UUID assessment, boolean assessmentCurrent,
                              String standard, String edition, LocalDate issuedOn, LocalDate expiresOn,
                              String validity, String issuedBy, OffsetDateTime issuedAt, String status,
                              Withdrawal withdrawal, Renewal renewal, Links links) {

    public record Withdrawal(LocalDate withdrawnOn, String reason, OffsetDateTime withdrawnAt) {
    }

    /** @param duty the id of the renewal duty of the certifying standard */
    public record Renewal(String duty, LocalDate dueOn, String recurrence) {
    }

    public record Links(String self, String assessment, String site, String withdrawal) {
    }
}
