package org.pashm.app.persistence;

import java.util.Arrays;
import java.util.Optional;
import org.pashm.app.problem.ProblemException;
import org.pashm.app.problem.Problems;

/**
 * The unique constraints of the schema whose violation means that another request did the same thing at the same
 * moment, each with the conflict (409) it answers. The app checks these rules before it writes; the constraint is
 * what still holds when two requests pass the check together. Names are the migrations' ({@code constraint ...
 * unique}); {@code UniqueConstraintsExistTest} holds them to the database.
 */
public enum UniqueConstraint {
    /** V2: a version of an assessment is corrected once. */
    ASSESSMENT_SUPERSEDED_ONCE("assessment_superseded_once", "already-superseded", "Already corrected",
            "This version of the assessment was corrected by another request at the same moment; correct the "
                    + "current version instead."),
    /** V30: one certificate per assessment. */
    CERTIFICATE_ONE_PER_ASSESSMENT("certificate_one_per_assessment", "already-certified", "Already certified",
            "The assessment was certified by another request at the same moment."),
    /** V30: a certificate is withdrawn once. */
    CERTIFICATE_WITHDRAWN_ONCE("certificate_withdrawn_once", "already-withdrawn", "Already withdrawn",
            "The certificate was withdrawn by another request at the same moment."),
    /** V10: a subject (goat group, vehicle, land parcel...) is registered once per site. */
    DUTY_SUBJECT_ONCE("duty_subject_once", "subject-exists", "Subject already registered",
            "The site already has this subject: another request registered it at the same moment."),
    /** V10: a record is voided once. */
    WORK_RECORD_VOIDED_ONCE("work_record_voided_once", "already-voided", "Already voided",
            "The record was voided by another request at the same moment."),
    /** V21: a lot code names one lot only, because it is printed on labels. */
    LOT_CODE("lot_code", "lot-code-taken", "Lot code taken",
            "The lot code is already used; a lot code is printed on labels and must name one lot only."),
    /** V21: a bag's number is unique within its organisation (5.26.3.2, 6.26.3.2). */
    BAG_NUMBER("bag_number", "bag-number-taken", "Bag number already registered",
            "The bag number was registered by another request at the same moment; each bag's data are archived under "
                    + "a unique number."),
    /** V21: a bag goes into one lot only. */
    LOT_BAG_ONCE("lot_bag_once", "bag-in-another-lot", "Bag already in a lot",
            "A bag of this lot was put into another lot by another request at the same moment; a bag goes into one "
                    + "lot only.");

    private final String constraintName;
    private final String type;
    private final String title;
    private final String detail;

    UniqueConstraint(String constraintName, String type, String title, String detail) {
        this.constraintName = constraintName;
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    /** The constraint's name in the schema. */
    public String constraintName() {
        return constraintName;
    }

    /** The 409 a violation answers. */
    public ProblemException conflict() {
        return Problems.conflict(type, title, detail);
    }

    public static Optional<UniqueConstraint> named(String constraintName) {
        return Arrays.stream(values()).filter(c -> c.constraintName.equalsIgnoreCase(constraintName)).findFirst();
    }
}
