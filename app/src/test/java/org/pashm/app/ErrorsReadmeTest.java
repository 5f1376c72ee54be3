package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pashm.app.problem.Rule;
import org.pashm.core.evidence.EvidenceProblem;

/**
 * The README's "Errors" section and the one list of rule codes say the same: every code the API can answer with is
 * documented, and nothing documented is a code the API does not have.
 */
class ErrorsReadmeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("README.md")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository's root, above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    static List<String> readme() throws IOException {
        List<String> lines = Files.readAllLines(root().resolve("README.md"));
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

    /**
     * Where the app's sources name a problem type: the factories of {@code Problems} and their callers, the request
     * records' {@code @JsonRequest(problem = ...)}, the unique constraints' conflicts. A type built from a prefix
     * ({@code "unknown-" + what}, {@code "http-" + status}) is not read here; its instances are listed by hand.
     */
    private static final List<Pattern> TYPE_IN_SOURCE = List.of(
            Pattern.compile("Problems\\.(?:of|notFound|conflict|invalid|type)\\("
                    + "\\s*(?:\\d{3}\\s*,\\s*)?\"([a-z0-9-]+)\"(?!\\s*\\+)"),
            Pattern.compile("(?<![.\\w])of\\(\\d{3}, \"([a-z0-9-]+)\""),
            Pattern.compile("@JsonRequest\\(problem = \"([a-z0-9-]+)\""),
            Pattern.compile("^\\s+[A-Z_]+\\(\"[a-z_]+\", \"([a-z0-9-]+)\"", Pattern.MULTILINE));

    static Set<String> typesInSource() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root().resolve("app/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                for (Pattern p : TYPE_IN_SOURCE) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        types.add(m.group(1));
                    }
                }
            }
        }
        return types;
    }

    /** Every `code` in the second column of the table headed {@code header}. */
    static Set<String> codesInSecondColumn(List<String> section, String header) {
        int at = section.indexOf(header);
        assertThat(at).as("a table headed '" + header + "'").isNotNegative();
        Set<String> codes = new TreeSet<>();
        for (int i = at + 2; i < section.size() && section.get(i).startsWith("|"); i++) {
            Matcher m = Pattern.compile("`([a-z0-9-]+)`").matcher(section.get(i).split("\\|")[2]);
            while (m.find()) {
                assertThat(codes.add(m.group(1))).as("listed once: " + m.group(1)).isTrue();
            }
        }
        return codes;
    }

    @Test
    void theReadmeSaysWhatToDoForEveryProblemTypeTheCodeAnswers() throws IOException {
        Set<String> documented = codesInSecondColumn(readme(), "| status | type | what happened | what to do |");
        Set<String> inSource = typesInSource();
        // The scan reads what it should: a sample of each place a type is named.
        assertThat(inSource).contains("unauthenticated", "rate-limited", "mass-balance", "invalid-assessment",
                "lot-code-taken", "internal-error", "idempotency-key-reused");
        assertThat(documented).containsAll(inSource);
        // What the README lists beyond the scan is built from a prefix: the objects Access names, and http-<status>.
        Set<String> built = new TreeSet<>(documented);
        built.removeAll(inSource);
        assertThat(built).allMatch(t -> t.startsWith("http-") || t.startsWith("unknown-"), "a type built from a "
                + "prefix");
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
