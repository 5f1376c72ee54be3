package org.pashm.traceability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pashm.core.evidence.Numbers;
import org.pashm.traceability.ClaimResult.RecordRef;
import org.pashm.traceability.ClaimResult.Verdict;
import org.pashm.traceability.LotRecords.SourceAssessment;
import org.pashm.traceability.LotRecords.SourceBag;

/**
 * Checks the claims printed on a lot's label against the records behind the lot (DOMAIN: "a claim on a lot is
 * verified against the records behind it: every bag in it, every herder or farm it came from, their assessments and
 * their harvest method").
 *
 * <p>Every claim is judged bag by bag (or source by source): a record that contradicts the claim makes it
 * {@linkplain Verdict#FAILS fail}; otherwise a record that cannot decide it (a bag not measured, a herder never
 * assessed under the named standard) leaves it {@linkplain Verdict#UNVERIFIED unverified}; only when every record
 * bears it out does it {@linkplain Verdict#HOLDS hold}. A lot with no bags verifies nothing.
 */
public final class ClaimVerifier {

    private ClaimVerifier() {
    }

    /** The verdict on each claim, in the order given. */
    public static List<ClaimResult> verify(LotRecords lot, List<Claim> claims) {
        Objects.requireNonNull(lot, "lot");
        List<ClaimResult> results = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            results.add(verify(lot, c));
        }
        return List.copyOf(results);
    }

    /** The verdict on one claim. */
    public static ClaimResult verify(LotRecords lot, Claim claim) {
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(claim, "claim");
        if (lot.bags().isEmpty()) {
            return new ClaimResult(claim, Verdict.UNVERIFIED, "Lot " + lot.lot() + " holds no bags, so no record "
                    + "can bear the claim out.", List.of(), List.of(), List.of());
        }
        if (claim instanceof Claim.OriginRegion o) {
            return origin(lot, o);
        } else if (claim instanceof Claim.CombedOnly c) {
            return combedOnly(lot, c);
        } else if (claim instanceof Claim.FinenessAtMost f) {
            return finenessAtMost(lot, f);
        } else if (claim instanceof Claim.FinenessClassIs f) {
            return finenessClass(lot, f);
        } else if (claim instanceof Claim.WelfareConformant w) {
            return welfare(lot, w);
        } else if (claim instanceof Claim.TraceableToGoats t) {
            return traceable(lot, t);
        }
        throw new IllegalArgumentException("unknown claim " + claim);
    }

    // ---- origin ---------------------------------------------------------------------------------------------

    private static ClaimResult origin(LotRecords lot, Claim.OriginRegion claim) {
        Judged j = new Judged();
        List<String> wanted = parts(claim.region());
        for (SourceBag b : lot.bags()) {
            if (b.region() == null || b.region().isBlank()) {
                j.lacking.add(bag(b, "no region recorded for its site"));
            } else if (names(parts(b.region()), wanted)) {
                j.supporting.add(bag(b, b.region()));
            } else {
                j.contradicting.add(bag(b, b.region()));
            }
        }
        return j.result(claim, lot, "every bag comes from " + claim.region(),
                "bag(s) come from elsewhere than " + claim.region(), "bag(s) have no recorded region");
    }

    /** Whether {@code wanted} appears in {@code region} as consecutive parts. */
    static boolean names(List<String> region, List<String> wanted) {
        return !wanted.isEmpty() && java.util.Collections.indexOfSubList(region, wanted) >= 0;
    }

    static List<String> parts(String region) {
        List<String> parts = new ArrayList<>();
        for (String p : region.split(",")) {
            String t = p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return parts;
    }

    // ---- harvest method ---------------------------------------------------------------------------------------

    private static ClaimResult combedOnly(LotRecords lot, Claim.CombedOnly claim) {
        Judged j = new Judged();
        for (SourceBag b : lot.bags()) {
            (b.harvestMethod() == HarvestMethod.COMBED ? j.supporting : j.contradicting)
                    .add(bag(b, b.harvestMethod().code()));
        }
        return j.result(claim, lot, "every bag holds combed fibre", "bag(s) hold shorn fibre", "");
    }

    // ---- fineness ---------------------------------------------------------------------------------------------

    private static ClaimResult finenessAtMost(LotRecords lot, Claim.FinenessAtMost claim) {
        Judged j = new Judged();
        BigDecimal max = claim.um();
        BigDecimal fineBelow = FinenessClass.MEDIUM_FROM.value();
        BigDecimal mediumTo = FinenessClass.MEDIUM_TO.value();
        for (SourceBag b : lot.bags()) {
            BigDecimal d = b.meanFibreDiameterUm();
            if (d != null) {
                String detail = Numbers.plain(d) + " µm measured (" + FinenessClass.of(d).code() + ")";
                (d.compareTo(max) <= 0 ? j.supporting : j.contradicting).add(bag(b, detail));
                continue;
            }
            FinenessClass graded = b.graded();
            String detail = graded == null ? "neither measured nor graded"
                    : "graded " + graded.code() + " (" + graded.range() + "), not measured";
            if (graded == FinenessClass.FINE) {
                // Fine is under 15 µm: at most N when N >= 15; below that the grade cannot tell.
                (max.compareTo(fineBelow) >= 0 ? j.supporting : j.lacking).add(bag(b, detail));
            } else if (graded == FinenessClass.MEDIUM) {
                // Medium is 15 µm to 16 µm: at most N when N >= 16, more than N when N < 15.
                if (max.compareTo(mediumTo) >= 0) {
                    j.supporting.add(bag(b, detail));
                } else if (max.compareTo(fineBelow) < 0) {
                    j.contradicting.add(bag(b, detail));
                } else {
                    j.lacking.add(bag(b, detail));
                }
            } else if (graded == FinenessClass.COARSE) {
                // Coarse is over 16 µm: more than N when N <= 16; above that the grade cannot tell.
                (max.compareTo(mediumTo) <= 0 ? j.contradicting : j.lacking).add(bag(b, detail));
            } else {
                j.lacking.add(bag(b, detail));
            }
        }
        return j.result(claim, lot, "every bag's fibre is at most " + Numbers.plain(max) + " µm",
                "bag(s) are coarser than " + Numbers.plain(max) + " µm",
                "bag(s) were not measured and their grade cannot tell");
    }

    private static ClaimResult finenessClass(LotRecords lot, Claim.FinenessClassIs claim) {
        Judged j = new Judged();
        for (SourceBag b : lot.bags()) {
            FinenessClass c = b.finenessClass();
            if (c == null) {
                j.lacking.add(bag(b, "neither measured nor graded"));
                continue;
            }
            String detail = b.meanFibreDiameterUm() != null
                    ? Numbers.plain(b.meanFibreDiameterUm()) + " µm measured (" + c.code() + ")"
                    : "graded " + c.code() + ", not measured";
            (c == claim.fineness() ? j.supporting : j.contradicting).add(bag(b, detail));
        }
        return j.result(claim, lot, "every bag is " + claim.fineness().code(),
                "bag(s) are not " + claim.fineness().code(), "bag(s) were neither measured nor graded");
    }

    // ---- welfare ----------------------------------------------------------------------------------------------

    private static ClaimResult welfare(LotRecords lot, Claim.WelfareConformant claim) {
        Judged j = new Judged();
        Set<String> sources = new LinkedHashSet<>();
        for (SourceBag b : lot.bags()) {
            sources.add(b.source());
        }
        Map<String, SourceAssessment> latest = new LinkedHashMap<>();
        for (SourceAssessment a : lot.assessments()) {
            if (!a.standard().equals(claim.standard()) || !a.edition().equals(claim.edition())
                    || a.assessedOn().isAfter(claim.on()) || !sources.contains(a.source())) {
                continue;
            }
            latest.merge(a.source(), a, (x, y) -> LATEST.compare(x, y) >= 0 ? x : y);
        }
        for (String source : sources) {
            SourceAssessment a = latest.get(source);
            if (a == null) {
                j.lacking.add(new RecordRef("source", source, null, "no assessment under " + claim.standard() + " "
                        + claim.edition() + " on or before " + claim.on()));
            } else {
                RecordRef ref = new RecordRef("assessment", a.id(), a.standard() + " " + a.edition() + " assessed "
                        + a.assessedOn(), a.overallResult() + " (site " + a.source() + ")");
                (a.conformant() ? j.supporting : j.contradicting).add(ref);
            }
        }
        return j.result(claim, lot, "the latest assessment of every source is conformant",
                "source(s)' latest assessment is not conformant", "source(s) have no assessment under "
                        + claim.standard() + " " + claim.edition() + " on or before " + claim.on());
    }

    /** The later visit wins; of two the same day, the later submission. */
    private static final Comparator<SourceAssessment> LATEST = Comparator.comparing(SourceAssessment::assessedOn)
            .thenComparing(SourceAssessment::submittedAt).thenComparing(SourceAssessment::id);

    /** The latest of {@code assessments} under a standard and edition on or before a day, if any. */
    public static Optional<SourceAssessment> latest(List<SourceAssessment> assessments, String standard,
                                                    String edition, java.time.LocalDate on) {
        return assessments.stream().filter(a -> a.standard().equals(standard) && a.edition().equals(edition)
                && !a.assessedOn().isAfter(on)).max(LATEST);
    }

    // ---- goats ------------------------------------------------------------------------------------------------

    private static ClaimResult traceable(LotRecords lot, Claim.TraceableToGoats claim) {
        Judged j = new Judged();
        for (SourceBag b : lot.bags()) {
            if (b.goats() > 0) {
                j.supporting.add(bag(b, b.goats() + " registered goat(s) named"));
            } else {
                j.contradicting.add(bag(b, "names no registered goat"));
            }
        }
        return j.result(claim, lot, "every bag names the registered goats its fibre came from",
                "bag(s) name no registered goat", "");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static RecordRef bag(SourceBag b, String detail) {
        return new RecordRef("bag", b.id(), b.number(), detail);
    }

    private static final class Judged {
        final List<RecordRef> supporting = new ArrayList<>();
        final List<RecordRef> contradicting = new ArrayList<>();
        final List<RecordRef> lacking = new ArrayList<>();

        ClaimResult result(Claim claim, LotRecords lot, String holds, String fails, String unverified) {
            Verdict v;
            String reason;
            if (!contradicting.isEmpty()) {
                v = Verdict.FAILS;
                reason = contradicting.size() + " " + fails + ".";
            } else if (!lacking.isEmpty()) {
                v = Verdict.UNVERIFIED;
                reason = lacking.size() + " " + unverified + ".";
            } else {
                v = Verdict.HOLDS;
                reason = capitalise(holds) + " (" + supporting.size() + " record(s)).";
            }
            return new ClaimResult(claim, v, reason, supporting, contradicting, lacking);
        }

        private static String capitalise(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
