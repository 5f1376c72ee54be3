package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pashm.app.problem.Rule;
import org.pashm.core.evidence.EvidenceProblem;

/**
 * The README's "Errors" section and the one list of rule codes say the same: every code the API can answer with is
 * documented, and nothing documented is a code the API does not have.
 */
class ErrorsReadmeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");

    static List<String> readme() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("README.md")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's root, above " + Path.of("").toAbsolutePath()).isNotNull();
        List<String> lines = Files.readAllLines(dir.resolve("README.md"));
        int start = lines.indexOf("## Errors");
        assertThat(start).as("a section '## Errors' in README.md").isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start, end);
    }

    /** The first column of the table whose header row is {@code header}. */
    static List<String> column(List<String> section, String header) {
        int at = section.indexOf(header);
        assertThat(at).as("a table headed '" + header + "'").isNotNegative();
        List<String> first = new ArrayList<>();
        for (int i = at + 2; i < section.size() && section.get(i).startsWith("|"); i++) {
            Matcher m = ROW.matcher(section.get(i));
            assertThat(m.find()).as("a row starting with a `code`: " + section.get(i)).isTrue();
            first.add(m.group(1));
        }
        return first;
    }

    @Test
    void theReadmeListsEveryRuleCodeOnce() throws IOException {
        List<String> documented = column(readme(), "| rule | meaning |");
        assertThat(documented).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values()).map(Rule::code).toList());
    }

    @Test
    void theReadmeListsTheExtensionMembersTheModelTestAccepts() throws IOException {
        assertThat(column(readme(), "| extension member | in | what it holds |"))
                .containsExactlyInAnyOrderElementsOf(ProblemAnswers.EXTENSIONS);
    }

    @Test
    void everyCodeIsKebabCaseAndReadsBack() {
        for (Rule r : Rule.values()) {
            assertThat(r.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(Rule.fromCode(r.code())).isSameAs(r);
        }
    }

    @Test
    void theUnifiedSynonymsAreGone() {
        for (String old : List.of("in-future", "requires-standard", "wrong-subject-kind", "implausible",
                "too-many-rows")) {
            assertThat(Arrays.stream(Rule.values()).map(Rule::code)).as(old).doesNotContain(old);
        }
    }

    @Test
    void everyRuleOfTheEvidenceVocabularyKeepsItsCode() {
        for (EvidenceProblem.Rule r : EvidenceProblem.Rule.values()) {
            assertThat(Rule.of(r).code()).isEqualTo(r.code());
        }
    }
}
