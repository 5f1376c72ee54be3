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
import org.pashm.core.text.Keys;
import org.pashm.core.text.Message;
import org.pashm.core.text.Phrase;
import org.pashm.core.text.Sentence;
import org.pashm.core.text.Terms;

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
        Message label = Terms.label(code);
        Value.Quantity from = quantity(code, Numbers.stripped(lo));
        Value.Quantity to = quantity(code, Numbers.stripped(hi));
        return draft(id, statement, Method.MEASUREMENT, code, Set.of(code.code()), e -> {
            BigDecimal v = number(e, code);
            if (v == null) {
                return notObserved(code);
            }
            List<Fact> facts = List.of(Fact.observed(e, code));
            boolean inside = v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0;
            // Shown beside the nearer end, to that end's precision.
            Value.Quantity shown = quantity(code,
                    Numbers.besideValue(v, v.subtract(lo).abs().compareTo(v.subtract(hi).abs()) <= 0 ? lo : hi));
            return inside
                    ? Verdict.met(facts, Sentences.RANGE_WITHIN.with(label, shown, from, to))
                    : Verdict.notMet(facts, Sentences.RANGE_OUTSIDE.with(label, shown, from, to));
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
        Message label = Terms.label(code);
        Value.Quantity figureShown = quantity(code, f);
        return draft(id, code.label() + " " + shown + " (rounded to the figure's last place)", Method.MEASUREMENT,
                code, Set.of(code.code()), e -> {
                    BigDecimal v = e.quantity(code);
                    if (v == null) {
                        return notObserved(code);
                    }
                    List<Fact> facts = List.of(Fact.observed(e, code));
                    BigDecimal rounded = v.setScale(places, java.math.RoundingMode.HALF_UP);
                    Value.Quantity measured = quantity(code, Numbers.besideValue(v, f));
                    if (rounded.compareTo(f) == 0) {
                        return Verdict.met(facts, v.compareTo(f) == 0 ? Sentences.AS_REQUIRED.with(label, measured)
                                : Sentences.FIGURE_ROUNDED_MET.with(label, measured, figureShown));
                    }
                    return Verdict.notMet(facts, v.compareTo(rounded) == 0
                            ? Sentences.FIGURE_NOT_MET.with(label, measured, figureShown)
                            : Sentences.FIGURE_ROUNDS_NOT_MET.with(label, measured, quantity(code, rounded), figureShown));
                }).readAs(Wording.EXACT);
    }

    /** The count shall lie within {@code min..max}, both included (a comb of 7 to 8 teeth). */
    public static Rule.Draft between(String id, EvidenceCode count, long min, long max) {
        requireType(id, count, ValueType.COUNT);
        if (min > max) {
            throw new IllegalArgumentException("rule " + id + ": minimum " + min + " is above maximum " + max);
        }
        String range = min + " to " + max;
        Message label = Terms.label(count);
        return draft(id, count.label() + " from " + range, Method.MEASUREMENT, count, Set.of(count.code()), e -> {
            Long n = e.count(count);
            if (n == null) {
                return notObserved(count);
            }
            List<Fact> facts = List.of(Fact.of(count, n));
            return n >= min && n <= max
                    ? Verdict.met(facts, Sentences.RANGE_WITHIN.with(label, n, min, max))
                    : Verdict.notMet(facts, Sentences.RANGE_OUTSIDE.with(label, n, min, max));
        });
    }

    /** The count shall be exactly {@code n} (three legs tied, not two, not four). */
    public static Rule.Draft exactly(String id, EvidenceCode count, long n) {
        requireType(id, count, ValueType.COUNT);
        String shown = Long.toString(n);
        Message label = Terms.label(count);
        return draft(id, count.label() + " exactly " + shown, Method.MEASUREMENT, count, Set.of(count.code()), e -> {
            Long v = e.count(count);
            if (v == null) {
                return notObserved(count);
            }
            List<Fact> facts = List.of(Fact.of(count, v));
            return v == n
                    ? Verdict.met(facts, Sentences.AS_REQUIRED.with(label, v))
                    : Verdict.notMet(facts, Sentences.EXACTLY_NOT_MET.with(label, v, n));
        });
    }

    /** How a value is bounded by a limit. */
    public enum Bound {
        AT_MOST("at most", "atMost"),
        AT_LEAST("at least", "atLeast"),
        ABOVE("more than", "above"),
        BELOW("less than", "below");

        final String words;
        /** The bound as the sentences of {@link Sentences} select on it. */
        final String code;

        Bound(String words, String code) {
            this.words = words;
            this.code = code;
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
        Message label = Terms.label(code);
        Object limitArg = figure(code, limit);
        String bound = comparison.code;
        return draft(id, statement, Method.MEASUREMENT, code, Set.of(code.code()), e -> {
            BigDecimal v = number(e, code);
            if (v == null) {
                return notObserved(code);
            }
            List<Fact> facts = List.of(Fact.observed(e, code));
            Object shown = code.type() == ValueType.QUANTITY ? quantity(code, Numbers.besideValue(v, limit))
                    : (Object) e.count(code);
            return comparison.holds(v.compareTo(limit))
                    ? Verdict.met(facts, Sentences.LIMIT_MET.with(label, shown, bound, limitArg))
                    : Verdict.notMet(facts, Sentences.LIMIT_NOT_MET.with(label, shown, bound, limitArg));
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
        Phrase statement = new Phrase(Terms.label(code));
        Verdict missing = Verdict.missing(Sentences.ATTESTATION_MISSING.with(statement));
        Verdict yes = Verdict.met(List.of(Fact.of(code, true)), Sentences.ATTESTED_YES.with(statement));
        Verdict no = Verdict.notMet(List.of(Fact.of(code, false)), Sentences.ATTESTED_NO.with(statement));
        return draft(id, code.label(), Method.ATTESTATION, code, Set.of(code.code()), e -> {
            Boolean b = e.attested(code);
            return b == null ? missing : b ? yes : no;
        });
    }

    /**
     * A prohibited practice: the code's label names the practice ("laparoscopy or embryo transfer is used") and the
     * auditor attests whether it was found. "yes" is a breach.
     */
    public static Rule.Draft never(String id, EvidenceCode code) {
        requireType(id, code, ValueType.ATTESTATION);
        String practiceWords = lowerFirst(code.label());
        Phrase practice = new Phrase(Terms.label(code));
        Verdict missing = Verdict.missing(Sentences.PRACTICE_UNSTATED.with(practice));
        Verdict found = Verdict.notMet(List.of(Fact.of(code, true)), Sentences.PRACTICE_FOUND.with(practice));
        Verdict none = Verdict.met(List.of(Fact.of(code, false)), Sentences.PRACTICE_NOT_FOUND.with(practice));
        return draft(id, "never: " + practiceWords, Method.ATTESTATION, code, Set.of(code.code()), e -> {
            Boolean b = e.attested(code);
            return b == null ? missing : b ? found : none;
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
        Message label = Terms.label(code);
        Map<String, Message> terms = new LinkedHashMap<>();
        code.choices().forEach(c -> terms.put(c, Terms.choice(code, c)));
        List<Message> allowedTerms = shown.stream().map(terms::get).toList();
        return draft(id, statement, Method.MEASUREMENT, code, Set.of(code.code()), e -> {
            String c = e.choice(code);
            if (c == null) {
                return notObserved(code);
            }
            List<Fact> facts = List.of(Fact.observed(e, code));
            Message term = terms.get(c);
            boolean ok = listed.contains(c) == allowed;
            return ok
                    ? Verdict.met(facts, Sentences.AS_REQUIRED.with(label, term))
                    : Verdict.notMet(facts, allowed ? Sentences.CHOICE_NOT_ONE_OF.with(label, term, allowedTerms)
                            : Sentences.CHOICE_NOT_ALLOWED.with(label, term));
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
        Message label = Terms.label(code);
        return draft(id, statement, Method.MEASUREMENT, code, Set.of(code.code()), e -> {
            LocalDate d = e.date(code);
            if (d == null) {
                return notObserved(code);
            }
            List<Fact> facts = List.of(Fact.of(code, d));
            boolean ok = !d.plus(period).isBefore(e.assessedOn());
            return ok
                    ? Verdict.met(facts, Sentences.DATE_WITHIN.with(label, d, period, e.assessedOn()))
                    : Verdict.notMet(facts, Sentences.DATE_TOO_OLD.with(label, d, period, e.assessedOn()));
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
        Message label = Terms.label(date);
        return draft(id, date.label() + " from " + window, Method.MEASUREMENT, date, Set.of(date.code()), e -> {
            LocalDate d = e.date(date);
            if (d == null) {
                return notObserved(date);
            }
            java.time.MonthDay day = java.time.MonthDay.from(d);
            List<Fact> facts = List.of(Fact.of(date, d));
            return day.isBefore(opens) || day.isAfter(closes)
                    ? Verdict.notMet(facts, Sentences.WINDOW_OUTSIDE.with(label, d, opens, closes))
                    : Verdict.met(facts, Sentences.WINDOW_WITHIN.with(label, d, opens, closes));
        });
    }

    // ---- lists -----------------------------------------------------------------------------------------------

    /** One item of a list the standard gives: its attestation code and its words in explanations. */
    public record Item(EvidenceCode code, String words) {

        /** The item's words as a text of the bundles ("evidence/traceability.bag.marked-origin/item"). */
        public Sentence text() {
            return Sentence.text(Keys.evidenceItem(code.code()), words);
        }
    }

    /**
     * Every item of a list holds (the markings of a bag, the diseases vaccinated against), judged together so that
     * one finding names every item that is missing: any item attested "no" breaks the rule; otherwise any item not
     * stated leaves it not assessed.
     *
     * @param has   what precedes the items in explanations, e.g. "the bag is marked with" (a text of the bundles)
     * @param lacks its negation, e.g. "the bag is not marked with"
     */
    public static Rule.Draft allOf(String id, String statement, SubjectKind kind, Sentence has, Sentence lacks,
                                   List<Item> items) {
        List<Item> list = List.copyOf(items);
        Set<String> reads = new LinkedHashSet<>();
        List<Sentence> texts = new ArrayList<>(List.of(has, lacks));
        Message[] terms = new Message[list.size()];
        for (int n = 0; n < list.size(); n++) {
            Item i = list.get(n);
            requireType(id, i.code(), ValueType.ATTESTATION);
            reads.add(i.code().code());
            texts.add(i.text());
            terms[n] = i.text().message();
        }
        Message hasText = has.message();
        Message lacksText = lacks.message();
        Verdict allMet = Verdict.met(List.of(), Sentences.LIST_ALL.with(hasText, (long) list.size(), List.of(terms)));
        return new Rule.Draft(id, statement, null, Method.ATTESTATION, kind, reads, null, e -> {
            List<Fact> facts = new ArrayList<>(list.size());
            List<Message> lacking = null;
            List<Message> unknown = null;
            for (int n = 0; n < list.size(); n++) {
                Item i = list.get(n);
                Boolean b = e.attested(i.code());
                if (b == null) {
                    (unknown == null ? unknown = new ArrayList<>() : unknown).add(terms[n]);
                } else {
                    facts.add(Fact.of(i.code(), b));
                    if (!b) {
                        (lacking == null ? lacking = new ArrayList<>() : lacking).add(terms[n]);
                    }
                }
            }
            if (lacking != null) {
                return Verdict.notMet(facts, Sentences.LIST_LACKING.with(lacksText, lacking));
            }
            if (unknown != null) {
                return Verdict.missing(Sentences.LIST_UNSTATED.with(hasText, unknown));
            }
            return new Verdict(Verdict.Status.MET, facts, allMet.says());
        }, null, texts);
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
        String requiredName = (atLeast ? "required/" : "largest-planned/") + area.code();
        Message requiredLabel = (atLeast ? Sentences.REQUIRED : Sentences.LARGEST_PLANNED).with(Terms.label(area));
        Sentence met = atLeast ? Sentences.SHARE_MET : Sentences.SHARE_WITHIN_UPPER;
        Sentence notMet = atLeast ? Sentences.SHARE_NOT_MET : Sentences.SHARE_ABOVE_UPPER;
        return draft(id, statement, Method.MEASUREMENT, area, reads, e -> {
            BigDecimal a = e.quantity(area);
            if (a == null) {
                return notObserved(area);
            }
            Fact[] facts = new Fact[categories.length + 2];
            int used = 0;
            facts[used++] = Fact.observed(e, area);
            BigDecimal required = BigDecimal.ZERO;
            long heads = 0;
            for (int i = 0; i < categories.length; i++) {
                Long n = e.count(categories[i]);
                if (n != null) {
                    heads += n;
                    facts[used++] = Fact.of(categories[i], n);
                    required = required.add(shares[i].multiply(BigDecimal.valueOf(n)));
                }
            }
            if (used == 1) {
                return NO_HEADCOUNT;
            }
            Value.Quantity requiredArea = new Value.Quantity(Numbers.stripped(required), unit);
            facts[used++] = new Fact(requiredName, requiredArea, requiredLabel);
            List<Fact> factList = List.of(java.util.Arrays.copyOf(facts, used));
            Value.Quantity perGoat = heads == 0 ? new Value.Quantity(BigDecimal.ZERO, unit)
                    : new Value.Quantity(Numbers.forPeopleValue(a.divide(BigDecimal.valueOf(heads), MathContext.DECIMAL32)),
                            unit);
            Value.Quantity observed = new Value.Quantity(Numbers.forPeopleValue(a), unit);
            int cmp = a.compareTo(required);
            return (atLeast ? cmp >= 0 : cmp <= 0)
                    ? Verdict.met(factList, met.with(observed, heads, perGoat, requiredArea))
                    : Verdict.notMet(factList, notMet.with(observed, heads, perGoat, requiredArea));
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
        Sentence ratioText = Sentence.text(Keys.ratio(numerator.code(), denominator.code()), ratioName);
        Message ratio = ratioText.message();
        Verdict zero = Verdict.missing(Sentences.RATIO_ZERO.with(Terms.label(denominator), ratio));
        String boundCode = bound.code;
        return draft(id, statement, Method.MEASUREMENT, numerator, reads, e -> {
            BigDecimal top = number(e, numerator);
            BigDecimal bottom = number(e, denominator);
            if (top == null) {
                return notObserved(numerator);
            }
            if (bottom == null) {
                return notObserved(denominator);
            }
            List<Fact> facts = List.of(Fact.observed(e, numerator), Fact.observed(e, denominator));
            if (bottom.signum() == 0) {
                return zero;
            }
            BigDecimal shown = Numbers.stripped(top.divide(bottom, new MathContext(3)));
            boolean holds = bound.holds(top.multiply(limitBottom).compareTo(limitTop.multiply(bottom)));
            Value top1 = e.value(numerator);
            Value bottom1 = e.value(denominator);
            return holds
                    ? Verdict.met(facts, Sentences.RATIO_MET.with(ratio, shown, top1, bottom1, boundCode, shownLimit))
                    : Verdict.notMet(facts, Sentences.RATIO_NOT_MET.with(ratio, shown, top1, bottom1, boundCode,
                            shownLimit));
        }).says(ratioText);
    }

    private static final Verdict NO_HEADCOUNT = Verdict.missing(Sentences.NO_HEADCOUNT.message());

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
                }, measured.wording(), concat(measured.sentences(), attested.sentences()));
    }

    /** {@link #measuredElseAttested(String, Rule.Draft, Rule.Draft)} under the measurement's id, attested by {@code code}. */
    public static Rule.Draft measuredElseAttested(Rule.Draft measured, EvidenceCode code) {
        return measuredElseAttested(measured.id(), measured, attested(measured.id(), code));
    }

    // ---- helpers for custom judges ---------------------------------------------------------------------------

    /** The verdict for a value that was not observed. */
    public static Verdict notObserved(EvidenceCode code) {
        return Verdict.missing(Sentences.NOT_OBSERVED.with(Terms.label(code)));
    }

    /** {@code number} in the code's canonical unit, as a quantity to say. */
    public static Value.Quantity quantity(EvidenceCode code, BigDecimal number) {
        return new Value.Quantity(number, code.unit());
    }

    /** A limit as a sentence says it: a quantity in the code's unit, or a count. */
    private static Object figure(EvidenceCode code, BigDecimal limit) {
        return code.type() == ValueType.QUANTITY ? quantity(code, Numbers.stripped(limit)) : (Object) limit.longValueExact();
    }

    private static List<Sentence> concat(List<Sentence> a, List<Sentence> b) {
        List<Sentence> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
