package org.pashm.housing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.SubjectEvidence;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/**
 * What several subclauses of clause 5 read: the descriptions of a subject that decide which rules concern it (what a
 * goat group is, how a harvest session was done, what the site does at all), the factories that keep every code of
 * the module named {@code housing.<subject-kind>.<thing>}, and the applicability conditions built on them.
 */
final class HousingEvidence {

    /** A parcel of the farm's own grazing or crop land (5.16.5 soil tests are owed per parcel). */
    static final SubjectKind LAND_PARCEL = SubjectKind.of("land-parcel");

    // ---- what a goat group is -----------------------------------------------------------------------------------

    static final String STUD_BUCKS = "stud-bucks";
    static final String ADULT_DOES = "adult-does";
    static final String UNMATED_BUCKS = "unmated-bucks";
    static final String UNMATED_DOES = "unmated-does";
    /** Kids from birth to the end of weaning (3.9), recorded as one birth cohort. */
    static final String KIDS = "kids";
    /** Bucks and does put together for one breeding season (5.9.1.2), recorded from the breeding records. */
    static final String MATING_GROUP = "mating-group";

    static final EvidenceCode GROUP_ROLE = EvidenceCode.choice("housing.goat-group.role", "what the group is",
            List.of(STUD_BUCKS, ADULT_DOES, UNMATED_BUCKS, UNMATED_DOES, KIDS, MATING_GROUP),
            "What the group is, which decides the rules that concern it: a management group of stud bucks, adult "
                    + "does, unmated bucks or unmated does (goats after weaning until their first mating, 3.10); a "
                    + "cohort of kids from birth to the end of weaning (3.9); or a mating group of one breeding "
                    + "season, described from the breeding records.", SubjectKind.GOAT_GROUP);

    // ---- how a harvest session was done -------------------------------------------------------------------------

    static final String COMBING = "combing";
    static final String SHEARING = "shearing";

    static final EvidenceCode HARVEST_METHOD = EvidenceCode.choice("housing.harvest-session.method",
            "harvest method", List.of(COMBING, SHEARING),
            "How the cashmere of the session was harvested: combed out with hand combs during the moult (3.13) or "
                    + "shorn with scissors or powered shears (3.12).", SubjectKind.HARVEST_SESSION);

    static final EvidenceCode CASHMERE_HARVESTED = siteAttestation("cashmere-harvested",
            "Cashmere was harvested on the farm in the season assessed",
            "Whether the farm combed or sheared its goats in the season the assessment covers. Answer no before the "
                    + "season's harvest, so that the rules on harvest sessions are not applicable rather than not "
                    + "assessed.");

    // ---- what the site does -------------------------------------------------------------------------------------

    /** 3.6: housing farms let their goats out to graze where they can; 5.3.5 and 5.4.3 turn on it. */
    static final EvidenceCode GOATS_GRAZE = siteAttestation("goats-graze", "The farm's goats are let out to graze",
            "Whether the goats go out to pasture or rangeland for part of the year, rather than being kept on the "
                    + "farm all year.");

    static final List<EvidenceCode> CODES = List.of(GROUP_ROLE, HARVEST_METHOD, CASHMERE_HARVESTED, GOATS_GRAZE);

    // ---- applicability ------------------------------------------------------------------------------------------

    /** Only goat groups of the given roles; a group whose role is not given is judged (and found not assessed). */
    static Applicability groupsOf(String... roles) {
        return Applicability.whenChoice(GROUP_ROLE, roles);
    }

    /** The management groups that live in the sheds (not a kid cohort, not a mating group of the records). */
    static final Applicability MANAGEMENT_GROUPS = groupsOf(STUD_BUCKS, ADULT_DOES, UNMATED_BUCKS, UNMATED_DOES);

    static final Applicability KID_GROUPS = groupsOf(KIDS);

    /** Rules on harvest sessions do not apply before the season's harvest. */
    static final Applicability HARVESTED = Applicability.whenAttested(CASHMERE_HARVESTED);

    /** Only harvest sessions of the given method; every session rule also needs a harvest on the site. */
    static Applicability harvestedBy(String method) {
        return HARVESTED.and(Applicability.whenChoice(HARVEST_METHOD, method));
    }


    /**
     * Not applicable when every one of {@code counts} that was observed is zero and at least one was observed: the
     * shed houses none of the goats the rule is about. The rules it restricts declare {@code reason} as a sentence
     * they say.
     */
    static Applicability whenAnyCounted(Sentence reason, EvidenceCode... counts) {
        Message because = reason.message();
        Set<String> reads = new LinkedHashSet<>();
        for (EvidenceCode c : counts) {
            reads.add(c.code());
        }
        return new Applicability(reads, e -> {
            boolean seen = false;
            for (EvidenceCode c : counts) {
                Long n = e.count(c);
                if (n != null) {
                    if (n > 0) {
                        return null;
                    }
                    seen = true;
                }
            }
            return seen ? because : null;
        });
    }

    // ---- factories: housing.<subject-kind>.<thing> --------------------------------------------------------------

    static EvidenceCode attestation(SubjectKind kind, String thing, String label, String description) {
        return EvidenceCode.attestation(name(kind, thing), label, description, kind);
    }

    static EvidenceCode siteAttestation(String thing, String label, String description) {
        return attestation(SubjectKind.SITE, thing, label, description);
    }

    static EvidenceCode quantity(SubjectKind kind, String thing, String label, String unit, String min, String max,
                                 String description) {
        return EvidenceCode.quantity(name(kind, thing), label, unit, min, max, description, kind);
    }

    static EvidenceCode count(SubjectKind kind, String thing, String label, long min, long max, String description) {
        return EvidenceCode.count(name(kind, thing), label, min, max, description, kind);
    }

    static EvidenceCode date(SubjectKind kind, String thing, String label, String description) {
        return EvidenceCode.date(name(kind, thing), label, description, kind);
    }

    static EvidenceCode choice(SubjectKind kind, String thing, String label, List<String> choices,
                               String description) {
        return EvidenceCode.choice(name(kind, thing), label, choices, description, kind);
    }

    private static String name(SubjectKind kind, String thing) {
        return "housing." + kind.name() + "." + thing;
    }

    private HousingEvidence() {
    }
}
