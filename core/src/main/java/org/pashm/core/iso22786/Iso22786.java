package org.pashm.core.iso22786;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pashm.core.evaluation.DecisionRule;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;

/**
 * ISO 22786, "Textiles - Animal welfare in the supply chain - cashmere fibre": the edition Pashm implements and
 * its decision rule. Core defines the standard and its clause 4 (the Five Freedoms); the section modules add
 * clauses 5 to 12 to it.
 */
public final class Iso22786 {

    /** The draft international standard ISO/DIS 22786:2025, dated 2024-12-14: the text this project was given. */
    public static final StandardRef DIS_2025 = StandardRef.of("iso-22786", "DIS-2025");

    public static final String TITLE = "ISO 22786 Textiles - Animal welfare in the supply chain - General requirements "
            + "for the production, preparation and traceability of cashmere fibre";

    /** The date on the draft's cover page. */
    public static final LocalDate DIS_2025_DATE = LocalDate.of(2024, 12, 14);

    /**
     * Conformant when no requirement or prohibition has a nonconformity and none that applies is left unassessed;
     * advice never affects the result.
     */
    public static final DecisionRule DECISION_RULE = new DecisionRule() {
        private static final String BEYOND = "{beyond, plural, =0 {} other { and # more}}";
        private final Sentence description = Sentence.text("iso-22786/decision-rule", "Conformant when no requirement"
                + " (\"shall\") or prohibition has a nonconformity and none that applies is left unassessed; advice"
                + " (\"should\", \"recommended\", \"optimal\") never affects the result.");
        private final Sentence nonconformant = Sentence.of("iso-22786/result/nonconformant",
                "{count, plural, one {# clause} other {# clauses}} with a nonconformity: {clauses}" + BEYOND
                        + "{unassessed, plural, =0 {.} other {; # more not assessed.}}",
                "count", "clauses", "beyond", "unassessed");
        private final Sentence incomplete = Sentence.of("iso-22786/result/incomplete",
                "No nonconformity, but {count, plural, one {# clause that applies was} other {# clauses that apply "
                        + "were}} not assessed: {clauses}" + BEYOND + ".", "count", "clauses", "beyond");
        private final Sentence conformant = Sentence.text("iso-22786/result/conformant",
                "Every requirement that applies was assessed and none has a nonconformity.");

        @Override
        public Message description() {
            return description.message();
        }

        @Override
        public List<Sentence> sentences() {
            return List.of(description, nonconformant, incomplete, conformant);
        }

        @Override
        public OverallResult decide(List<Finding> findings) {
            Clauses nonconforming = new Clauses();
            Clauses unassessed = new Clauses();
            for (Finding f : findings) {
                if (!f.isNormative()) {
                    continue;
                }
                if (f.outcome() == Outcome.NONCONFORMITY) {
                    nonconforming.add(f.clause());
                } else if (f.outcome() == Outcome.NOT_ASSESSED) {
                    unassessed.add(f.clause());
                }
            }
            if (!nonconforming.isEmpty()) {
                return new OverallResult("nonconformant", false, nonconformant.with((long) nonconforming.size(),
                        nonconforming.list(), nonconforming.beyond(), (long) unassessed.size()));
            }
            if (!unassessed.isEmpty()) {
                return new OverallResult("incomplete", false, incomplete.with((long) unassessed.size(),
                        unassessed.list(), unassessed.beyond()));
            }
            return new OverallResult("conformant", true, conformant.message());
        }
    };

    /**
     * The distinct clauses of some findings, in clause order. The evaluator lists findings clause by clause, so
     * a clause is usually the one added last and adding is a comparison; findings in any other order are sorted
     * once at the end.
     */
    private static final class Clauses {
        private final List<ClauseNumber> numbers = new ArrayList<>();
        private boolean sorted = true;

        void add(ClauseNumber n) {
            if (!numbers.isEmpty()) {
                int cmp = n.compareTo(numbers.get(numbers.size() - 1));
                if (cmp == 0) {
                    return;
                }
                sorted &= cmp > 0;
            }
            numbers.add(n);
        }

        private List<ClauseNumber> distinct() {
            if (!sorted) {
                List<ClauseNumber> d = new ArrayList<>(new TreeSet<>(numbers));
                numbers.clear();
                numbers.addAll(d);
                sorted = true;
            }
            return numbers;
        }

        boolean isEmpty() {
            return numbers.isEmpty();
        }

        int size() {
            return distinct().size();
        }

        /** The first twelve ("5.1, 5.2, ..., 5.12"); {@link #beyond()} says how many more. */
        List<String> list() {
            return distinct().stream().limit(SHOWN).map(ClauseNumber::toString).toList();
        }

        long beyond() {
            return Math.max(distinct().size() - SHOWN, 0);
        }

        private static final int SHOWN = 12;
    }

    public static final Standard DIS_2025_STANDARD = new Standard(DIS_2025, TITLE, DIS_2025_DATE, DECISION_RULE);

    private Iso22786() {
    }
}
