package org.pashm.core.evidence;

import java.util.Objects;

/**
 * What an observation is about: a kind and an identifier chosen by the auditor ("shelter" / "shed-A").
 * The site itself is {@link #SITE}. When a rule finds no subject of its kind in the evidence, its finding
 * names {@link #none(SubjectKind)}.
 */
public record Subject(SubjectKind kind, String id) {

    public static final Subject SITE = new Subject(SubjectKind.SITE, "site");
    /** Marks a finding about a kind of subject of which the evidence described none. */
    public static final String NONE = "*";

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("subject id must be 1 to 100 characters");
        }
    }

    public static Subject of(SubjectKind kind, String id) {
        return kind.equals(SubjectKind.SITE) ? SITE : new Subject(kind, id);
    }

    public static Subject none(SubjectKind kind) {
        return new Subject(kind, NONE);
    }

    public boolean isNone() {
        return NONE.equals(id);
    }

    @Override
    public String toString() {
        return kind.name() + "/" + id;
    }
}
