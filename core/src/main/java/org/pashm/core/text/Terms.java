package org.pashm.core.text;

import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.StandardRef;

/**
 * The texts that sentences quote (an evidence code's label, a choice, a kind of subject, a clause title) as
 * messages. Made once, when a rule is built, so that judging allocates none of them.
 */
public final class Terms {

    private Terms() {
    }

    public static Message text(String key, String english) {
        return Sentence.text(key, english).message();
    }

    public static Message label(EvidenceCode code) {
        return text(Keys.evidenceLabel(code.code()), code.label());
    }

    public static Message choice(EvidenceCode code, String choice) {
        return text(Keys.evidenceChoice(code.code(), choice), choice);
    }

    public static Message kind(SubjectKind kind) {
        return text(Keys.subjectKind(kind), kind.words());
    }

    public static Message title(StandardRef standard, ClauseNumber number, String english) {
        return text(Keys.title(standard, number), english);
    }
}
