package org.pashm.app.traceability.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pashm.core.evidence.English;
import org.pashm.app.problem.Rule;
import org.pashm.app.web.FieldErrors;
import org.pashm.traceability.GoatCategory;
import org.pashm.traceability.Sex;

/**
 * The fields of a goat and their rules (what a category or a sex is, and which go together, is the traceability
 * module's {@link GoatCategory}), shared by the single registration, the CSV import and the NDJSON import, so
 * that a goat is judged the same however it arrives. Values come in as text (null when absent); each problem is
 * reported to a {@link Sink} with the field's name.
 */
public final class GoatFields {

    /** The fields in order; also the CSV header. */
    public static final List<String> FIELDS = List.of("earTag", "sex", "birthDate", "strain", "coatColour",
            "category", "site");
    public static final int EAR_TAG = 0;
    public static final int SEX = 1;
    public static final int BIRTH_DATE = 2;
    public static final int STRAIN = 3;
    public static final int COAT_COLOUR = 4;
    public static final int CATEGORY = 5;
    public static final int SITE = 6;

    /** A goat's birth date lies at most this many years back: older is a typing mistake, not a goat. */
    public static final int MAX_AGE_YEARS = 30;

    static final int EAR_TAG_MAX = 40;
    static final int STRAIN_MAX = 100;
    static final int COAT_COLOUR_MAX = 40;

    private GoatFields() {
    }

    /** Receives the problems of one goat. */
    public interface Sink {
        void error(String field, Rule rule, String detail);
    }

    /** A valid goat, normalised: codes in lower case, texts stripped, absent values null. */
    public record Row(String earTag, String sex, LocalDate birthDate, String strain, String coatColour,
                      String category, String site) {
    }

    /**
     * The column of a header name: the field names, in any case, with or without '_', '-' or spaces
     * ("ear_tag", "Ear Tag", "coat_color"); -1 when the name is not a field.
     */
    public static int column(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
        if (h.equals("coatcolor")) {
            h = "coatcolour";
        }
        for (int i = 0; i < FIELDS.size(); i++) {
            if (FIELDS.get(i).toLowerCase(Locale.ROOT).equals(h)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks one goat. {@code values} holds the raw text of each field in {@link #FIELDS} order (null or blank when
     * absent); {@code sites} the ids (lower case) of the organisation's sites. Returns the goat, or null when any
     * field is bad (every bad field is reported).
     */
    public static Row check(String[] values, Set<String> sites, LocalDate today, Sink sink) {
        boolean ok = true;
        String earTag = text(values[EAR_TAG]);
        if (earTag == null) {
            sink.error("earTag", Rule.REQUIRED, "earTag is required");
            ok = false;
        } else if (earTag.length() > EAR_TAG_MAX) {
            sink.error("earTag", Rule.TOO_LONG, "earTag must be at most " + EAR_TAG_MAX + " characters");
            ok = false;
        } else if (hasControl(earTag)) {
            sink.error("earTag", Rule.INVALID_VALUE, "earTag must not contain control characters");
            ok = false;
        }
        String sexCode = text(values[SEX]);
        Sex sex = sexCode == null ? null : Sex.of(sexCode).orElse(null);
        if (sexCode == null) {
            sink.error("sex", Rule.REQUIRED, "sex is required: female or male");
            ok = false;
        } else if (sex == null) {
            sink.error("sex", Rule.INVALID_VALUE, "'" + sexCode + "' is not a sex (expected female or male)");
            ok = false;
        }
        String categoryCode = text(values[CATEGORY]);
        GoatCategory category = categoryCode == null ? null : GoatCategory.of(categoryCode).orElse(null);
        if (categoryCode == null) {
            sink.error("category", Rule.REQUIRED, "category is required: one of " + GoatCategory.codes());
            ok = false;
        } else if (category == null) {
            sink.error("category", Rule.INVALID_VALUE, "'" + categoryCode + "' is not a category (expected one "
                    + "of " + String.join(", ", GoatCategory.codes()) + ")");
            ok = false;
        } else if (sex != null && !category.admits(sex)) {
            sink.error("category", Rule.CATEGORY_SEX, English.a(category.code()) + " is "
                    + category.sex().map(Sex::code).orElseThrow() + ", but the goat is " + sex.code());
            ok = false;
        }
        LocalDate birth = null;
        String b = text(values[BIRTH_DATE]);
        if (b != null) {
            try {
                birth = date(b);
                if (birth.isAfter(today)) {
                    sink.error("birthDate", Rule.IN_THE_FUTURE, "birthDate " + b + " is in the future");
                    ok = false;
                } else if (birth.isBefore(today.minusYears(MAX_AGE_YEARS))) {
                    sink.error("birthDate", Rule.IMPLAUSIBLE_VALUE, "birthDate " + b + " is more than " + MAX_AGE_YEARS
                            + " years ago");
                    ok = false;
                }
            } catch (DateTimeParseException e) {
                sink.error("birthDate", Rule.WRONG_TYPE, "'" + b + "' is not a date as YYYY-MM-DD");
                ok = false;
            }
        }
        String strain = text(values[STRAIN]);
        if (strain != null && (strain.length() > STRAIN_MAX || hasControl(strain))) {
            sink.error("strain", strain.length() > STRAIN_MAX ? Rule.TOO_LONG : Rule.INVALID_VALUE,
                    "strain must be at most " + STRAIN_MAX + " characters without control characters");
            ok = false;
        }
        String colour = text(values[COAT_COLOUR]);
        if (colour != null && (colour.length() > COAT_COLOUR_MAX || hasControl(colour))) {
            sink.error("coatColour", colour.length() > COAT_COLOUR_MAX ? Rule.TOO_LONG : Rule.INVALID_VALUE,
                    "coatColour must be at most " + COAT_COLOUR_MAX + " characters without control characters");
            ok = false;
        }
        String site = code(values[SITE]);
        if (site != null && !sites.contains(site)) {
            sink.error("site", Rule.UNKNOWN_SITE, "'" + values[SITE].strip() + "' is not a site of this organisation");
            ok = false;
        }
        return ok ? new Row(earTag, sex.code(), birth, strain, colour, category.code(), site) : null;
    }

    /**
     * Checks a goat sent as JSON (one registration, or one NDJSON line), adding its problems to those of its shape;
     * a member already refused while binding is not judged again. Returns the goat, or null when anything is wrong.
     */
    static Row check(GoatRequest goat, Set<String> sites, LocalDate today, FieldErrors errors) {
        return check(goat.values(), sites, today, (field, rule, detail) -> {
            if (!errors.has("/" + field)) {
                errors.add("/" + field, rule, detail);
            }
        });
    }

    /** YYYY-MM-DD, read without a formatter (a million rows an import); anything else as {@link LocalDate#parse}. */
    static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    throw new DateTimeParseException(e.getMessage(), s, 0);
                }
            }
        }
        return LocalDate.parse(s);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String text(String v) {
        if (v == null) {
            return null;
        }
        String s = v.strip();
        return s.isEmpty() ? null : s;
    }

    private static String code(String v) {
        String s = text(v);
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
