package org.pashm.kashmina;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pashm.core.evaluation.DecisionRule;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;

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
    static final Map<String, String> AREAS = Map.of("1", "working conditions", "2", "animal welfare",
            "3", "raw material");

    /**
     * The code's own rule: a supplier is approved when every requirement that applies is met; one requirement not
     * met in any area means it is not approved, and the explanation names the areas; otherwise, while a requirement
     * is still unassessed, approval is pending. The code has no advice and no grades.
     */
    public static final DecisionRule DECISION_RULE = new DecisionRule() {
        @Override
        public String description() {
            return "Approved as a supplier when every requirement that applies is met; not approved when any "
                    + "requirement, in any area (working conditions, animal welfare, raw material), is not met; "
                    + "pending while a requirement that applies is not assessed.";
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
                String areas = unmet.entrySet().stream().map(e -> AREAS.getOrDefault(e.getKey(), "section "
                        + e.getKey()) + " (" + join(e.getValue()) + ")").collect(Collectors.joining(", "));
                return new OverallResult("not-approved", false, "Not approved as a supplier: requirements not met in "
                        + areas + "." + (unassessed.isEmpty() ? "" : " Not assessed: " + join(unassessed) + "."));
            }
            if (!unassessed.isEmpty()) {
                return new OverallResult("pending", false, "No requirement was found not met, but approval is pending "
                        + "until " + unassessed.size() + " more that apply are assessed: " + join(unassessed) + ".");
            }
            return new OverallResult("approved", true,
                    "Every requirement of the supplier code that applies is met: approved as a supplier.");
        }

        private static String join(TreeSet<ClauseNumber> numbers) {
            return numbers.stream().map(ClauseNumber::toString).collect(Collectors.joining(", "));
        }
    };

    /** Covers workers and raw material as well as animals: only its animal requirements serve the Five Freedoms. */
    public static final Standard EDITION_1_STANDARD = new Standard(EDITION_1, TITLE, EDITION_1_DATE, DECISION_RULE)
            .coveringMoreThanAnimals();

    private SupplierCode() {
    }
}
