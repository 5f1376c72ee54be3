package org.pashm.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.transport.Transports.evaluate;
import static org.pashm.transport.Transports.outcome;
import static org.pashm.transport.Transports.site;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ClauseNumber;

/**
 * 12: goats are killed by the methods of the WOAH Terrestrial Animal Health Code, chapter 7.6. The clause is one
 * unnumbered paragraph under heading 12, so it is catalogued as clause 12.
 */
class Clause_12_KillingTest {

    @ParameterizedTest(name = "12 site kills goats = {0}, by WOAH 7.6 methods = {1} -> {2}")
    @CsvSource({
            "true,  true,  conforms",
            "true,  false, nonconformity",
            "true,  ,      not-assessed",
            ",      true,  conforms",
            ",      ,      not-assessed",
            "false, ,      not-applicable"})
    void killingByWoahMethods_12(Boolean kills, Boolean woah, String expected) {
        List<RawObservation> raw = new ArrayList<>();
        if (kills != null) {
            raw.add(site("kills-goats", kills));
        }
        if (woah != null) {
            raw.add(site("killing-per-woah-code", woah));
        }
        assertThat(outcome(evaluate(raw), "12", "woah-methods")).isEqualTo(Outcome.fromCode(expected));
    }

    @Test
    void clause12IsBothAHeadingAndItsOnlyParagraph_12() {
        var twelve = ClauseNumber.of("12");
        assertThat(Transports.REGISTRY.heading(DIS_2025, twelve)).get()
                .satisfies(h -> assertThat(h.title()).isEqualTo("Killing of goats"));
        assertThat(Transports.REGISTRY.clause(DIS_2025, twelve)).get()
                .satisfies(c -> assertThat(c.summary()).contains("chapter 7.6"));
        var report = evaluate(List.of(site("kills-goats", true), site("killing-per-woah-code", true)));
        assertThat(report.sections()).filteredOn(s -> s.number().equals(twelve)).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("Killing of goats"));
    }
}
