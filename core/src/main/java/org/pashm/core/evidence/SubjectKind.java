package org.pashm.core.evidence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What kind of thing an observation is about. A farm has several shelters and each is judged on its own,
 * so observations name their subject and every evidence code says which kinds of subject it takes.
 *
 * <p>The constants cover ISO 22786; a module may define more with {@link #of(String)}.
 */
public record SubjectKind(String name) {

    private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** The site as a whole: the housing farm or the herder household. Always present. */
    public static final SubjectKind SITE = new SubjectKind("site");
    /** A goat shelter (shed) of any type. */
    public static final SubjectKind SHELTER = new SubjectKind("shelter");
    /** A kidding (farrowing) pen or kidding shed. */
    public static final SubjectKind KIDDING_PEN = new SubjectKind("kidding-pen");
    /** A shed or pen for kids. */
    public static final SubjectKind KIDS_SHED = new SubjectKind("kids-shed");
    /** A group of goats managed together (a rearing group, a mating group, the bucks of a farm). */
    public static final SubjectKind GOAT_GROUP = new SubjectKind("goat-group");
    /** One goat, identified by its ear tag. */
    public static final SubjectKind GOAT = new SubjectKind("goat");
    /** One cashmere harvest session (combing or shearing). */
    public static final SubjectKind HARVEST_SESSION = new SubjectKind("harvest-session");
    /** A grazing area or seasonal rangeland. */
    public static final SubjectKind RANGELAND = new SubjectKind("rangeland");
    /** A transport vehicle. */
    public static final SubjectKind VEHICLE = new SubjectKind("vehicle");
    /** A driver of a transport vehicle. */
    public static final SubjectKind DRIVER = new SubjectKind("driver");
    /** One journey: a load of goats from loading to unloading. */
    public static final SubjectKind JOURNEY = new SubjectKind("journey");
    /** A herd movement on foot between seasonal camps (clause 10). */
    public static final SubjectKind TRANSITION = new SubjectKind("transition");
    /** A bag of raw cashmere. */
    public static final SubjectKind BAG = new SubjectKind("bag");
    /**
     * The organisation as a whole (a farm, a herder household, a cooperative): what a record it keeps is about when
     * the record names none of its sites, such as a cooperative's training records (11.2.5).
     */
    public static final SubjectKind ORGANISATION = new SubjectKind("organisation");

    public SubjectKind {
        Objects.requireNonNull(name, "name");
        if (!SYNTAX.matcher(name).matches()) {
            throw new IllegalArgumentException("subject kind '" + name + "' must be lower-case words joined by '-'");
        }
    }

    /** Kinds already seen, so that validating a submission does not run the syntax check for every observation. */
    private static final java.util.Map<String, SubjectKind> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    public static SubjectKind of(String name) {
        SubjectKind known = name == null ? null : KNOWN.get(name);
        if (known != null) {
            return known;
        }
        SubjectKind kind = new SubjectKind(name);
        if (KNOWN.size() < 1024) {
            KNOWN.put(name, kind);
        }
        return kind;
    }

    /** The kind in words for sentences: "kidding-pen" reads "kidding pen". */
    public String words() {
        return name.indexOf('-') < 0 ? name : name.replace('-', ' ');
    }

    @Override
    public String toString() {
        return name;
    }
}
