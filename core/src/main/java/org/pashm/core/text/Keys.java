package org.pashm.core.text;

import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.StandardRef;

/**
 * The keys of the texts a module contributes, in one place: each language's bundle gives the same keys, so a
 * translator (or a third language) works from the English bundle alone. Keys name the standard and edition, because
 * two editions may word clause 5.2 differently.
 */
public final class Keys {

    private Keys() {
    }

    private static String of(StandardRef standard) {
        return standard.id() + "/" + standard.edition();
    }

    public static String standardTitle(StandardRef standard) {
        return of(standard) + "/title";
    }

    /** The title of a clause or of a heading of the clause tree ("iso-22786/DIS-2025/5.3.3/title"). */
    public static String title(StandardRef standard, ClauseNumber number) {
        return of(standard) + "/" + number + "/title";
    }

    public static String summary(StandardRef standard, ClauseNumber number) {
        return of(standard) + "/" + number + "/summary";
    }

    /** A rule's statement ("iso-22786/DIS-2025/5.3.3/ammonia/statement"). */
    public static String statement(StandardRef standard, ClauseNumber clause, String rule) {
        return of(standard) + "/" + clause + "/" + rule + "/statement";
    }

    /** How a clause and another one of the draft disagree. */
    public static String conflict(StandardRef standard, ClauseNumber clause, ClauseNumber other) {
        return of(standard) + "/" + clause + "/conflict/" + other;
    }

    public static String evidenceLabel(String code) {
        return "evidence/" + code + "/label";
    }

    public static String evidenceDescription(String code) {
        return "evidence/" + code + "/description";
    }

    public static String evidenceChoice(String code, String choice) {
        return "evidence/" + code + "/choice/" + choice;
    }

    public static String subjectKind(SubjectKind kind) {
        return "subject/" + kind.name();
    }

    public static String freedomTitle(Freedom freedom) {
        return "freedom/" + freedom.code() + "/title";
    }

    public static String freedomArea(Freedom freedom) {
        return "freedom/" + freedom.code() + "/area";
    }

    public static String dutyTitle(StandardRef standard, String duty) {
        return "duty/" + of(standard) + "/" + duty + "/title";
    }

    public static String dutyDescription(StandardRef standard, String duty) {
        return "duty/" + of(standard) + "/" + duty + "/description";
    }

    public static String recordKind(StandardRef standard, String kind) {
        return "record/" + of(standard) + "/" + kind + "/title";
    }

    public static String recordField(StandardRef standard, String kind, String field) {
        return "record/" + of(standard) + "/" + kind + "/" + field + "/description";
    }

    /** An item of a list rule ("the bag is marked with: origin, ..."), as the list says it. */
    public static String evidenceItem(String code) {
        return "evidence/" + code + "/item";
    }

    /** What the ratio of two observations is called ("exercise ground to shelter area ratio"). */
    public static String ratio(String numerator, String denominator) {
        return "ratio/" + numerator + "/" + denominator;
    }

    /** A sentence a module's own rule says ("housing/hoof-repair/overdue"). */
    public static String sentence(String module, String name) {
        return module + "/" + name;
    }
}
