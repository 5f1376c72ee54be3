package org.pashm.traceability;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a goat of the herd registry is (11.1.3 breeding archives, 11.1.4 the herd's key parameters), in the words of
 * the section modules: each category is one goat of a housing farm's goat-group role ({@code housing.goat-group.role}:
 * {@code stud-bucks}, {@code unmated-bucks}, {@code adult-does}, {@code unmated-does}, {@code kids}), plus castrated
 * males, which 5.18.2 and 6.18.3 make of the male kids not kept for breeding.
 *
 * <p>The other goat words of the modules name groups for one purpose and are not categories of a goat: the hoof
 * classes of 5.18.3 ({@code housing.goat-group.class}: {@code housing-bucks}, {@code housing-does},
 * {@code grazing-goats}) and the herders' groups of 6.9 to 6.11 ({@code nomadic.goat-group.class}: young does,
 * mating groups, rearing groups of kids by age, weaned kids, the herd). The README's "The goat vocabulary" lists them
 * side by side.
 */
public enum GoatCategory {

    /** An adult buck kept for breeding (the housing role {@code stud-bucks}). */
    STUD_BUCK(EnumSet.of(Sex.MALE)),
    /** A buck after weaning, before his first mating (3.10; the housing role {@code unmated-bucks}). */
    UNMATED_BUCK(EnumSet.of(Sex.MALE)),
    /** A doe that has been mated (the housing role {@code adult-does}). */
    ADULT_DOE(EnumSet.of(Sex.FEMALE)),
    /** A doe after weaning, before her first mating (3.10; the housing role {@code unmated-does}). */
    UNMATED_DOE(EnumSet.of(Sex.FEMALE)),
    /** A kid from birth to the end of weaning (3.9; the housing role {@code kids}), of either sex. */
    KID(EnumSet.allOf(Sex.class)),
    /** A male castrated because he is not kept for breeding (5.18.2, 6.18.3). */
    CASTRATED_MALE(EnumSet.of(Sex.MALE));

    // Read once per goat of an import of millions: no stream, no copy of values() per call.
    private static final GoatCategory[] ALL = values();
    private static final List<String> CODES = Arrays.stream(ALL).map(GoatCategory::code).toList();

    private final Set<Sex> sexes;
    private final String code;

    GoatCategory(Set<Sex> sexes) {
        this.sexes = Set.copyOf(sexes);
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code stud-buck}, {@code unmated-buck}, ... */
    public String code() {
        return code;
    }

    /** Whether a goat of {@code sex} can be of this category: bucks and castrated males are male, does female. */
    public boolean admits(Sex sex) {
        return sexes.contains(sex);
    }

    /** The sex a goat of this category must have, or empty when either (a kid). */
    public Optional<Sex> sex() {
        return sexes.size() == 1 ? Optional.of(sexes.iterator().next()) : Optional.empty();
    }

    /** The category of a code, in any case; empty when {@code code} is none. */
    public static Optional<GoatCategory> of(String code) {
        String c = code.strip();
        for (GoatCategory v : ALL) {
            if (v.code.equalsIgnoreCase(c)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Every code, in order. */
    public static List<String> codes() {
        return CODES;
    }
}
