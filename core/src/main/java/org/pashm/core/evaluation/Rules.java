package org.pashm.core.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pashm.core.evidence.English;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.Numbers;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Units;
import org.pashm.core.evidence.Value;
import org.pashm.core.evidence.ValueType;
import org.pashm.core.standard.Wording;

/**
 * Factories for the shapes of rule a standard is made of: a limit on one measured value, an attestation, a
 * prohibition, a choice from a list, a date not too long ago, an area per head by category. Each returns a
 * {@link Rule.Draft} whose statement and explanations are generated from the code's label and the limit, so a
 * clause reads as its numbers.
 *
 * <p>Limits are given in any compatible unit and converted once, here, to the code's canonical unit.
 */
public final class Rules {

    private Rules() {
    }

    // ---- limits on one value ---------------------------------------------------------------------------------

    /** The value shall not exceed {@code limit} (ammonia at most 20 mg/m3). */
    public static Rule.Draft atMost(String id, EvidenceCode code, Value.Quantity limit) {
        return compare(id, code, Bound.AT_MOST, canonical(code, limit));
    }

    /** The count shall not exceed {@code limit} (at most two injuries per goat). */
    public static Rule.Draft atMost(String id, EvidenceCode code, long limit) {
        return compare(id, code, Bound.AT_MOST, BigDecimal.valueOf(limit));
    }

    /** The value shall be at least {@code limit} (entrance at least 1.5 m wide). */
    public static Rule.Draft atLeast(String id, EvidenceCode code, Value.Quantity limit) {
        return compare(id, code, Bound.AT_LEAST, canonical(code, limit));
    }

    public static Rule.Draft atLeast(String id, EvidenceCode code, long limit) {
        return compare(id, code, Bound.AT_LEAST, BigDecimal.valueOf(limit));
    }

    /** The value shall be strictly more than {@code limit} (floor more than 20 cm above the exercise area). */
    public static Rule.Draft above(String id, EvidenceCode code, Value.Quantity limit) {
        return compare(id, code, Bound.ABOVE, canonical(code, limit));
    }

    /** The value shall be strictly less than {@code limit}. */
    public static Rule.Draft below(String id, EvidenceCode code, Value.Quantity limit) {
        return compare(id, code, Bound.BELOW, canonical(code, limit));
    }

