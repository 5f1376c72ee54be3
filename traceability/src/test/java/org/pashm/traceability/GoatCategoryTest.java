package org.pashm.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The herd registry's categories and the sexes they admit. */
class GoatCategoryTest {

    @ParameterizedTest(name = "a {0} may be female: {1}, male: {2}")
    @CsvSource({"stud-buck, false, true", "unmated-buck, false, true", "adult-doe, true, false",
            "unmated-doe, true, false", "kid, true, true", "castrated-male, false, true"})
    void eachCategoryAdmitsItsSexes(String code, boolean female, boolean male) {
        GoatCategory category = GoatCategory.of(code).orElseThrow();
        assertThat(category.code()).isEqualTo(code);
        assertThat(category.admits(Sex.FEMALE)).isEqualTo(female);
        assertThat(category.admits(Sex.MALE)).isEqualTo(male);
    }

    @Test
    void codesAreReadInAnyCaseAndUnknownOnesAreNone() {
        assertThat(GoatCategory.of(" Stud-Buck ")).contains(GoatCategory.STUD_BUCK);
        assertThat(GoatCategory.of("stud-bucks")).isEmpty();
        assertThat(GoatCategory.of("housing-bucks")).isEmpty();
        assertThat(Sex.of("MALE")).contains(Sex.MALE);
        assertThat(Sex.of("buck")).isEmpty();
    }

    @Test
    void onlyAKidMayBeOfEitherSex() {
        assertThat(GoatCategory.KID.sex()).isEmpty();
        assertThat(GoatCategory.ADULT_DOE.sex()).contains(Sex.FEMALE);
        assertThat(GoatCategory.codes()).containsExactly("stud-buck", "unmated-buck", "adult-doe", "unmated-doe",
                "kid", "castrated-male");
    }
}
