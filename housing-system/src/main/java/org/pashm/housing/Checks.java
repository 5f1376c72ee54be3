package org.pashm.housing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Units;
import org.pashm.core.evidence.Value.Quantity;

/**
 * Rule shapes that core's {@link Rules} lacks and clause 5 needs more than once: the upper end of a per-head range
 * (5.2.2.1, 5.2.4.1.1) and a count within a range (the comb teeth of 5.23.1). Judges stay cheap: no streams, no
 * formatting, strings joined with {@code +}.
 */
final class Checks {

    private Checks() {
    }

    /**
     * An amount (floor area, trough length) shall not exceed what the upper end of each category's range gives its
     * headcount: amount <= sum(count x share). Categories not observed count as none; at least one must be observed.
     */
    static Rule.Draft perHeadAtMost(String id, String statement, EvidenceCode amount, Map<EvidenceCode, Quantity> perHead) {
        Map<EvidenceCode, BigDecimal> maximum = new LinkedHashMap<>();
        Set<EvidenceCode> reads = new LinkedHashSet<>();
        reads.add(amount);
        perHead.forEach((count, share) -> {
            maximum.put(count, canonical(amount, share));
            reads.add(count);
        });
        String unit = amount.unit();
        return Rules.custom(id, statement, Method.MEASUREMENT, amount.subjectKinds().iterator().next(), reads, e -> {
            BigDecimal a = e.quantity(amount);
            if (a == null) {
                return Rules.notObserved(amount);
            }
            List<Fact> facts = new ArrayList<>(maximum.size() + 2);
            facts.add(new Fact(amount.code(), e.display(amount)));
            BigDecimal most = BigDecimal.ZERO;
            long heads = 0;
            boolean anyCounted = false;
            for (Map.Entry<EvidenceCode, BigDecimal> m : maximum.entrySet()) {
                Long n = e.count(m.getKey());
                if (n != null) {
                    anyCounted = true;
                    heads += n;
                    facts.add(new Fact(m.getKey().code(), Long.toString(n)));
                    most = most.add(m.getValue().multiply(BigDecimal.valueOf(n)));
                }
            }
            if (!anyCounted) {
                return Verdict.missing("no headcount was given, so the share per goat cannot be judged.");
            }
            facts.add(new Fact("largest planned " + amount.label(), Rules.plain(most) + " " + unit));
            return a.compareTo(most) <= 0
                    ? Verdict.met(facts, Rules.plain(a) + " " + unit + " for " + heads + " goats is within the "
                            + Rules.plain(most) + " " + unit + " that the upper figures of their categories give.")
                    : Verdict.notMet(facts, Rules.plain(a) + " " + unit + " for " + heads + " goats is more than the "
                            + Rules.plain(most) + " " + unit + " that the upper figures of their categories give.");
        });
    }

    /** A count within {@code min..max}, both included (7 to 8 comb teeth). */
    static Rule.Draft countBetween(String id, EvidenceCode count, long min, long max) {
        String range = min + " to " + max;
        return Rules.custom(id, count.label() + " from " + range, Method.MEASUREMENT,
                count.subjectKinds().iterator().next(), Set.of(count), e -> {
                    Long n = e.count(count);
                    if (n == null) {
                        return Rules.notObserved(count);
                    }
                    List<Fact> facts = List.of(new Fact(count.code(), Long.toString(n)));
                    return n >= min && n <= max
                            ? Verdict.met(facts, count.label() + " is " + n + ", within " + range + ".")
                            : Verdict.notMet(facts, count.label() + " is " + n + ", outside " + range + ".");
                });
    }

    /** A limit in the code's canonical unit; a limit in an incompatible unit is a programming error. */
    static BigDecimal canonical(EvidenceCode code, Quantity limit) {
        try {
            return Units.convert(limit.value(), limit.unit(), code.unit());
        } catch (Units.UnitException e) {
            throw new IllegalArgumentException("limit " + limit.display() + " cannot be compared with " + code.code(), e);
        }
    }
}