    /** The value shall lie within {@code min..max}, both included (eaves 2 m to 2.5 m). */
    public static Rule.Draft between(String id, EvidenceCode code, Value.Quantity min, Value.Quantity max) {
        BigDecimal lo = canonical(code, min);
        BigDecimal hi = canonical(code, max);
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("rule " + id + ": minimum " + min.display() + " is above maximum " + max.display());
        }
        String range = plain(lo) + " to " + said(code, plain(hi));
        String statement = code.label() + " from " + range;
        return draft(id, statement, Method.MEASUREMENT, code, Set.of(code.code()), e -> {
            BigDecimal v = number(e, code);
            if (v == null) {
                return notObserved(code);
            }
            List<Fact> facts = List.of(new Fact(code.code(), e.display(code)));
            boolean inside = v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0;
            // Shown beside the nearer end, to that end's precision.
            String shown = said(code, Numbers.beside(v, v.subtract(lo).abs().compareTo(v.subtract(hi).abs()) <= 0 ? lo : hi));
            return inside
                    ? Verdict.met(facts, code.label() + " is " + shown + ", within " + range + ".")
                    : Verdict.notMet(facts, code.label() + " is " + shown + ", outside " + range + ".");
        });
    }

    /**
     * "About" a figure (docs/reading-the-standard.md, R5): the value lies within a tenth of {@code figure} on
     * either side ("an angle of about 30°" is met from 27° to 33°).
     */
    public static Rule.Draft about(String id, EvidenceCode code, Value.Quantity figure) {
        BigDecimal f = figure.value();
        BigDecimal tenth = f.abs().divide(BigDecimal.TEN);
        Value.Quantity lo = new Value.Quantity(f.subtract(tenth), figure.unit());
        Value.Quantity hi = new Value.Quantity(f.add(tenth), figure.unit());
        String range = plain(canonical(code, lo)) + " to " + said(code, plain(canonical(code, hi)));
        return between(id, code, lo, hi)
                .statement(code.label() + " about " + said(code, plain(canonical(code, figure))) + " (" + range + ")")
                .readAs(Wording.APPROXIMATE);
    }

    /**
     * A single figure, neither a minimum nor a maximum (docs/reading-the-standard.md, R8): met when the value,
     * rounded half up to the decimal places the figure is written to, equals it (ISO 80000-1 Annex B, the rounding
     * method). "1.5 m" is met from 1.45 m up to, not including, 1.55 m; "0.60 m" from 0.595 m to below 0.605 m.
     */
    public static Rule.Draft roundsTo(String id, EvidenceCode code, Value.Quantity figure) {
        requireType(id, code, ValueType.QUANTITY);
        if (!figure.unit().equals(code.unit())) {
            throw new IllegalArgumentException("rule " + id + ": a single figure is given in the code's own unit, "
                    + code.unit() + ", so that its decimal places mean what the draft wrote");
        }
        BigDecimal f = figure.value();
        int places = Math.max(f.scale(), 0);
        String shown = said(code, f.toPlainString());
        return draft(id, code.label() + " " + shown + " (rounded to the figure's last place)", Method.MEASUREMENT,
                code, Set.of(code.code()), e -> {
                    BigDecimal v = e.quantity(code);
                    if (v == null) {
                        return notObserved(code);
                    }
                    List<Fact> facts = List.of(new Fact(code.code(), e.display(code)));
                    BigDecimal rounded = v.setScale(places, java.math.RoundingMode.HALF_UP);
                    String measured = code.label() + " is " + said(code, Numbers.beside(v, f));
                    if (rounded.compareTo(f) == 0) {
                        return Verdict.met(facts, measured + (v.compareTo(f) == 0 ? ", as required."
                                : ", which is " + shown + " to the figure's last place."));
                    }
                    return Verdict.notMet(facts, measured + (v.compareTo(rounded) == 0 ? ""
                            : ", which rounds to " + said(code, rounded.toPlainString())) + ", not " + shown + ".");
                }).readAs(Wording.EXACT);
    }

    /** The count shall lie within {@code min..max}, both included (a comb of 7 to 8 teeth). */
    public static Rule.Draft between(String id, EvidenceCode count, long min, long max) {
        requireType(id, count, ValueType.COUNT);
        if (min > max) {
            throw new IllegalArgumentException("rule " + id + ": minimum " + min + " is above maximum " + max);
        }
        String range = min + " to " + max;
        return draft(id, count.label() + " from " + range, Method.MEASUREMENT, count, Set.of(count.code()), e -> {
            Long n = e.count(count);
            if (n == null) {
                return notObserved(count);
            }
            List<Fact> facts = List.of(new Fact(count.code(), Long.toString(n)));
            return n >= min && n <= max
                    ? Verdict.met(facts, count.label() + " is " + n + ", within " + range + ".")
                    : Verdict.notMet(facts, count.label() + " is " + n + ", outside " + range + ".");
        });
    }

    /** The count shall be exactly {@code n} (three legs tied, not two, not four). */
    public static Rule.Draft exactly(String id, EvidenceCode count, long n) {
        requireType(id, count, ValueType.COUNT);
        String shown = Long.toString(n);
        return draft(id, count.label() + " exactly " + shown, Method.MEASUREMENT, count, Set.of(count.code()), e -> {
            Long v = e.count(count);
            if (v == null) {
                return notObserved(count);
            }
            List<Fact> facts = List.of(new Fact(count.code(), Long.toString(v)));
            return v == n
                    ? Verdict.met(facts, count.label() + " is " + v + ", as required.")
                    : Verdict.notMet(facts, count.label() + " is " + v + "; it shall be " + shown + ".");
        });
    }

    /** How a value is bounded by a limit. */
    public enum Bound {
        AT_MOST("at most", "within the limit of", "above the limit of"),
        AT_LEAST("at least", "meeting the minimum of", "below the minimum of"),
        ABOVE("more than", "more than", "not more than"),
        BELOW("less than", "less than", "not less than");

        final String words;
        final String metWords;
        final String notMetWords;

        Bound(String words, String metWords, String notMetWords) {
            this.words = words;
            this.metWords = metWords;
            this.notMetWords = notMetWords;
        }

        boolean holds(int cmp) {
            return switch (this) {
                case AT_MOST -> cmp <= 0;
                case AT_LEAST -> cmp >= 0;
                case ABOVE -> cmp > 0;
                case BELOW -> cmp < 0;
            };
        }
    }

    private static Rule.Draft compare(String id, EvidenceCode code, Bound comparison, BigDecimal limit) {
        if (code.type() != ValueType.QUANTITY && code.type() != ValueType.COUNT) {
            throw new IllegalArgumentException("rule " + id + ": " + code.code() + " is not a quantity or a count");
        }
        String shownLimit = said(code, plain(limit));
        String statement = code.label() + " " + comparison.words + " " + shownLimit;
        String metTail = ", " + comparison.metWords + " " + shownLimit + ".";
        String notMetTail = ", " + comparison.notMetWords + " " + shownLimit + ".";
        return draft(id, statement, Method.MEASUREMENT, code, Set.of(code.code()), e -> {
            BigDecimal v = number(e, code);
            if (v == null) {
                return notObserved(code);
            }
            List<Fact> facts = List.of(new Fact(code.code(), e.display(code)));
            String shown = code.type() == ValueType.QUANTITY ? said(code, Numbers.beside(v, limit)) : e.display(code);
            return comparison.holds(v.compareTo(limit))
                    ? Verdict.met(facts, code.label() + " is " + shown + metTail)
                    : Verdict.notMet(facts, code.label() + " is " + shown + notMetTail);
        });
    }

    // ---- attestations -----------------------------------------------------------------------------------------

    /**
     * The auditor attests that a statement holds ("the exercise ground surface is flat and dry"); the code's label
     * is the statement.
     */
    public static Rule.Draft attested(String id, EvidenceCode code) {
        requireType(id, code, ValueType.ATTESTATION);
        // The sentences and facts do not depend on anything but the answer: build them once, here.
        String statement = lowerFirst(code.label());
        String missing = "no attestation was given that " + statement + ".";
        Verdict yes = Verdict.met(List.of(new Fact(code.code(), "yes")), "attested: " + statement + ".");
        Verdict no = Verdict.notMet(List.of(new Fact(code.code(), "no")),
                "attested as not so: " + statement + ".");
        return draft(id, code.label(), Method.ATTESTATION, code, Set.of(code.code()), e -> {
            Boolean b = e.attested(code);
            return b == null ? Verdict.missing(missing) : b ? yes : no;
        });
    }

    /**
     * A prohibited practice: the code's label names the practice ("laparoscopy or embryo transfer is used") and the
     * auditor attests whether it was found. "yes" is a breach.
     */
    public static Rule.Draft never(String id, EvidenceCode code) {
        requireType(id, code, ValueType.ATTESTATION);
        String practice = lowerFirst(code.label());
        String missing = "the auditor did not state whether " + practice + ".";
        Verdict found = Verdict.notMet(List.of(new Fact(code.code(), "yes")),
                "the auditor found that " + practice + ", which is not allowed.");
        Verdict none = Verdict.met(List.of(new Fact(code.code(), "no")),
                "the auditor found no case where " + practice + ".");
        return draft(id, "never: " + practice, Method.ATTESTATION, code, Set.of(code.code()), e -> {
            Boolean b = e.attested(code);
            return b == null ? Verdict.missing(missing) : b ? found : none;
        });
    }

    // ---- choices ---------------------------------------------------------------------------------------------

    /** The choice shall be one of {@code allowed} (bag material cotton or linen). */
    public static Rule.Draft oneOf(String id, EvidenceCode code, String... allowed) {
        return choice(id, code, Set.of(allowed), true);
    }

    /** The choice shall be none of {@code forbidden} (no synthetic bag). */
    public static Rule.Draft noneOf(String id, EvidenceCode code, String... forbidden) {
        return choice(id, code, Set.of(forbidden), false);
    }

    private static Rule.Draft choice(String id, EvidenceCode code, Set<String> listed, boolean allowed) {
        requireType(id, code, ValueType.CHOICE);
        for (String c : listed) {
            if (!code.choices().contains(c)) {
                throw new IllegalArgumentException("rule " + id + ": '" + c + "' is not a choice of " + code.code());
            }
        }
        List<String> shown = code.choices().stream().filter(listed::contains).toList();
        String statement = code.label() + (allowed ? " is one of " : " is none of ") + String.join(", ", shown);
        return draft(id, statement, Method.MEASUREMENT, code, Set.of(code.code()), e -> {
            String c = e.choice(code);
            if (c == null) {
                return notObserved(code);
            }
            List<Fact> facts = List.of(new Fact(code.code(), c));
            boolean ok = listed.contains(c) == allowed;
            return ok
                    ? Verdict.met(facts, code.label() + " is " + c + ", as required.")
                    : Verdict.notMet(facts, code.label() + " is " + c + "; " + (allowed
                            ? "it shall be one of " + String.join(", ", shown) + "."
                            : "that is not allowed."));
        });
    }

    // ---- dates -----------------------------------------------------------------------------------------------

    /**
     * The date shall be no longer than {@code period} before the assessment (a vehicle inspected within the last
     * year). A date after the assessment day is treated as given.
     */
    public static Rule.Draft notOlderThan(String id, EvidenceCode code, Period period) {
        requireType(id, code, ValueType.DATE);
        String words = Periods.words(period);
        String statement = code.label() + " no more than " + words + " before the assessment";
        return draft(id, statement, Method.MEASUREMENT, code, Set.of(code.code()), e -> {
            LocalDate d = e.date(code);
            if (d == null) {
                return notObserved(code);
            }
            List<Fact> facts = List.of(new Fact(code.code(), d.toString()));
            boolean ok = !d.plus(period).isBefore(e.assessedOn());
            return ok
                    ? Verdict.met(facts, code.label() + " was on " + d + ", within " + words + " of the assessment on "
                            + e.assessedOn() + ".")
                    : Verdict.notMet(facts, code.label() + " was on " + d + ", more than " + words
                            + " before the assessment on " + e.assessedOn() + ".");
        });
    }

    /**
     * The date shall fall within {@code opens..closes} (both included) of its own year: a harvest in the moulting
     * season, an inspection from March to April.
     */
    public static Rule.Draft withinYearlyWindow(String id, EvidenceCode date, java.time.MonthDay opens,
                                                java.time.MonthDay closes) {
        requireType(id, date, ValueType.DATE);
        String window = Periods.words(opens) + " to " + Periods.words(closes);
        return draft(id, date.label() + " from " + window, Method.MEASUREMENT, date, Set.of(date.code()), e -> {
            LocalDate d = e.date(date);
            if (d == null) {
                return notObserved(date);
            }
            java.time.MonthDay day = java.time.MonthDay.from(d);
            List<Fact> facts = List.of(new Fact(date.code(), d.toString()));
            return day.isBefore(opens) || day.isAfter(closes)
                    ? Verdict.notMet(facts, date.label() + " was " + d + ", outside " + window + ".")
                    : Verdict.met(facts, date.label() + " was " + d + ", within " + window + ".");
        });
    }

    // ---- lists -----------------------------------------------------------------------------------------------

    /** One item of a list the standard gives: its attestation code and its words in explanations. */
    public record Item(EvidenceCode code, String words) {
    }

    /**
     * Every item of a list holds (the markings of a bag, the diseases vaccinated against), judged together so that
     * one finding names every item that is missing: any item attested "no" breaks the rule; otherwise any item not
     * stated leaves it not assessed.
     *
     * @param has   what precedes the items in explanations, e.g. "the bag is marked with"
     * @param lacks its negation, e.g. "the bag is not marked with"
     */
    public static Rule.Draft allOf(String id, String statement, SubjectKind kind, String has, String lacks,
                                   List<Item> items) {
        List<Item> list = List.copyOf(items);
        Set<String> reads = new LinkedHashSet<>();
        StringBuilder names = new StringBuilder();
        for (Item i : list) {
            requireType(id, i.code(), ValueType.ATTESTATION);
            reads.add(i.code().code());
            names.append(names.length() == 0 ? "" : ", ").append(i.words());
        }
        String allMet = has + " all " + list.size() + " items: " + names + ".";
        return new Rule.Draft(id, statement, null, Method.ATTESTATION, kind, reads, null, e -> {
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

    // ---- amount per head -------------------------------------------------------------------------------------

    /**
     * An amount (floor area, deck area, trough length) shall give every animal at least its category's share:
     * amount >= sum(count x share per head). Categories not observed count as none, but at least one must be
     * observed; the amount itself must be observed. The comparison is exact (no division).
     *
     * @param perHead the minimum share per head of each category's headcount code, in the amount code's unit or a
     *                compatible one; iteration order is the order facts are listed in
     */
    public static Rule.Draft perHead(String id, String statement, EvidenceCode area,
                                     Map<EvidenceCode, Value.Quantity> perHead) {
        return perHead(id, statement, area, perHead, true);
    }

    /**
     * The amount shall not exceed what the upper figure of each category's range gives its headcount:
     * amount <= sum(count x share): the upper end of "1.5 to 2 m2 per goat", which binds with the sentence's strength
     * (docs/reading-the-standard.md, R7).
     */
    public static Rule.Draft perHeadAtMost(String id, String statement, EvidenceCode area,
                                           Map<EvidenceCode, Value.Quantity> perHead) {
        return perHead(id, statement, area, perHead, false);
    }

    private static Rule.Draft perHead(String id, String statement, EvidenceCode area,
                                      Map<EvidenceCode, Value.Quantity> perHead, boolean atLeast) {
        requireType(id, area, ValueType.QUANTITY);
        Map<EvidenceCode, BigDecimal> minimum = new LinkedHashMap<>();
        Set<String> reads = new LinkedHashSet<>();
        reads.add(area.code());
        perHead.forEach((count, space) -> {
            requireType(id, count, ValueType.COUNT);
            minimum.put(count, canonical(area, space));
            reads.add(count.code());
        });
        String unit = area.unit();
        EvidenceCode[] categories = minimum.keySet().toArray(EvidenceCode[]::new);
        BigDecimal[] shares = minimum.values().toArray(BigDecimal[]::new);
        String requiredName = (atLeast ? "required " : "largest planned ") + area.label();
        String metWords = atLeast ? ") meets the " : ") is within the ";
        String notMetWords = atLeast ? ") is less than the " : ") is more than the ";
        String tail = atLeast ? " their categories need." : " that the upper figures of their categories give.";
        return draft(id, statement, Method.MEASUREMENT, area, reads, e -> {
            BigDecimal a = e.quantity(area);
            if (a == null) {
                return notObserved(area);
            }
            Fact[] facts = new Fact[categories.length + 2];
            int used = 0;
            facts[used++] = new Fact(area.code(), e.display(area));
            BigDecimal required = BigDecimal.ZERO;
            long heads = 0;
            for (int i = 0; i < categories.length; i++) {
                Long n = e.count(categories[i]);
                if (n != null) {
                    heads += n;
                    facts[used++] = new Fact(categories[i].code(), Long.toString(n));
                    required = required.add(shares[i].multiply(BigDecimal.valueOf(n)));
                }
            }
            if (used == 1) {
                return NO_HEADCOUNT;
            }
            facts[used++] = new Fact(requiredName, Units.forPeople(plain(required), unit));
            List<Fact> factList = List.of(java.util.Arrays.copyOf(facts, used));
            String perGoat = heads == 0 ? "no goats"
                    : Units.forPeople(Numbers.forPeople(a.divide(BigDecimal.valueOf(heads), MathContext.DECIMAL32)), unit)
                            + " per goat on average";
            int cmp = a.compareTo(required);
            return (atLeast ? cmp >= 0 : cmp <= 0)
                    ? Verdict.met(factList, e.display(area) + " for " + heads + " goats (" + perGoat
                            + metWords + Units.forPeople(plain(required), unit) + tail)
                    : Verdict.notMet(factList, e.display(area) + " for " + heads + " goats (" + perGoat
                            + notMetWords + Units.forPeople(plain(required), unit) + tail);
        });
    }

    // ---- ratio of two observations ---------------------------------------------------------------------------

    /**
     * The ratio of two observations of the same subject shall be bounded: numerator / denominator compared with
     * {@code limit} (exercise ground more than 2.5 times the shelter area; window area at least 1/15 of the floor
     * area). The comparison is exact, by cross-multiplication, so a limit such as 1/15 holds exactly at 8 m2 of
     * window for 120 m2 of floor; the ratio itself is only shown rounded.
     *
     * @param ratioName what the ratio is called in explanations ("exercise ground to shelter area ratio")
     * @param limit     a decimal ("2.5") or a fraction ("1/15")
     */
    public static Rule.Draft ratio(String id, String ratioName, EvidenceCode numerator, EvidenceCode denominator,
                                   Bound bound, String limit) {
        String[] parts = limit.split("/", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("rule " + id + ": '" + limit + "' is not a decimal or a fraction");
        }
        BigDecimal limitTop = new BigDecimal(parts[0].trim());
        BigDecimal limitBottom = parts.length == 2 ? new BigDecimal(parts[1].trim()) : BigDecimal.ONE;
        if (limitBottom.signum() <= 0) {
            throw new IllegalArgumentException("rule " + id + ": the limit's denominator must be positive");
        }
        if (!(numerator.type() == ValueType.QUANTITY || numerator.type() == ValueType.COUNT)
                || !(denominator.type() == ValueType.QUANTITY || denominator.type() == ValueType.COUNT)) {
            throw new IllegalArgumentException("rule " + id + ": a ratio needs quantities or counts");
        }
        String shownLimit = limit.trim();
        String statement = ratioName + " " + bound.words + " " + shownLimit;
        Set<String> reads = new LinkedHashSet<>(List.of(numerator.code(), denominator.code()));
        return draft(id, statement, Method.MEASUREMENT, numerator, reads, e -> {
            BigDecimal top = number(e, numerator);
            BigDecimal bottom = number(e, denominator);
            if (top == null) {
                return notObserved(numerator);
            }
            if (bottom == null) {
                return notObserved(denominator);
            }
            List<Fact> facts = List.of(new Fact(numerator.code(), e.display(numerator)),
                    new Fact(denominator.code(), e.display(denominator)));
            if (bottom.signum() == 0) {
                return Verdict.missing(denominator.label() + " is zero, so the " + ratioName + " cannot be judged.");
            }
            String shown = plain(top.divide(bottom, new MathContext(3)));
            boolean holds = bound.holds(top.multiply(limitBottom).compareTo(limitTop.multiply(bottom)));
            String tail = ratioName + " is " + shown + " (" + e.display(numerator) + " to " + e.display(denominator)
                    + "), ";
            return holds
                    ? Verdict.met(facts, tail + bound.metWords + " " + shownLimit + ".")
                    : Verdict.notMet(facts, tail + bound.notMetWords + " " + shownLimit + ".");
        });
    }

    private static final Verdict NO_HEADCOUNT =
            Verdict.missing("no headcount was given, so the share per goat cannot be judged.");

    // ---- anything else ---------------------------------------------------------------------------------------

    /**
     * A rule with its own judge, for what the shapes above do not cover (a ratio of two values, a rate).
     *
     * @param reads every code the judge looks at
     */
    public static Rule.Draft custom(String id, String statement, Method method, SubjectKind kind,
                                    Set<EvidenceCode> reads, Rule.Judge judge) {
        Set<String> codes = new LinkedHashSet<>();
        reads.forEach(c -> codes.add(c.code()));
        return new Rule.Draft(id, statement, null, method, kind, codes, null, judge);
    }

    /**
     * A limit the draft states that a farm's records can measure, with the auditor's attestation of the same thing
     * kept for farms whose records cannot ("dung dried daily": the days between dryings, else "dried daily: yes"):
     * judged by {@code measured}, and by {@code attested} only where the measurement cannot judge (a value it needs
     * was not observed) and the attestation was given. One rule, so the sentence gives one finding either way, and a
     * farm that measures is judged by its measurement.
     *
     * @param id the rule's id (a rule that was an attestation keeps its id, so stored findings still match)
     */
    public static Rule.Draft measuredElseAttested(String id, Rule.Draft measured, Rule.Draft attested) {
        if (measured.subjectKind() != attested.subjectKind()) {
            throw new IllegalArgumentException("rule " + id + ": the measurement judges a " + measured.subjectKind()
                    + " but the attestation a " + attested.subjectKind());
        }
        Set<String> reads = new LinkedHashSet<>(measured.reads());
        reads.addAll(attested.reads());
        Rule.Judge byMeasurement = measured.judge();
        Rule.Judge byAttestation = attested.judge();
        return new Rule.Draft(id, measured.statement() + " (else attested: " + lowerFirst(attested.statement()) + ")",
                measured.strength(), Method.MEASUREMENT, measured.subjectKind(), reads, measured.applicability(), e -> {
                    Verdict v = byMeasurement.judge(e);
                    if (v.status() != Verdict.Status.MISSING) {
                        return v;
                    }
                    Verdict a = byAttestation.judge(e);
                    return a.status() == Verdict.Status.MISSING ? v : a;
                }, measured.wording());
    }

    /** {@link #measuredElseAttested(String, Rule.Draft, Rule.Draft)} under the measurement's id, attested by {@code code}. */
    public static Rule.Draft measuredElseAttested(Rule.Draft measured, EvidenceCode code) {
        return measuredElseAttested(measured.id(), measured, attested(measured.id(), code));
    }

    // ---- helpers for custom judges ---------------------------------------------------------------------------

    /** The verdict for a value that was not observed. */
    public static Verdict notObserved(EvidenceCode code) {
        return Verdict.missing(code.label() + " was not observed, so this cannot be judged.");
    }

    /** Plain decimal notation: 1.5, 1500. */
    public static String plain(BigDecimal value) {
        return Numbers.plain(value);
    }

    private static Rule.Draft draft(String id, String statement, Method method, EvidenceCode code, Set<String> reads,
                                    Rule.Judge judge) {
        SubjectKind kind = code.subjectKinds().size() == 1 ? code.subjectKinds().iterator().next() : null;
        if (kind == null) {
            throw new IllegalArgumentException("rule " + id + ": " + code.code()
                    + " is observed on several kinds of subject; use custom() and name the kind");
        }
        return new Rule.Draft(id, statement, null, method, kind, reads, null, judge);
    }

    private static BigDecimal number(SubjectEvidence e, EvidenceCode code) {
        if (code.type() == ValueType.COUNT) {
            Long n = e.count(code);
            return n == null ? null : BigDecimal.valueOf(n);
        }
        return e.quantity(code);
    }

    /** A limit in the code's canonical unit; a limit in an incompatible unit is a programming error. */
    public static BigDecimal canonical(EvidenceCode code, Value.Quantity limit) {
        requireType("limit", code, ValueType.QUANTITY);
        try {
            return Units.convert(limit.value(), limit.unit(), code.unit());
        } catch (Units.UnitException e) {
            throw new IllegalArgumentException("limit " + limit.display() + " cannot be compared with "
                    + code.code() + " in " + code.unit(), e);
        }
    }

    /** A number of {@code code}'s with its unit as people write it ("20 mg/m\u00b3", "30\u00b0"); a count as it is. */
    private static String said(EvidenceCode code, String number) {
        return code.type() == ValueType.QUANTITY ? Units.forPeople(number, code.unit()) : number;
    }

    private static void requireType(String id, EvidenceCode code, ValueType type) {
        if (code.type() != type) {
            throw new IllegalArgumentException("rule " + id + ": " + code.code() + " is " + English.a(code.type().code())
                    + ", not " + English.a(type.code()));
        }
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
