package org.pashm.app.problem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pashm.core.evidence.EvidenceProblem;

/**
 * Every rule an error of a {@link Problem} can name ({@code errors[].rule}): a stable code for programs, beside the
 * error's {@code detail}, the sentence for people. One list, so that two features cannot name one rule two ways; the
 * README's "Errors" section lists the same codes (a test holds the two together).
 *
 * <p>Codes from outside the app keep their words: the evidence vocabulary's ({@link EvidenceProblem.Rule}) and the
 * traceability module's bag rules ({@code BrokenRule.rule()}), read with {@link #of(EvidenceProblem.Rule)} and
 * {@link #fromCode}.
 */
public enum Rule {

    /** The value is not of the type asked for (a string, a number, an object, a date as YYYY-MM-DD, a UUID); the body is not a JSON object. */
    WRONG_TYPE("wrong-type"),
    /** The body, or a line of an NDJSON file, is not valid JSON. */
    MALFORMED_JSON("malformed-json"),
    /** A line of a CSV file cannot be read as CSV. */
    MALFORMED("malformed"),
    /** The uploaded file is not UTF-8 text. */
    NOT_UTF_8("not-utf-8"),
    /** The text holds a character that cannot be stored (NUL, U+0000) or a control character other than tab and line breaks. */
    INVALID_CHARACTER("invalid-character"),
    /** The member is not a field of this request (or of a line of an NDJSON file). */
    UNKNOWN_FIELD("unknown-field"),
    /** The field is missing, null or blank, or a list that needs an item is empty. */
    REQUIRED("required"),
    /** The text is longer than the field allows. */
    TOO_LONG("too-long"),
    /** The list, or the file, holds more items than the limit. */
    TOO_MANY("too-many"),
    /** The number is outside the range the field allows. */
    OUT_OF_RANGE("out-of-range"),
    /** The value is not one the field takes (an unknown status, a malformed code, a control character). */
    INVALID_VALUE("invalid-value"),
    /** The range is empty: its start is after its end. */
    INVALID_RANGE("invalid-range"),
    /** The id is not of the form the field takes. */
    INVALID_ID("invalid-id"),
    /** The date or time is after today (or now), and the thing it dates must already have happened. */
    IN_THE_FUTURE("in-the-future"),
    /** A bean-validation constraint of the field is broken; the detail says which. */
    CONSTRAINT("constraint"),
    /** The item is listed twice in the request. */
    DUPLICATE("duplicate"),
    /** An edition is given without the standard it belongs to. */
    STANDARD_REQUIRED("standard-required"),
    /** The field needs a site, and none is given. */
    SITE_REQUIRED("site-required"),
    /** The body names another site than the path, or than the assessment it corrects. */
    SITE_MISMATCH("site-mismatch"),
    /** The field does not belong to this kind of record. */
    NOT_APPLICABLE("not-applicable"),
    /**
     * No clause that applies to the site's production system reads the evidence (a housing code on a nomadic site);
     * the detail names the clauses that would.
     */
    NOT_READ_FOR_SITE("not-read-for-site"),
    /** The field belongs to nomadic sites only. */
    NOMADIC_ONLY("nomadic-only"),
    /** There is no such assessment. */
    UNKNOWN_ASSESSMENT("unknown-assessment"),
    /** There is no such bag. */
    UNKNOWN_BAG("unknown-bag"),
    /** The channel is not one reminders are delivered on. */
    UNKNOWN_CHANNEL("unknown-channel"),
    /** The value is not a choice of the evidence code. */
    UNKNOWN_CHOICE("unknown-choice"),
    /** The claim is not a type of claim that can be verified. */
    UNKNOWN_CLAIM("unknown-claim"),
    /** The evidence code is missing, or not in the vocabulary (or not a choice code where one is needed). */
    UNKNOWN_CODE("unknown-code"),
    /** The column of a CSV file's header is not a column of the import. */
    UNKNOWN_COLUMN("unknown-column"),
    /** There is no such duty. */
    UNKNOWN_DUTY("unknown-duty"),
    /** No goat of the organisation has that ear tag. */
    UNKNOWN_GOAT("unknown-goat"),
    /** The kind (of organisation, of record) is not one of those listed. */
    UNKNOWN_KIND("unknown-kind"),
    /** There is no such lot. */
    UNKNOWN_LOT("unknown-lot"),
    /** The marking is not one a bag carries. */
    UNKNOWN_MARKING("unknown-marking"),
    /** There is no such organisation. */
    UNKNOWN_ORGANISATION("unknown-organisation"),
    /** The production system is neither housing nor nomadic. */
    UNKNOWN_PRODUCTION_SYSTEM("unknown-production-system"),
    /** There is no such record. */
    UNKNOWN_RECORD("unknown-record"),
    /** The type of record is not one of those listed. */
    UNKNOWN_RECORD_TYPE("unknown-record-type"),
    /** The role is not one of those listed. */
    UNKNOWN_ROLE("unknown-role"),
    /** There is no such site (of this organisation). */
    UNKNOWN_SITE("unknown-site"),
    /** No such standard, or edition of it, is registered. */
    UNKNOWN_STANDARD("unknown-standard"),
    /** The site has no such registered subject. */
    UNKNOWN_SUBJECT("unknown-subject"),
    /** The kind of subject is not one that can be registered. */
    UNKNOWN_SUBJECT_KIND("unknown-subject-kind"),
    /** The unit is not a unit the vocabulary knows. */
    UNKNOWN_UNIT("unknown-unit"),
    /** The quantity is given without a unit; the detail gives the evidence code's unit. */
    MISSING_UNIT("missing-unit"),
    /** The unit does not measure what the evidence code measures. */
    INCOMPATIBLE_UNIT("incompatible-unit"),
    /** The observation has no value, and its evidence code needs one. */
    MISSING_VALUE("missing-value"),
    /** The value is outside what is plausible (a negative count, a goat born too long ago). */
    IMPLAUSIBLE_VALUE("implausible-value"),
    /** The evidence code or record type is not about that kind of subject. */
    SUBJECT_KIND_NOT_TAKEN("subject-kind-not-taken"),
    /** The observation's subject has no valid kind or id. */
    INVALID_SUBJECT("invalid-subject"),
    /** The same code is already observed on that subject in this submission. */
    DUPLICATE_OBSERVATION("duplicate-observation"),
    /** The subject was retired before the work was done. */
    RETIRED_SUBJECT("retired-subject"),
    /** The type of record fulfils several duties; the duty must be named. */
    AMBIGUOUS_DUTY("ambiguous-duty"),
    /** The duty named is not one this type of record fulfils. */
    DUTY_MISMATCH("duty-mismatch"),
    /** The record was already voided. */
    ALREADY_VOIDED("already-voided"),
    /** The record is itself a void, which cannot be voided. */
    CANNOT_VOID_A_VOID("cannot-void-a-void"),
    /** A certificate is dated before the assessment it rests on. */
    BEFORE_ASSESSMENT("before-assessment"),
    /** The assessment is so old that a certificate issued that day would outlast its evidence. */
    ASSESSMENT_TOO_OLD("assessment-too-old"),
    /** A withdrawal is dated before the certificate was issued. */
    BEFORE_ISSUE("before-issue"),
    /** The standard of the assessment does not certify. */
    NOT_CERTIFYING("not-certifying"),
    /** The assessment was corrected; the newest version is the one to certify. */
    SUPERSEDED("superseded"),
    /** The assessment's overall result is not conformant. */
    NOT_CONFORMANT("not-conformant"),
    /** The assessment (or an earlier version of it) already has a certificate. */
    ALREADY_CERTIFIED("already-certified"),
    /** The text is not an e-mail address. */
    INVALID_ADDRESS("invalid-address"),
    /** The text is not an absolute http or https URL. */
    INVALID_URL("invalid-url"),
    /** The webhook's host is, or resolves to, a private, loopback or link-local address. */
    PRIVATE_ADDRESS("private-address"),
    /** No module maps the requirements of the standard asked for to the assessment's. */
    NO_CROSSWALK("no-crosswalk"),
    /** The goat's category is of the other sex. */
    CATEGORY_SEX("category-sex"),
    /** The CSV file is empty: its first line must name the columns. */
    NO_HEADER("no-header"),
    /** The file holds no goats. */
    NO_GOATS("no-goats"),
    /** A column the import needs is missing from the CSV file's header. */
    REQUIRED_COLUMN("required-column"),
    /** A column appears twice in the CSV file's header. */
    DUPLICATE_COLUMN("duplicate-column"),
    /** The line has another number of fields than the header. */
    COLUMN_COUNT("column-count"),
    /** The ear tag appears on two lines of the file. */
    DUPLICATE_EAR_TAG("duplicate-ear-tag"),
    /** The lot is made before the bag was harvested. */
    BEFORE_HARVEST("before-harvest"),
    /** The event is dated before the lot it uses was made. */
    BEFORE_LOT("before-lot"),
    /** The shipment is received before it was shipped. */
    BEFORE_SHIPPING("before-shipping"),
    /** A shipment goes to another organisation, not to the one that ships it. */
    SAME_ORGANISATION("same-organisation"),
    /** The marking is given by another field of the bag, not in markings. */
    VALUE_FIELD("value-field"),
    /** A bag rule of the traceability module: the bag's material is missing or not one allowed. */
    MATERIAL("material"),
    /** A bag rule of the traceability module: a housing farm's bag is of white cloth. */
    WHITE("white"),
    /** A bag rule of the traceability module: a housing farm's bag is never of synthetic material. */
    SYNTHETIC("synthetic"),
    /** A bag rule of the traceability module: a nomadic herder's bag is never of petroleum-based material. */
    PETROLEUM_BASED("petroleum-based"),
    /** A bag rule of the traceability module: the bag holds more fibre than allowed, or its weight is missing. */
    WEIGHT("weight"),
    /** A bag rule of the traceability module: the bag lacks markings its production system asks for. */
    MARKINGS("markings"),
    /** A bag rule of the traceability module: the bag's fineness class is missing or disagrees with its mean fibre diameter. */
    FINENESS_CLASS("class"),
    /** A bag rule of the traceability module: nomadic herders harvest by combing, never by shearing. */
    COMBING_ONLY("combing-only"),
    /** A bag rule of the traceability module: the bag's number is missing or already registered. */
    UNIQUE_NUMBER("unique-number");

    private static final Map<String, Rule> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Rule::code, Function.identity()));

    private final String code;

    Rule(String code) {
        this.code = code;
    }

    /** The code on the wire, e.g. {@code in-the-future}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The rule of {@code code}; refuses a code that is not in this list. */
    @JsonCreator
    public static Rule fromCode(String code) {
        Rule r = BY_CODE.get(code);
        if (r == null) {
            throw new IllegalArgumentException("'" + code + "' is not a rule code of the API");
        }
        return r;
    }

    /** The rule of an observation refused by the evidence vocabulary: the same code. */
    public static Rule of(EvidenceProblem.Rule rule) {
        return fromCode(rule.code());
    }

    @Override
    public String toString() {
        return code;
    }
}
