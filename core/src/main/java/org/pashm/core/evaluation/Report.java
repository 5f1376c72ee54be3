package org.pashm.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.standard.Strength;
import org.pashm.core.text.Message;

/**
 * The clause-by-clause report of one evaluation: every finding, summaries by clause, by section and by the Five
 * Freedoms, the overall result under the standard's decision rule, and the versions of the modules that produced
 * it (so that a stored report can be reproduced).
 *
 * @param notApplicable the sections of the standard that do not apply to the site's production system, and why
 * @param conflicts     the known conflicts of the draft between clauses that both applied
 */
public record Report(
        StandardRef standard,
        ProductionSystem system,
        LocalDate assessedOn,
        List<Finding> findings,
        List<ClauseSummary> clauses,
        List<SectionSummary> sections,
        List<SectionNote> notApplicable,
        List<ConflictNote> conflicts,
        List<FreedomSummary> freedoms,
        Tally total,
        OverallResult overall,
        Message decisionRule,
        Map<String, String> modules) {

    public Report {
        findings = List.copyOf(findings);
        clauses = List.copyOf(clauses);
        sections = List.copyOf(sections);
        notApplicable = List.copyOf(notApplicable);
        conflicts = List.copyOf(conflicts);
        freedoms = List.copyOf(freedoms);
        modules = Map.copyOf(modules);
    }

    public record ClauseSummary(ClauseNumber number, String title, Strength strength, Tally tally) {
    }

    public record SectionSummary(ClauseNumber number, String title, Tally tally) {
    }

    public record FreedomSummary(Freedom freedom, Tally tally) {
    }

    /**
     * A whole section of the standard that does not apply to the site's production system, said once rather than
     * as a "not applicable" finding for each of its rules.
     */
    public record SectionNote(ClauseNumber number, String title, Message reason) {
    }

    /**
     * A known conflict of the draft between two clauses that both applied in this report: the findings of one may
     * differ from what the other would give, and this says why.
     */
    public record ConflictNote(ClauseNumber clause, ClauseNumber other, Message explanation) {
    }
}
