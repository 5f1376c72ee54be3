package org.pashm.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClauseNumberTest {

    @Test
    void ordersNumericallyNotAlphabetically() {
        List<String> sorted = Stream.of("5.10.1", "5.9.1.2", "5.2.2.1", "5.2", "11.1.7", "5")
                .map(ClauseNumber::of).sorted().map(ClauseNumber::toString).toList();
        assertThat(sorted).containsExactly("5", "5.2", "5.2.2.1", "5.9.1.2", "5.10.1", "11.1.7");
    }

    @Test
    void knowsItsSectionAndWhatItLiesWithin() {
        ClauseNumber n = ClauseNumber.of("5.18.3");
        assertThat(n.section()).isEqualTo(ClauseNumber.of("5"));
        assertThat(n.isWithin(ClauseNumber.of("5.18"))).isTrue();
        assertThat(n.isWithin(ClauseNumber.of("5.1"))).isFalse();
        assertThat(ClauseNumber.of("5.1").isWithin(n)).isFalse();
    }

    @Test
    void refusesWhatIsNotAClauseNumber() {
        for (String bad : List.of("", "5.", ".5", "5..3", "5.0", "a.1", "05.1")) {
            assertThatThrownBy(() -> ClauseNumber.of(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a clause number");
        }
    }
}
