package org.pashm.app.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5545 3.1's folding, counted in octets. */
class ContentLinesTest {

    private static String unfold(String s) {
        return s.replace("\r\n ", "");
    }

    private static void everyLineAtMost75Octets(String folded) {
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void aLongAsciiLineIsFoldedAt75OctetsWithTheSpaceCounted() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        String folded = ContentLines.fold(line + "\r\n");
        String[] lines = folded.split("\r\n");
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(75);
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void threeOctetCharactersAreNeverSplit() {
        String line = "SUMMARY:" + "绒山羊".repeat(30);          // 8 + 270 octets
        String folded = ContentLines.fold(line + "\r\n");
        everyLineAtMost75Octets(folded);
        // 8 octets of "SUMMARY:" then 22 characters (66 octets) fit the first line; a 23rd would make 77.
        assertThat(folded.split("\r\n")[0]).isEqualTo("SUMMARY:" + ("绒山羊".repeat(8)).substring(0, 22));
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneStaysWhole() {
        String line = "SUMMARY:" + "a".repeat(66) + "\uD83D\uDC10" + "b";  // 74 octets, then a 4-octet goat
        String folded = ContentLines.fold(line + "\r\n");
        assertThat(folded).isEqualTo("SUMMARY:" + "a".repeat(66) + "\r\n \uD83D\uDC10b\r\n");
    }

    @Test
    void ical4jsFoldsAreUndoneBeforeRefolding() {
        String byCharacters = "SUMMARY:" + "羊".repeat(67) + "\r\n " + "羊".repeat(10) + "\r\nEND:VEVENT\r\n";
        String folded = ContentLines.fold(byCharacters);
        everyLineAtMost75Octets(folded);
        assertThat(unfold(folded)).isEqualTo("SUMMARY:" + "羊".repeat(77) + "\r\nEND:VEVENT\r\n");
    }
}
