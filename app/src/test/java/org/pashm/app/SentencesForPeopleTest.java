package org.pashm.app;

import org.pashm.text.Languages;
import org.pashm.text.Renderer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pashm.core.evaluation.Evaluator;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Report;
import org.pashm.core.evidence.Evidence;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.evidence.Vocabulary;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.registry.Registry;
import org.pashm.core.standard.ProductionSystem;

/**
 * Issue 16: every sentence of every shipped example's report, and every rule's statement, reads as people write:
 * units as people write them (°C, m², µm, days), no number carried to ten places by a unit conversion, "an" before
 * a vowel. The modules' own judges build sentences too, so this reads what all of them say, not one factory.
 */
class SentencesForPeopleTest {

    /** A number followed by a UCUM code where people write a symbol or a word. */
    private static final Pattern UCUM_UNIT = Pattern.compile(
            "(?<![\\w.])\\d+(\\.\\d+)? (Cel|m2|m3|cm2|mg/m3|ug/m3|um|deg|L/d|d|mo|wk|a)(?![\\w/²³])");
    private static final Pattern LONG_DECIMAL = Pattern.compile("\\d\\.\\d{5,}");
    private static final Pattern WRONG_ARTICLE = Pattern.compile("\\ba (a|e|i|o)\\w*", Pattern.CASE_INSENSITIVE);

    private static final Registry REGISTRY = Registry.load();
    private static final Languages LANGUAGES = Languages.load(REGISTRY.providers());
    private static final Renderer EN = LANGUAGES.english();
    private static final Renderer ZH = LANGUAGES.exactly("zh-Hans");

    private static List<String> problems(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(UCUM_UNIT, LONG_DECIMAL, WRONG_ARTICLE)) {
            var m = p.matcher(text);
            if (m.find()) {
                found.add(where + ": '" + m.group() + "' in \"" + text + "\"");
            }
        }
        return found;
    }

    @Test
    void everyReportSentenceOfEveryShippedExampleReadsAsPeopleWrite() throws IOException {
        List<String> names = ExampleFiles.shipped();
        assertThat(names).contains("housing-farm", "nomadic-household");
        List<String> found = new ArrayList<>();
        int sentences = 0;
        for (String name : names) {
            JsonNode example = Api.example(name);
            List<RawObservation> raw = Api.observations(example);
            Vocabulary.Validation v = REGISTRY.vocabulary().validate(raw);
            assertThat(v.problems()).as(name).isEmpty();
            for (ProductionSystem system : ProductionSystem.values()) {
                Evaluator evaluator = REGISTRY.evaluator(Iso22786.DIS_2025, system);
                // Judged on each system whose clauses read all of it, as the API would take it.
                if (raw.stream().anyMatch(o -> evaluator.unreadBecause(o.code()) != null)) {
                    continue;
                }
                Report report = evaluator.evaluate(Evidence.of(v.observations()),
                        LocalDate.parse(example.get("assessedOn").asText()));
                for (Finding f : report.findings()) {
                    sentences++;
                    found.addAll(problems(name + " " + f.clause() + "/" + f.rule(), EN.explain(f)));
                    // Every sentence says itself in Chinese too, from the bundles alone, with nothing left unfilled.
                    ZH.begin();
                    String zh = ZH.explain(f);
                    if (ZH.fellBackToEnglish() || zh.contains("{") || zh.isBlank()) {
                        found.add(name + " " + f.clause() + "/" + f.rule() + " in zh-Hans: \"" + zh + "\"");
                    }
                }
            }
        }
        assertThat(sentences).as("sentences read").isGreaterThan(1000);
        assertThat(found).isEmpty();
    }

    @Test
    void everyRuleStatementReadsAsPeopleWrite() {
        List<String> found = new ArrayList<>();
        REGISTRY.clauses(Iso22786.DIS_2025).forEach(c -> c.rules()
                .forEach(r -> found.addAll(problems(c.number() + "/" + r.id(), r.statement()))));
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternsFindWhatTheyAreFor() {
        assertThat(problems("t", "temperature is 17.7777777778 Cel")).hasSize(2);
        assertThat(problems("t", "attested: a attestation")).hasSize(1);
        assertThat(problems("t", "weaned at 90 d")).hasSize(1);
        assertThat(problems("t", "temperature is 17.8 °C; 145 m² for 100 goats; an adult doe; 90 days")).isEmpty();
    }
}
