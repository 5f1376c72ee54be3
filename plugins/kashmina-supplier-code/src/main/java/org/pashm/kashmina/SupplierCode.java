package org.pashm.kashmina;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pashm.core.evaluation.DecisionRule;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/**
 * Kashmina's supplier code: "a standard that we use when choosing suppliers and partners". It has no number, date or
 * edition of its own; Pashm calls the text it was given edition 1, dated the day it was taken in, and numbers its
 * bullets in the order the code lists them (1 workers, 2 animals, 3 raw material).
 */
public final class SupplierCode {

    public static final StandardRef EDITION_1 = StandardRef.of("kashmina-supplier-code", "1");

    public static final String TITLE = "Kashmina supplier code: requirements for suppliers and partners";

    /** The code is undated: the day Pashm took the text in. */
    public static final LocalDate EDITION_1_DATE = LocalDate.of(2026, 11, 22);

    /** Section titles, lower-case, as the decision rule names them. */
    static final Map<String, Sentence> AREAS = Map.of(
            "1", Sentence.text("kashmina/decision-rule/area/1", "working conditions"),
            "2", Sentence.text("kashmina/decision-rule/area/2", "animal welfare"),
            "3", Sentence.text("kashmina/decision-rule/area/3", "raw material"));

    // What the decision rule says. {areas} is a list of AREA ("working conditions (1.5)"); {clauses} and
    // {unassessed} are lists of requirement numbers, said as they are written.
    static final Sentence DESCRIPTION = Sentence.text("kashmina/decision-rule/description",
            "Approved as a supplier when every requirement that applies is met; not approved when any requirement, "
                    + "in any area (working conditions, animal welfare, raw material), is not met; pending while a "
                    + "requirement that applies is not assessed.");
    static final Sentence AREA = Sentence.of("kashmina/decision-rule/area", "{area} ({clauses})", "area", "clauses");
    static final Sentence SECTION = Sentence.of("kashmina/decision-rule/section", "section {section}", "section");
    static final Sentence NOT_APPROVED = Sentence.of("kashmina/decision-rule/not-approved",
            "Not approved as a supplier: requirements not met in {areas}.", "areas");
    static final Sentence NOT_APPROVED_UNASSESSED = Sentence.of("kashmina/decision-rule/not-approved-unassessed",
            "Not approved as a supplier: requirements not met in {areas}. Not assessed: {unassessed}.", "areas",
            "unassessed");
    static final Sentence PENDING = Sentence.of("kashmina/decision-rule/pending",
            "No requirement was found not met, but approval is pending until {count, plural, one {# more that "
                    + "applies is} other {# more that apply are}} assessed: {clauses}.", "count", "clauses");
    static final Sentence APPROVED = Sentence.text("kashmina/decision-rule/approved",
            "Every requirement of the supplier code that applies is met: approved as a supplier.");

    /**
     * The code's own rule: a supplier is approved when every requirement that applies is met; one requirement not
     * met in any area means it is not approved, and the explanation names the areas; otherwise, while a requirement
     * is still unassessed, approval is pending. The code has no advice and no grades.
     */
    public static final DecisionRule DECISION_RULE = new DecisionRule() {
        private final Message description = DESCRIPTION.message();
        private final Message approved = APPROVED.message();

        @Override
        public Message description() {
            return description;
        }

        @Override
        public List<Sentence> sentences() {
            List<Sentence> all = new java.util.ArrayList<>(List.of(AREA, SECTION, NOT_APPROVED,
                    NOT_APPROVED_UNASSESSED, PENDING, APPROVED));
            new TreeMap<>(AREAS).values().forEach(all::add);
            return all;
        }

        @Override
        public OverallResult decide(List<Finding> findings) {
            Map<String, TreeSet<ClauseNumber>> unmet = new TreeMap<>();
            TreeSet<ClauseNumber> unassessed = new TreeSet<>();
            for (Finding f : findings) {
                if (!f.isNormative()) {
                    continue;
                }
                if (f.outcome() == Outcome.NONCONFORMITY) {
                    unmet.computeIfAbsent(f.clause().section().toString(), k -> new TreeSet<>()).add(f.clause());
                } else if (f.outcome() == Outcome.NOT_ASSESSED) {
                    unassessed.add(f.clause());
                }
            }
            if (!unmet.isEmpty()) {
                List<Message> areas = unmet.entrySet().stream().map(e -> {
                    Sentence name = AREAS.get(e.getKey());
                    Message area = name != null ? name.message() : SECTION.with(e.getKey());
                    return AREA.with(area, numbers(e.getValue()));
                }).toList();
                return new OverallResult("not-approved", false, unassessed.isEmpty() ? NOT_APPROVED.with(areas)
                        : NOT_APPROVED_UNASSESSED.with(areas, numbers(unassessed)));
            }
            if (!unassessed.isEmpty()) {
                return new OverallResult("pending", false, PENDING.with((long) unassessed.size(),
                        numbers(unassessed)));
            }
            return new OverallResult("approved", true, approved);
        }

        /** The requirement numbers, said as they are written, as a list. */
        private static List<String> numbers(TreeSet<ClauseNumber> numbers) {
            return numbers.stream().map(ClauseNumber::toString).toList();
        }
    };

    /** Covers workers and raw material as well as animals: only its animal requirements serve the Five Freedoms. */
    public static final Standard EDITION_1_STANDARD = new Standard(EDITION_1, TITLE, EDITION_1_DATE, DECISION_RULE)
            .coveringMoreThanAnimals();

    private SupplierCode() {
    }
}
