package org.pashm.app.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pashm.core.evidence.RawObservation;

/**
 * An assessment as submitted, after its body was bound and checked ({@link SubmissionRequest}): what the service
 * checks against the stored sites and the registered standards, evaluates and stores.
 *
 * @param site   the site the body names, or null (then the path's, or the corrected version's)
 * @param reason a correction's reason; null for a new assessment
 */
public record Submission(UUID site, String standard, String edition, LocalDate assessedOn, String assessor,
                         String description, String reason, List<RawObservation> observations) {
}
