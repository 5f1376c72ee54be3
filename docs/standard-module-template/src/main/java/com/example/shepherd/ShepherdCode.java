package com.example.shepherd;

import java.time.LocalDate;
import java.util.List;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Relation;
import org.pashm.core.evaluation.DecisionRule;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.OverallResult;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.Standard;
import org.pashm.core.standard.StandardRef;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;

/** The Shepherd Code, 2026 edition: two requirements, a pass/fail rule, a crosswalk to ISO 22786. */
public final class ShepherdCode implements StandardModule {

    static final StandardRef CODE = StandardRef.of("shepherd-code", "2026");

    // 1. Vocabulary: what the auditor observes. Codes are global: prefix them with your module's name.
    static final EvidenceCode WATER = EvidenceCode.attestation("shepherd.site.water-always",
            "The goats always have clean water", "Checked at every watering point.", SubjectKind.SITE);
    static final EvidenceCode WORKERS = EvidenceCode.count("shepherd.site.workers-without-contract",
            "number of workers without a written contract", 0, 10_000, "Counted from the payroll.", SubjectKind.SITE);

    // 2. The decision rule: how findings add up to an overall result, in your standard's own words. What a report
    // says is data (a Sentence with its arguments), put into words in the reader's language: each Sentence has a key
    // (begin it with your codes' prefix), its English text in ICU MessageFormat, and is listed in sentences(). Other
    // languages translate the keys in META-INF/pashm/messages/<your module>/<language>.properties.
    static final Sentence DESCRIPTION = Sentence.text("shepherd/decision-rule/description",
            "Passes when every requirement that applies is met.");
    static final Sentence FAILED = Sentence.text("shepherd/decision-rule/fail", "Not every requirement is met.");
    static final Sentence PASSED = Sentence.text("shepherd/decision-rule/pass",
            "Every requirement that applies is met.");

    static final DecisionRule PASS_FAIL = new DecisionRule() {
        @Override
        public Message description() {
            return DESCRIPTION.message();
        }

        @Override
        public List<Sentence> sentences() {
            return List.of(FAILED, PASSED);
        }

        @Override
        public OverallResult decide(List<Finding> findings) {
            boolean failed = findings.stream().anyMatch(f -> f.isNormative() && f.outcome() != Outcome.CONFORMS
                    && f.outcome() != Outcome.NOT_APPLICABLE);
            return new OverallResult(failed ? "fail" : "pass", !failed, failed ? FAILED.message() : PASSED.message());
        }
    };

    @Override
    public List<Standard> standards() {
        // coveringMoreThanAnimals(): clause 2.1 is about people and serves none of the Five Freedoms.
        return List.of(new Standard(CODE, "The Shepherd Code", LocalDate.of(2026, 1, 1), PASS_FAIL)
                .coveringMoreThanAnimals());
    }

    @Override
    public List<Heading> headings() {
        return List.of(Heading.of(CODE, "1", "Animals"), Heading.of(CODE, "2", "People"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return List.of(WATER, WORKERS);
    }

    // 3. The catalogue: every requirement with its number, strength, systems, freedoms and rules.
    @Override
    public List<Clause> clauses() {
        return List.of(
                Clause.of(CODE, "1.1", "Clean water at all times").requirement().bothSystems()
                        .freedoms(Freedom.HUNGER_THIRST)
                        .summary("The goats always have clean water.")
                        .rule(Rules.attested("water", WATER))
                        .build(),
                Clause.of(CODE, "2.1", "Written contracts").requirement().bothSystems()
                        .summary("Every worker has a written contract.")
                        .rule(Rules.atMost("contracts", WORKERS, 0))
                        .build());
    }

    // 4. Optional: how your requirements relate to ISO 22786, so that an ISO audit can be projected onto yours.
    @Override
    public List<Crosswalk> crosswalks() {
        return List.of(Crosswalk.from(CODE).to(Iso22786.DIS_2025)
                .map("1.1", Relation.SUBSET, "ISO asks for clean water at any time, and more.",
                        "5.14.1", "5.14.2", "6.14.1.1")
                .build());
    }
}
