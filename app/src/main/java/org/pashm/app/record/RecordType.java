package org.pashm.app.record;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pashm.traceability.Retention;

/**
 * The kinds of record a farm or household keeps: work done (which may fulfil a duty of the standard) and the events
 * that start a duty (a kid cohort's birth starts 5.18.2's castration, a harvest injury 5.19.1.5's observation).
 * Each says which subjects it is about and which duties it can fulfil; the record's duty is the one of those that
 * its subject owes (a hoof repair of a group of class housing-bucks fulfils hoof-repair-housing-bucks).
 */
public enum RecordType {
    HOOF_REPAIR("hoof-repair", List.of("goat-group"),
            List.of("hoof-repair-housing-bucks", "hoof-repair-housing-does", "hoof-repair-grazing-goats")),
    /** 5.16.5: with its results (major nutrients, pH, organic matter). Grazing-land evaluation, kept 10 years. */
    SOIL_TEST("soil-test", List.of("land-parcel"), List.of("soil-testing")),
    /** 6.16.4: with who took part (11.2.4: herders and the local authority). Kept 10 years (11.1.2). */
    RANGELAND_MONITORING("rangeland-monitoring", List.of("site"), List.of("rangeland-monitoring")),
    CASHMERE_INSPECTION("cashmere-inspection", List.of("site"),
            List.of("cashmere-inspection-housing", "cashmere-inspection-nomadic")),
    HARVEST("harvest", List.of("site"), List.of("cashmere-harvest", "nomadic-harvest")),
    CASTRATION("castration", List.of("goat-group", "site"),
            List.of("castration-non-breeding-kids", "nomadic-castration")),
    VACCINATION("vaccination", List.of("site", "goat-group", "goat"), List.of()),
    STAFF_TRAINING("staff-training", List.of("site"), List.of()),
    VEHICLE_INSPECTION("vehicle-inspection", List.of("vehicle"), List.of("vehicle-inspection")),
    INJURY_OBSERVATION("injury-observation", List.of("goat"),
            List.of("observation-after-harvest-injury", "nomadic-injury-observation")),
    /** Event: a kid cohort born (goat group), which starts the castration duty of 5.18.2. */
    BIRTH("birth", List.of("goat-group"), List.of()),
    /** Event: a goat's skin injured at harvest, which starts the week of observation of 5.19.1.5 and 6.19.1.5. */
    HARVEST_INJURY("harvest-injury", List.of("goat"), List.of()),
    /** Work for a duty no other type names (a module's own duty): the record names the duty. */
    OTHER("other", null, null),
    /** Voids an earlier record; made by POST .../records/{id}/void. */
    VOID("void", null, List.of());

    private final String code;
    private final List<String> subjectKinds;
    private final List<String> duties;

    RecordType(String code, List<String> subjectKinds, List<String> duties) {
        this.code = code;
        this.subjectKinds = subjectKinds;
        this.duties = duties;
    }

    public String code() {
        return code;
    }

    /** The kinds of subject it may be about; null: any. */
    public List<String> subjectKinds() {
        return subjectKinds;
    }

    /** The duties it may fulfil; null: any (the record names it). */
    public List<String> duties() {
        return duties;
    }

    /** How long clause 11 keeps it. */
    public Retention retention() {
        return this == SOIL_TEST || this == RANGELAND_MONITORING ? Retention.GRAZING_LAND_EVALUATION : Retention.RECORD;
    }

    public static Optional<RecordType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** The types a client may post (void has an endpoint of its own). */
    public static List<String> postable() {
        return Arrays.stream(values()).filter(t -> t != VOID).map(RecordType::code).toList();
    }
}
