package org.pashm.core.record;

import java.util.List;
import java.util.Objects;
import org.pashm.core.standard.ClauseNumber;

/**
 * Who took part in the work a kind of record tells of, each in one of {@code roles}: a rangeland monitoring names
 * its herders and the local authority. A record of the kind names at least one participant.
 *
 * @param roles    the roles a participant may have
 * @param expected the roles the clause expects to take part, all of them (the record says whether they did)
 * @param clause   the clause that expects them
 */
public record Participants(List<String> roles, List<String> expected, ClauseNumber clause) {

    public Participants {
        roles = List.copyOf(roles);
        expected = List.copyOf(expected);
        Objects.requireNonNull(clause, "clause");
    }

    public static Participants of(List<String> roles, List<String> expected, String clause) {
        return new Participants(roles, expected, ClauseNumber.of(clause));
    }

    /** Whether the roles that took part include every expected one. */
    public boolean meets(java.util.Collection<String> tookPart) {
        return tookPart.containsAll(expected);
    }
}
