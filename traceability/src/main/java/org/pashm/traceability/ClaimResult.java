package org.pashm.traceability;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The verdict on one claim and the records behind it.
 *
 * @param claim         the claim
 * @param verdict       holds, fails or unverified
 * @param reason        one sentence saying why
 * @param supporting    records that bear the claim out
 * @param contradicting records that contradict it (any one makes the claim fail)
 * @param lacking       records that cannot decide it (a bag not measured, a site never assessed): the claim is
 *                      unverified while any is left and none contradicts it
 */
public record ClaimResult(Claim claim, Verdict verdict, String reason, List<RecordRef> supporting,
                          List<RecordRef> contradicting, List<RecordRef> lacking) {

    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        supporting = List.copyOf(supporting);
        contradicting = List.copyOf(contradicting);
        lacking = List.copyOf(lacking);
    }

    /** The verdict on a claim. */
    public enum Verdict {
        /** Every record behind the lot bears the claim out. */
        HOLDS,
        /** At least one record contradicts it. */
        FAILS,
        /** Nothing contradicts it, but some records cannot decide it, or there are none. */
        UNVERIFIED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A record named in an answer.
     *
     * @param kind   "bag", "assessment" or "source" (a site with no record for the claim)
     * @param id     the record's id
     * @param label  what a person recognises it by: a bag's number, an assessment's standard and date
     * @param detail what in the record decides (or cannot decide) the claim: "combed", "15.2 µm (medium)"
     */
    public record RecordRef(String kind, String id, String label, String detail) {
        public RecordRef {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }
}
