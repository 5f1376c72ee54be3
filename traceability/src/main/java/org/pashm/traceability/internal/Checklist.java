package org.pashm.traceability.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;

/**
 * A rule over a list the standard gives (the markings of a bag, the key parameters of an inspection): one
 * attestation per item, judged together so that one finding names every item that is missing. Any item attested
 * "no" breaks the rule; otherwise any item not stated leaves it not assessed.
 */
final class Checklist {

    /** One item of the list: its attestation code and its words in explanations. */
    record Item(EvidenceCode code, String words) {
    }

    private Checklist() {
    }

    /**
     * @param statement the rule in words ("the bag is marked with everything 5.26.1.3 lists")
     * @param has       what precedes the items in explanations, e.g. "the bag is marked with"
     * @param lacks     its negation, e.g. "the bag is not marked with"
     */
    static Rule.Draft allOf(String id, String statement, SubjectKind kind, String has, String lacks,
                            List<Item> items) {
        List<Item> list = List.copyOf(items);
        Set<EvidenceCode> reads = new LinkedHashSet<>();
        for (Item i : list) {
            reads.add(i.code());
        }
        String all = has + " all " + list.size() + " items: ";
        StringBuilder sb = new StringBuilder();
        for (Item i : list) {
            sb.append(sb.length() == 0 ? "" : ", ").append(i.words());
        }
        String allMet = all + sb + ".";
        return Rules.custom(id, statement, Method.ATTESTATION, kind, reads, e -> {
            List<Fact> facts = new ArrayList<>(list.size());
            String lacking = null;
            String unknown = null;
            for (Item i : list) {
                Boolean b = e.attested(i.code());
                if (b == null) {
                    unknown = unknown == null ? i.words() : unknown + ", " + i.words();
                } else {
                    facts.add(new Fact(i.code().code(), b ? "yes" : "no"));
                    if (!b) {
                        lacking = lacking == null ? i.words() : lacking + ", " + i.words();
                    }
                }
            }
            if (lacking != null) {
                return Verdict.notMet(facts, lacks + ": " + lacking + ".");
            }
            if (unknown != null) {
                return Verdict.missing("it was not stated whether " + has + ": " + unknown + ".");
            }
            return Verdict.met(facts, allMet);
        });
    }
}
