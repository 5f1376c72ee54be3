package org.pashm.core.iso22786;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.Subject;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Strength;

/** ISO 22786's decision rule, on findings made by hand (the evaluator's own order, and any other). */
class DecisionRuleTest {

    private static Finding finding(String clause, Strength strength, Outcome outcome) {
        return new Finding(ClauseNumber.of(clause), "r", Subject.SITE, strength, outcome, List.of(),
                org.pashm.core.text.Sentence.text("t/sentence", "sentence").message());
    }

    private static OverallResult decide(Finding... findings) {
        return Iso22786.DECISION_RULE.decide(List.of(findings));
    }

    @Test
    void conformantWhenEveryRequirementThatAppliesConforms() {
        OverallResult r = decide(finding("5.1", Strength.REQUIREMENT, Outcome.CONFORMS),
                finding("5.2", Strength.PROHIBITION, Outcome.NOT_APPLICABLE),
                finding("5.3", Strength.ADVICE, Outcome.NOT_ASSESSED));
        assertThat(r.code()).isEqualTo("conformant");
        assertThat(r.conformant()).isTrue();
    }

    @Test
    void adviceNotFollowedDoesNotChangeTheResult() {
        assertThat(decide(finding("5.1", Strength.ADVICE, Outcome.OBSERVATION)).code()).isEqualTo("conformant");
    }

    @Test
    void namesEachNonconformingClauseOnceInClauseOrderWhateverTheOrderOfTheFindings() {
        OverallResult r = decide(
                finding("5.10", Strength.REQUIREMENT, Outcome.NONCONFORMITY),
                finding("5.9", Strength.PROHIBITION, Outcome.NONCONFORMITY),
                finding("5.10", Strength.REQUIREMENT, Outcome.NONCONFORMITY),
                finding("5.2", Strength.REQUIREMENT, Outcome.NOT_ASSESSED),
                finding("5.9", Strength.PROHIBITION, Outcome.NONCONFORMITY),
                finding("5.1", Strength.REQUIREMENT, Outcome.NOT_ASSESSED),
                finding("5.2", Strength.REQUIREMENT, Outcome.NOT_ASSESSED));
        assertThat(r.code()).isEqualTo("nonconformant");
        assertThat(r.explanation().key()).isEqualTo("iso-22786/result/nonconformant");
        assertThat(r.explanation().args()).containsExactly(2L, List.of("5.9", "5.10"), 0L, 2L);
    }

    @Test
    void incompleteListsAtMostTwelveClauses() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 14; i >= 1; i--) {
            findings.add(finding("6." + i, Strength.REQUIREMENT, Outcome.NOT_ASSESSED));
            findings.add(finding("6." + i, Strength.REQUIREMENT, Outcome.NOT_ASSESSED));
        }
        OverallResult r = Iso22786.DECISION_RULE.decide(findings);
        assertThat(r.code()).isEqualTo("incomplete");
        assertThat(r.explanation().key()).isEqualTo("iso-22786/result/incomplete");
        assertThat(r.explanation().args()).containsExactly(14L, List.of("6.1", "6.2", "6.3", "6.4", "6.5", "6.6",
                "6.7", "6.8", "6.9", "6.10", "6.11", "6.12"), 2L);
    }
}
