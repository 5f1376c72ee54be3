package org.pashm.core.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated evidence set indexed for evaluation: the observations of each subject by code, and the subjects
 * of each kind in the order they were first observed (so reports are stable from run to run).
 */
public final class Evidence {

    private final List<Observation> observations;
    private final Map<Subject, Map<String, Observation>> bySubject;
    private final Map<SubjectKind, List<Subject>> subjectsByKind;

    private Evidence(List<Observation> observations) {
        this.observations = List.copyOf(observations);
        Map<Subject, Map<String, Observation>> index = new LinkedHashMap<>();
        Map<SubjectKind, List<Subject>> kinds = new HashMap<>();
        Map<String, Observation> site = new HashMap<>();
        index.put(Subject.SITE, site);
        kinds.computeIfAbsent(SubjectKind.SITE, k -> new ArrayList<>()).add(Subject.SITE);
        Subject last = Subject.SITE;
        Map<String, Observation> lastCodes = site;
        for (Observation o : observations) {
            // Observations of one subject usually come together: skip the lookup while the subject repeats.
            Map<String, Observation> codes;
            if (o.subject() == last || o.subject().equals(last)) {
                codes = lastCodes;
            } else {
                codes = index.get(o.subject());
                if (codes == null) {
                    codes = new HashMap<>();
                    index.put(o.subject(), codes);
                    kinds.computeIfAbsent(o.subject().kind(), k -> new ArrayList<>()).add(o.subject());
                }
                last = o.subject();
                lastCodes = codes;
            }
            if (codes.putIfAbsent(o.code(), o) != null) {
                throw new IllegalArgumentException(o.code() + " is observed twice on " + o.subject());
            }
        }
        this.bySubject = index;
        this.subjectsByKind = kinds;
    }

    /** Indexes observations that have passed {@link Vocabulary#validate}; a duplicate (code, subject) is refused. */
    public static Evidence of(List<Observation> observations) {
        return new Evidence(observations);
    }

    public List<Observation> observations() {
        return observations;
    }

    /** The subjects of a kind that the evidence describes; the site is always described. */
    public List<Subject> subjects(SubjectKind kind) {
        List<Subject> s = subjectsByKind.get(kind);
        return s == null ? List.of() : s;
    }

    /** The observation of {@code code} on {@code subject}, or null when there is none. */
    public Observation get(Subject subject, String code) {
        Map<String, Observation> codes = bySubject.get(subject);
        return codes == null ? null : codes.get(code);
    }

    /** Every observation of one subject by code (empty when the subject is not described). Read-only by contract. */
    public Map<String, Observation> of(Subject subject) {
        Map<String, Observation> codes = bySubject.get(subject);
        return codes == null ? Map.of() : codes;
    }
}
