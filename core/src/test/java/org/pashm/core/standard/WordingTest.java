package org.pashm.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/reading-the-standard.md and {@link Wording} say the same: every reading of the page is a constant, every
 * constant a reading of the page, and a reading whose heading names a strength gives that strength. (Each rule's
 * strength is held to its wording by the registry's strengthsFollowTheirReading check, which every module's tests
 * run when they load the module.)
 */
class WordingTest {

    private static final Path PAGE = Path.of("..", "docs", "reading-the-standard.md");
    private static final Pattern HEADING = Pattern.compile("(?m)^## (R\\d+): .+ → (.+)$");

    /** The strength named at the end of each reading's heading, by anchor ("R1" → "requirement"). */
    private static Map<String, String> headings() throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = HEADING.matcher(Files.readString(PAGE));
        while (m.find()) {
            found.put(m.group(1), m.group(2).trim());
        }
        return found;
    }

    @Test
    void everyReadingOfThePageIsAWordingAndEveryWordingAReadingOfThePage() throws IOException {
        assertThat(headings().keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Wording.values()).map(Wording::anchor).distinct().toList());
    }

    @Test
    void aWordingGivesTheStrengthItsReadingNames() throws IOException {
        Map<String, String> headings = headings();
        for (Wording w : Wording.values()) {
            String named = headings.get(w.anchor());
            Strength strength = Arrays.stream(Strength.values())
                    .filter(s -> named.startsWith(s.name().toLowerCase(Locale.ROOT))).findFirst().orElse(null);
            if (strength != null) {
                assertThat(w.strength()).as(w + " under \"" + named + "\"").isEqualTo(strength);
            } else if (!named.startsWith("the verb decides")) {
                // A reading of how a figure is read leaves the strength to the sentence's verb.
                assertThat(w.strength()).as(w + " under \"" + named + "\"").isNull();
            }
        }
    }

    @Test
    void anOptimumTakesTheStrengthOfItsVerb() {
        // R3 names no single strength: the verb decides, so the two optimum wordings give the two strengths.
        assertThat(Wording.OPTIMUM.strength()).isEqualTo(Strength.ADVICE);
        assertThat(Wording.OPTIMUM_SHALL.strength()).isEqualTo(Strength.REQUIREMENT);
    }

    @Test
    void everyReasonIsShortEnoughForACatalogueCell() {
        for (Wording w : Wording.values()) {
            assertThat(w.reason().length()).as(w.name().toLowerCase(Locale.ROOT)).isLessThan(110);
        }
    }
}
