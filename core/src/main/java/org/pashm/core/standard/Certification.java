package org.pashm.core.standard;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.pashm.core.evaluation.Periods;

/**
 * A standard's declaration that it certifies: a conformant assessment against it can be turned into a certificate
 * that is valid for {@code validity} from the day it is issued (The Good Cashmere Standard: 12 months). Renewing it
 * is a recurring duty of the site, {@code renewalDuty}, which the same module declares with
 * {@link org.pashm.core.duty.Recurrence.Every} of the same period, so that the duty machinery reminds the site
 * ahead of the expiry.
 *
 * <p>Only the module that defines a standard may say that it certifies; the registry checks that, and that the
 * renewal duty exists, belongs to the standard and recurs every {@code validity}.
 *
 * @param validity    how long a certificate lasts, from the day it is issued
 * @param renewalDuty the id of the duty that renews it
 * @param basis       the standard's own words that set this, paraphrased ("the certificate is valid for 12 months")
 */
public record Certification(StandardRef standard, Period validity, String renewalDuty, String basis) {

    public Certification {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(renewalDuty, "renewalDuty");
        Objects.requireNonNull(basis, "basis");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("the validity of a certificate of " + standard + " must be positive");
        }
    }

    /** The day a certificate issued on {@code issuedOn} expires: from that day on it is no longer valid. */
    public LocalDate expiresOn(LocalDate issuedOn) {
        return issuedOn.plus(validity);
    }

    /** Whether a certificate issued on {@code issuedOn} is valid on {@code day}. */
    public boolean validOn(LocalDate issuedOn, LocalDate day) {
        return !day.isBefore(issuedOn) && day.isBefore(expiresOn(issuedOn));
    }

    /** "12 months". */
    public String validityWords() {
        return Periods.words(validity);
    }
}
