package org.pashm.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.text.Languages;
import org.pashm.text.Renderer;

/**
 * The stored form of a report: read back, it is the report the modules produced (the same findings, facts, messages
 * and summaries), so that it says the same words as the report it was written from, in every language.
 */
class ReportDataTest {

    private static final Registry REGISTRY = Registry.load();
    private static final Languages LANGUAGES = Languages.load(REGISTRY.providers());

    private static Report housingExample() {
        JsonNode example = org.pashm.app.Api.example("housing-farm");
        List<RawObservation> raw = org.pashm.app.Api.observations(example);
        Vocabulary.Validation v = REGISTRY.vocabulary().validate(raw);
        assertThat(v.problems()).isEmpty();
        return REGISTRY.evaluate(Iso22786.DIS_2025, ProductionSystem.HOUSING,
                LocalDate.parse(example.get("assessedOn").asText()), v.observations());
    }

    @Test
    void aStoredReportReadsBackAsTheSameDataAndTheSameWords() throws Exception {
        Report report = housingExample();
        String stored = ReportData.write(report);
        Report read = ReportData.read(stored);
        assertThat(ReportData.write(read)).isEqualTo(stored);
        assertThat(read.findings()).hasSameSizeAs(report.findings());
        for (int i = 0; i < report.findings().size(); i++) {
            var a = report.findings().get(i);
            var b = read.findings().get(i);
            assertThat(b.says()).as(a.clause() + "/" + a.rule()).isEqualTo(a.says());
            assertThat(b.facts()).isEqualTo(a.facts());
            assertThat(b.outcome()).isEqualTo(a.outcome());
            assertThat(b.subject()).isEqualTo(a.subject());
        }
        assertThat(read.total()).isEqualTo(report.total());
        assertThat(read.overall().code()).isEqualTo(report.overall().code());
        for (String tag : LANGUAGES.tags()) {
            Renderer say = LANGUAGES.exactly(tag);
            for (int i = 0; i < report.findings().size(); i++) {
                assertThat(say.explain(read.findings().get(i))).isEqualTo(say.explain(report.findings().get(i)));
            }
            assertThat(say.say(read.overall().explanation())).isEqualTo(say.say(report.overall().explanation()));
        }
    }

    @Test
    void everyArgumentKindSurvivesTheRoundTrip() throws Exception {
        Report report = housingExample();
        String stored = ReportData.write(report);
        // The housing example's messages carry quantities, dates and quoted labels (phrases), and each reads back.
        assertThat(stored).contains("{\"q\":").contains("{\"d\":").contains("{\"ph\":");
        assertThat(ReportData.write(ReportData.read(stored))).isEqualTo(stored);
    }
}
