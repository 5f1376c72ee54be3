package org.pashm.traceability.internal;

import org.pashm.core.evidence.Value;
import org.pashm.core.text.Terms;
import org.pashm.core.text.Sentence;
import org.pashm.core.iso22786.Iso22786Retention;
import org.pashm.core.record.RecordKind;
import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.traceability.FinenessClass;

/**
 * ISO 22786 5.26.2 and 6.26.2: the yearly cashmere inspection before the harvest (identification of each goat, where
 * the sample is taken, how fineness and density are judged), judged per inspection session, and the fineness class of
 * each bag (5.26.2.4, with the class limits of {@link FinenessClass}).
 *
 * <p>5.26.2.2 and 5.26.2.3 are instructions ("Conduct identification", "separate the hair cluster") where their
 * nomadic twins say "shall": both are read as requirements (docs/reading-the-standard.md, R1). The objective
 * measurement of 5.26.2.4 ("is used") is a step of a procedure stated as fact (R2), a requirement like its twin
 * 6.26.2.5; 5.26.2.5 ("can be determined") is a permission (R10), advice, while its twin 6.26.2.6 says "shall".
 */
final class CashmereInspection {

    /** Each fineness class's range in words ("15 µm to 16 µm"), as a text of the bundles. */
    private static final Map<FinenessClass, Sentence> RANGES = ranges();


    // What the inspection rules of 5.26.2 / 6.26.2 say.
    private static final Sentence OUTSIDE_WINDOW = Sentence.of("traceability/cashmere-inspection/outside-window",
            "the inspection was on {day}, outside {opens} to {closes}.", "day", "opens", "closes");
    private static final Sentence WITHIN_WINDOW = Sentence.of("traceability/cashmere-inspection/within-window",
            "the inspection was on {day}, within {opens} to {closes}.", "day", "opens", "closes");
    private static final Sentence BEFORE_HARVEST = Sentence.of("traceability/cashmere-inspection/before-harvest",
            "the inspection on {day} came before the harvest began on {harvest}.", "day", "harvest");
    private static final Sentence NOT_BEFORE_HARVEST = Sentence.of(
            "traceability/cashmere-inspection/not-before-harvest",
            "the inspection on {day} did not come before the harvest, which began on {harvest}.", "day", "harvest");
    private static final Sentence YEAR_MISSING = Sentence.of("traceability/cashmere-inspection/year-missing",
            "the last cashmere inspection was on {last}; the one due in {year} ({opens} to {closes}) is missing.",
            "last", "year", "opens", "closes");
    private static final Sentence YEAR_COVERED = Sentence.of("traceability/cashmere-inspection/year-covered",
            "the last cashmere inspection was on {last}, covering the one due in {year} ({opens} to {closes}).",
            "last", "year", "opens", "closes");
    private static final Sentence FORM_RECORDS = Sentence.text("traceability/cashmere-inspection/form-records",
            "the identification form records");
    private static final Sentence FORM_LACKS = Sentence.text("traceability/cashmere-inspection/form-lacks",
            "the identification form lacks");
    private static final Sentence CLASS_AGREES = Sentence.of("traceability/5.26.2.4/class/agrees",
            "graded {graded}; its measured {diameter} is {measured} ({range}).", "graded", "diameter", "measured",
            "range");
    private static final Sentence CLASS_DISAGREES = Sentence.of("traceability/5.26.2.4/class/disagrees",
            "graded {graded}, but its measured {diameter} is {measured} ({range}).", "graded", "diameter",
            "measured", "range");
    private static final Sentence STOCK_MEASURED = Sentence.of("traceability/cashmere-inspection/stock-measured",
            "the breeding stock's mean fibre diameter was measured: {diameter}.", "diameter");


    /** One cashmere inspection session: the year's inspection, or each day or flock of it when it took several. */
    static final SubjectKind INSPECTION = SubjectKind.of("cashmere-inspection");

    // 5.26.2.1: the inspection is carried out from March to April, read as March 1 to April 30, both included.
    static final MonthDay HOUSING_INSPECTION_OPENS = MonthDay.of(Month.MARCH, 1);
    static final MonthDay HOUSING_INSPECTION_CLOSES = MonthDay.of(Month.APRIL, 30);
    // 6.26.2.1: the same window for nomadic herders, a separate requirement with its own constants.
    static final MonthDay NOMADIC_INSPECTION_OPENS = MonthDay.of(Month.MARCH, 1);
    static final MonthDay NOMADIC_INSPECTION_CLOSES = MonthDay.of(Month.APRIL, 30);

    // 5.26.2.3: the hair cluster is parted 2 cm to 10 cm behind the posterior edge of the shoulder blade and 1 cm to
    // 2 cm above the midline of the body, and the staple is measured with a 20 cm steel ruler. The ruler's 20 cm is
    // read as a minimum: a longer steel ruler measures the same staple, a shorter one is not the instrument named.
    static final Quantity HOUSING_SAMPLE_BEHIND_SHOULDER_MIN = Quantity.of("2", "cm");
    static final Quantity HOUSING_SAMPLE_BEHIND_SHOULDER_MAX = Quantity.of("10", "cm");
    static final Quantity HOUSING_SAMPLE_ABOVE_MIDLINE_MIN = Quantity.of("1", "cm");
    static final Quantity HOUSING_SAMPLE_ABOVE_MIDLINE_MAX = Quantity.of("2", "cm");
    /**
     * 5.26.2.3: "with a 20 cm long steel ruler": a single figure (docs/reading-the-standard.md, R8), met by a ruler
     * whose length rounds to 20 cm (19.5 cm up to, not including, 20.5 cm); read as a minimum before.
     */
    static final Quantity RULER_LENGTH_FIGURE = Quantity.of("20", "cm");
    // 6.26.2.3: the nomadic sampling site, 2 cm to 10 cm behind the shoulder blade and 1 cm to 2 cm above the midline.
    static final Quantity NOMADIC_SAMPLE_BEHIND_SHOULDER_MIN = Quantity.of("2", "cm");
    static final Quantity NOMADIC_SAMPLE_BEHIND_SHOULDER_MAX = Quantity.of("10", "cm");
    static final Quantity NOMADIC_SAMPLE_ABOVE_MIDLINE_MIN = Quantity.of("1", "cm");
    static final Quantity NOMADIC_SAMPLE_ABOVE_MIDLINE_MAX = Quantity.of("2", "cm");

    /** A key parameter the identification form records (5.26.2.2, 6.26.2.2). */
    enum KeyParameter {
        ID_NUMBER("id-number", "ID number of each goat"),
        HERDER_LOCATION("herder-location", "geographic location of the herder"),
        SEX("sex", "sex of each goat"),
        AGE("age", "age of each goat"),
        COAT_COLOUR("coat-colour", "coat colour of each goat"),
        HORN_TYPE("horn-type", "horn type of each goat"),
        THICKNESS("cashmere-thickness", "cashmere thickness of each goat"),
        DENSITY("cashmere-density", "cashmere density of each goat"),
        FIBRE_LENGTH("fibre-length", "fibre length of each goat"),
        FINENESS("fineness", "fibre fineness of each goat");

        final String code;
        final String words;

        KeyParameter(String code, String words) {
            this.code = code;
            this.words = words;
        }
    }

    // 5.26.2.2: the key parameters of a housing farm's identification form.
    static final List<KeyParameter> HOUSING_KEY_PARAMETERS = List.of(KeyParameter.ID_NUMBER, KeyParameter.SEX,
            KeyParameter.AGE, KeyParameter.COAT_COLOUR, KeyParameter.HORN_TYPE, KeyParameter.THICKNESS,
            KeyParameter.DENSITY, KeyParameter.FIBRE_LENGTH, KeyParameter.FINENESS);
    // 6.26.2.2: the key parameters of a nomadic herder's identification, with the herder's location, without horn type.
    static final List<KeyParameter> NOMADIC_KEY_PARAMETERS = List.of(KeyParameter.ID_NUMBER,
            KeyParameter.HERDER_LOCATION, KeyParameter.SEX, KeyParameter.AGE, KeyParameter.COAT_COLOUR,
            KeyParameter.THICKNESS, KeyParameter.DENSITY, KeyParameter.FIBRE_LENGTH, KeyParameter.FINENESS);

    /** One attestation per key parameter: "the identification form records the sex of each goat". */
    static final Map<KeyParameter, EvidenceCode> RECORDS = keyParameterCodes();

    static final EvidenceCode INSPECTED_ON = EvidenceCode.date("traceability.cashmere-inspection.date",
            "inspection day", "The day of the cashmere inspection session, from the inspection records.", INSPECTION);
    static final EvidenceCode HARVEST_START = EvidenceCode.date("traceability.cashmere-inspection.harvest-start",
            "first day of that year's harvest",
            "The first day of the cashmere harvest (combing or shearing) that followed the inspection in the same "
                    + "year, or its planned first day when it has not begun.", INSPECTION);
    static final EvidenceCode LAST_INSPECTION = EvidenceCode.date("traceability.site.last-cashmere-inspection",
            "last cashmere inspection",
            "The day of the site's most recent yearly cashmere inspection, from its inspection records.",
            SubjectKind.SITE);
    static final EvidenceCode SAMPLE_LEFT_SIDE = EvidenceCode.attestation(
            "traceability.cashmere-inspection.sample-left-side", "Fibre samples are taken from the goat's left side",
            "Whether the hair cluster measured is parted on the left side of the goat.", INSPECTION);
    static final EvidenceCode SAMPLE_BEHIND_SHOULDER = EvidenceCode.quantity(
            "traceability.cashmere-inspection.sample-behind-shoulder-blade",
            "sampling distance behind the shoulder blade", "cm", "0", "50",
            "How far behind the posterior edge of the shoulder blade the hair cluster is parted for measurement.",
            INSPECTION);
    static final EvidenceCode SAMPLE_ABOVE_MIDLINE = EvidenceCode.quantity(
            "traceability.cashmere-inspection.sample-above-midline", "sampling height above the body midline", "cm",
            "0", "30", "How far above the midline of the goat's body the hair cluster is parted for measurement.",
            INSPECTION);
    static final EvidenceCode RULER_LENGTH = EvidenceCode.quantity("traceability.cashmere-inspection.ruler-length",
            "length of the steel ruler", "cm", "1", "100",
            "The length of the steel ruler used to measure the staple's thickness and length.", INSPECTION);
    static final EvidenceCode STAPLE_ALONG_CLUSTER = EvidenceCode.attestation(
            "traceability.cashmere-inspection.staple-measured-along-cluster",
            "The staple's thickness and length are measured with a steel ruler along the hair cluster, by the length "
                    + "of most clusters",
            "How the staple layer is measured: along the direction of the parted hair cluster, taking the length of "
                    + "most of the clusters.", INSPECTION);
    static final EvidenceCode SAMPLE_STAPLE_ONLY = EvidenceCode.attestation(
            "traceability.cashmere-inspection.sample-staple-only",
            "The sampled hair cluster is used only to measure the staple's thickness and length",
            "Whether the sample is used for the staple measurement and for nothing else.", INSPECTION);
    static final EvidenceCode FINENESS_GRADED_VISUALLY = EvidenceCode.attestation(
            "traceability.cashmere-inspection.fineness-graded-visually",
            "Fineness is graded by eye against laboratory-referenced cashmere samples",
            "Whether the inspector grades each goat's fineness by comparing its cashmere with reference samples whose "
                    + "fineness a laboratory determined.", INSPECTION);
    static final EvidenceCode BREEDING_STOCK = EvidenceCode.attestation("traceability.site.breeding-stock",
            "The site is a breeding goat farm or keeps a nucleus breeding flock",
            "Whether the site breeds stock for others: a breeding goat farm, or a breeding (nucleus, core) flock with "
                    + "main stud bucks and core does. If not, the objective fibre measurement does not apply.",
            SubjectKind.SITE);
    static final EvidenceCode DIAMETER_MEASURED = EvidenceCode.attestation(
            "traceability.cashmere-inspection.breeding-stock-diameter-measured",
            "The mean fibre diameter of the main stud bucks and core does is measured in µm with a projection "
                    + "microscope",
            "Whether the breeding stock's mean cashmere fibre diameter is measured objectively, with a microscope "
                    + "(projector), for example by ISO 137, and expressed in micrometres.", INSPECTION);
    /**
     * 5.26.2.4, 6.26.2.5: the measured mean fibre diameter of the breeding stock, the measurement the objective method
     * gives. Given, it shows the stock was measured; without it the attestation {@link #DIAMETER_MEASURED} decides.
     */
    static final EvidenceCode STOCK_MEAN_DIAMETER = EvidenceCode.quantity(
            "traceability.cashmere-inspection.breeding-stock-mean-diameter",
            "measured mean fibre diameter of the main stud bucks and core does", "um", "5", "40",
            "The mean cashmere fibre diameter of the breeding stock inspected in the session, as the projection "
                    + "microscope (ISO 137 or equivalent) measured it.", INSPECTION);
    static final EvidenceCode DENSITY_FROM_COAT = EvidenceCode.attestation(
            "traceability.cashmere-inspection.density-judged-from-coat",
            "Cashmere density is judged from the coat's elasticity, the fibre clusters' structure and the skin space",
            "How the inspector judges the density of each goat's cashmere.", INSPECTION);

    static final EvidenceCode BAG_FINENESS = EvidenceCode.choice("traceability.bag.fineness-class",
            "fineness class of the bag", fineness(), "The fineness class the bag's cashmere was graded into and is "
                    + "marked with: fine (under 15 µm), medium (15 µm to 16 µm) or coarse (over 16 µm).",
            SubjectKind.BAG);
    static final EvidenceCode BAG_MEAN_DIAMETER = EvidenceCode.quantity("traceability.bag.mean-fibre-diameter",
            "mean fibre diameter of the bag's cashmere", "um", "5", "40",
            "The mean fibre diameter of the bag's cashmere measured objectively (projection microscope, ISO 137 or "
                    + "equivalent); omit it when the bag was only graded by eye.", SubjectKind.BAG);
    /** The class of a bag can be checked only against a measured diameter; a bag graded by eye alone is not checked. */
    static final Sentence GRADED_BY_EYE = Sentence.text("traceability/5.26.2.4/graded-by-eye",
            "the bag was graded by eye; no mean fibre diameter was measured");
    static final Applicability WHEN_MEASURED = new Applicability(Set.of(BAG_MEAN_DIAMETER.code()),
            e -> e.subject().isNone() || e.quantity(BAG_MEAN_DIAMETER) != null ? null : GRADED_BY_EYE.message());

    static final List<EvidenceCode> CODES = codes();

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "5.26.2.1", "Yearly cashmere inspection in March and April, before the harvest")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Every year the goats' cashmere is inspected between March and April, before cashmere "
                            + "collecting starts.")
                    .rule(window(HOUSING_INSPECTION_OPENS, HOUSING_INSPECTION_CLOSES))
                    .rule(beforeHarvest())
                    .rule(everyYear(HOUSING_INSPECTION_OPENS, HOUSING_INSPECTION_CLOSES))
                    .build(),
            // "Conduct identification ...": an imperative (docs/reading-the-standard.md, R1).
            Clause.of(DIS_2025, "5.26.2.2", "Identification of each goat with its key parameters")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(FEAR_STRESS)
                    .summary("Goats are identified one by one in the order of the individual identification form, "
                            + "which records each goat's ID number, sex, age, coat colour, horn type, cashmere "
                            + "thickness and density, fibre length and fineness.")
                    .rule(keyParameters(HOUSING_KEY_PARAMETERS, "5.26.2.2"))
                    .build(),
            // "... separate the hair cluster and measure ...": an imperative (R1).
            Clause.of(DIS_2025, "5.26.2.3", "Where the fibre sample is taken and how the staple is measured")
                    .readAs(Wording.IMPERATIVE).housing().freedoms(FEAR_STRESS)
                    .summary("The hair cluster is parted on the goat's left side, 2 cm to 10 cm behind the rear edge "
                            + "of the shoulder blade and 1 cm to 2 cm above the body's midline, and the staple's "
                            + "thickness and length are measured along it with a 20 cm steel ruler, by the length of "
                            + "most clusters.")
                    .rule(Rules.attested("left-side", SAMPLE_LEFT_SIDE))
                    .rule(Rules.between("behind-shoulder-blade", SAMPLE_BEHIND_SHOULDER,
                            HOUSING_SAMPLE_BEHIND_SHOULDER_MIN, HOUSING_SAMPLE_BEHIND_SHOULDER_MAX))
                    .rule(Rules.between("above-midline", SAMPLE_ABOVE_MIDLINE, HOUSING_SAMPLE_ABOVE_MIDLINE_MIN,
                            HOUSING_SAMPLE_ABOVE_MIDLINE_MAX))
                    .rule(Rules.roundsTo("ruler", RULER_LENGTH, RULER_LENGTH_FIGURE))
                    .rule(Rules.attested("along-cluster", STAPLE_ALONG_CLUSTER))
                    .build(),
            Clause.of(DIS_2025, "5.26.2.4", "Fineness graded fine, medium or coarse")
                    .requirement().housing().freedoms(FEAR_STRESS)
                    .summary("Fineness is graded by eye against laboratory-referenced samples into fine (under "
                            + "15 µm), medium (15 µm to 16 µm) and coarse (over 16 µm); on breeding farms the mean "
                            + "fibre diameter of the main stud bucks and core does is measured with a projection "
                            + "microscope, in um.")
                    .rule(Rules.attested("visual", FINENESS_GRADED_VISUALLY))
                    // "The objective measurement method is used to measure the mean diameter": a step of a
                    // procedure stated as fact (R2), a requirement as its twin 6.26.2.5's "shall be used" is.
                    .rule(objectiveMeasurement().readAs(Wording.PROCEDURE)
                            .onlyWhen(Applicability.whenAttested(BREEDING_STOCK)))
                    .rule(bagClass().onlyWhen(Packaging.WHEN_PACKED).onlyWhen(WHEN_MEASURED).says(GRADED_BY_EYE))
                    .build(),
            // "The density of cashmere can be determined ...": a permission (R10), so advice.
            Clause.of(DIS_2025, "5.26.2.5", "Cashmere density judged from the coat")
                    .readAs(Wording.PERMISSION).housing().freedoms(FEAR_STRESS)
                    .summary("Cashmere density can be judged from the elasticity of the coat, the structure of the "
                            + "fibre clusters and the space between them on the skin.")
                    .rule(Rules.attested("density", DENSITY_FROM_COAT))
                    .build(),
            Clause.of(DIS_2025, "6.26.2.1", "Yearly cashmere inspection in March and April, before combing")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Every year the goats' cashmere production is inspected between March and April, before "
                            + "the cashmere is combed.")
                    .rule(window(NOMADIC_INSPECTION_OPENS, NOMADIC_INSPECTION_CLOSES))
                    .rule(beforeHarvest())
                    .rule(everyYear(NOMADIC_INSPECTION_OPENS, NOMADIC_INSPECTION_CLOSES))
                    .build(),
            Clause.of(DIS_2025, "6.26.2.2", "Identification of each goat with its key parameters")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("The identification records each goat's ID number, the herder's geographic location, "
                            + "the goat's sex and age, coat colour, cashmere thickness and density, fibre length and "
                            + "fineness.")
                    .rule(keyParameters(NOMADIC_KEY_PARAMETERS, "6.26.2.2"))
                    .build(),
            Clause.of(DIS_2025, "6.26.2.3", "Where the fibre sample is taken, for the staple only")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("The sampled hair cluster is parted on the goat's left side, 2 cm to 10 cm behind the "
                            + "rear edge of the shoulder blade and 1 cm to 2 cm above the body's midline, and is used "
                            + "only to measure the staple's thickness and length.")
                    .rule(Rules.attested("left-side", SAMPLE_LEFT_SIDE))
                    .rule(Rules.between("behind-shoulder-blade", SAMPLE_BEHIND_SHOULDER,
                            NOMADIC_SAMPLE_BEHIND_SHOULDER_MIN, NOMADIC_SAMPLE_BEHIND_SHOULDER_MAX))
                    .rule(Rules.between("above-midline", SAMPLE_ABOVE_MIDLINE, NOMADIC_SAMPLE_ABOVE_MIDLINE_MIN,
                            NOMADIC_SAMPLE_ABOVE_MIDLINE_MAX))
                    .rule(Rules.attested("staple-only", SAMPLE_STAPLE_ONLY))
                    .build(),
            Clause.of(DIS_2025, "6.26.2.4", "Fineness graded by eye against laboratory references")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Fineness is graded by eye, by comparison with cashmere samples whose fineness a "
                            + "laboratory determined.")
                    .rule(Rules.attested("visual", FINENESS_GRADED_VISUALLY))
                    .build(),
            Clause.of(DIS_2025, "6.26.2.5", "Mean fibre diameter of breeding flocks measured objectively")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("In breeding flocks, the mean fibre diameter of the main stud bucks and the does of the "
                            + "nucleus flock is measured with a projection microscope and expressed in um.")
                    .rule(objectiveMeasurement().onlyWhen(Applicability.whenAttested(BREEDING_STOCK)))
                    .build(),
            Clause.of(DIS_2025, "6.26.2.6", "Cashmere density judged from the coat")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Cashmere density is judged from the elasticity of the coat, the structure of the fibre "
                            + "clusters and the space between them on the skin.")
                    .rule(Rules.attested("density", DENSITY_FROM_COAT))
                    .build());

    static final List<Duty> DUTIES = List.of(
            new Duty("cashmere-inspection-housing", DIS_2025, List.of(ClauseNumber.of("5.26.2.1")),
                    "Yearly cashmere inspection",
                    "Inspect the goats' cashmere (identification form, key parameters, staple, fineness, density) "
                            + "between March and April, before the year's cashmere collecting begins.",
                    SubjectKind.SITE, Set.of(ProductionSystem.HOUSING),
                    new Recurrence.YearlyWindow(HOUSING_INSPECTION_OPENS, HOUSING_INSPECTION_CLOSES)),
            new Duty("cashmere-inspection-nomadic", DIS_2025, List.of(ClauseNumber.of("6.26.2.1")),
                    "Yearly cashmere inspection",
                    "Inspect the goats' cashmere production (identification, key parameters, staple, fineness, "
                            + "density) between March and April, before the year's combing begins.",
                    SubjectKind.SITE, Set.of(ProductionSystem.NOMADIC),
                    new Recurrence.YearlyWindow(NOMADIC_INSPECTION_OPENS, NOMADIC_INSPECTION_CLOSES)));

    /** The yearly inspection of either system (5.26.2.1, 6.26.2.1): one kind of record fulfils both duties. */
    static final List<RecordKind> RECORD_KINDS = List.of(RecordKind.of(DIS_2025, "cashmere-inspection",
            "Cashmere inspection").clauses("5.26.2.1", "6.26.2.1").about(SubjectKind.SITE)
            .fulfils("cashmere-inspection-housing", "cashmere-inspection-nomadic")
            .keptAs(Iso22786Retention.RECORD).build());

    private CashmereInspection() {
    }


    /** The inspection session falls within the window of its year. */
    private static Rule.Draft window(MonthDay opens, MonthDay closes) {
        String range = words(opens) + " to " + words(closes);
        return Rules.custom("march-april", "inspection day from " + range, Method.MEASUREMENT, INSPECTION,
                Set.of(INSPECTED_ON), e -> {
                    LocalDate day = e.date(INSPECTED_ON);
                    if (day == null) {
                        return Rules.notObserved(INSPECTED_ON);
                    }
                    MonthDay md = MonthDay.from(day);
                    List<Fact> facts = List.of(Fact.of(INSPECTED_ON, day));
                    return md.isBefore(opens) || md.isAfter(closes)
                            ? Verdict.notMet(facts, OUTSIDE_WINDOW.with(day, opens, closes))
                            : Verdict.met(facts, WITHIN_WINDOW.with(day, opens, closes));
                }).says(OUTSIDE_WINDOW, WITHIN_WINDOW);
    }

    /** The inspection session precedes the first day of that year's harvest. */
    private static Rule.Draft beforeHarvest() {
        return Rules.custom("before-harvest", "inspection day before the first day of that year's harvest",
                Method.MEASUREMENT, INSPECTION, Set.of(INSPECTED_ON, HARVEST_START), e -> {
                    LocalDate day = e.date(INSPECTED_ON);
                    LocalDate harvest = e.date(HARVEST_START);
                    if (day == null) {
                        return Rules.notObserved(INSPECTED_ON);
                    }
                    if (harvest == null) {
                        return Rules.notObserved(HARVEST_START);
                    }
                    List<Fact> facts = List.of(Fact.of(INSPECTED_ON, day), Fact.of(HARVEST_START, harvest));
                    return day.isBefore(harvest)
                            ? Verdict.met(facts, BEFORE_HARVEST.with(day, harvest))
                            : Verdict.notMet(facts, NOT_BEFORE_HARVEST.with(day, harvest));
                }).says(BEFORE_HARVEST, NOT_BEFORE_HARVEST);
    }

    /**
     * The site's last inspection is no older than the latest window that has closed: assessed after April 30, this
     * year's inspection is owed; assessed earlier, last year's.
     */
    private static Rule.Draft everyYear(MonthDay opens, MonthDay closes) {
        String range = words(opens) + " to " + words(closes);
        return Rules.custom("every-year", "a cashmere inspection every year, from " + range, Method.MEASUREMENT,
                SubjectKind.SITE, Set.of(LAST_INSPECTION), e -> {
                    LocalDate last = e.date(LAST_INSPECTION);
                    if (last == null) {
                        return Rules.notObserved(LAST_INSPECTION);
                    }
                    LocalDate today = e.assessedOn();
                    int year = today.isAfter(closes.atYear(today.getYear())) ? today.getYear() : today.getYear() - 1;
                    LocalDate owedFrom = opens.atYear(year);
                    List<Fact> facts = List.of(Fact.of(LAST_INSPECTION, last));
                    // The year is a calendar year, said as it is (no digit grouping).
                    String owedYear = Integer.toString(year);
                    return last.isBefore(owedFrom)
                            ? Verdict.notMet(facts, YEAR_MISSING.with(last, owedYear, opens, closes))
                            : Verdict.met(facts, YEAR_COVERED.with(last, owedYear, opens, closes));
                }).says(YEAR_MISSING, YEAR_COVERED);
    }

    private static Rule.Draft keyParameters(List<KeyParameter> parameters, String clause) {
        List<Rules.Item> items = new ArrayList<>(parameters.size());
        for (KeyParameter p : parameters) {
            items.add(new Rules.Item(RECORDS.get(p), p.words));
        }
        return Rules.allOf("key-parameters", "the identification form records every key parameter " + clause
                + " lists", INSPECTION, FORM_RECORDS, FORM_LACKS, items);
    }

    /** 5.26.2.4: the class a bag is graded into agrees with the class of its measured mean fibre diameter. */
    private static Rule.Draft bagClass() {
        return Rules.custom("class", "the bag's fineness class agrees with its measured mean fibre diameter (fine "
                        + "under 15 µm, medium 15 µm to 16 µm, coarse over 16 µm)", Method.MEASUREMENT, SubjectKind.BAG,
                Set.of(BAG_FINENESS, BAG_MEAN_DIAMETER), e -> {
                    String graded = e.choice(BAG_FINENESS);
                    BigDecimal um = e.quantity(BAG_MEAN_DIAMETER);
                    if (graded == null) {
                        return Rules.notObserved(BAG_FINENESS);
                    }
                    if (um == null) {
                        return Rules.notObserved(BAG_MEAN_DIAMETER);
                    }
                    FinenessClass measured = FinenessClass.of(um);
                    List<Fact> facts = List.of(Fact.observed(e, BAG_FINENESS), Fact.observed(e, BAG_MEAN_DIAMETER));
                    Value diameter = e.value(BAG_MEAN_DIAMETER);
                    return measured.code().equals(graded)
                            ? Verdict.met(facts, CLASS_AGREES.with(Terms.choice(BAG_FINENESS, graded), diameter,
                                    Terms.choice(BAG_FINENESS, measured.code()), RANGES.get(measured).message()))
                            : Verdict.notMet(facts, CLASS_DISAGREES.with(Terms.choice(BAG_FINENESS, graded), diameter,
                                    Terms.choice(BAG_FINENESS, measured.code()), RANGES.get(measured).message()));
                }).says(CLASS_AGREES, CLASS_DISAGREES).says(RANGES.values().toArray(Sentence[]::new));
    }


    private static Map<FinenessClass, Sentence> ranges() {
        Map<FinenessClass, Sentence> ranges = new EnumMap<>(FinenessClass.class);
        for (FinenessClass c : FinenessClass.values()) {
            ranges.put(c, Sentence.text("traceability/fineness/" + c.code() + "/range", c.range()));
        }
        return ranges;
    }

    private static Map<KeyParameter, EvidenceCode> keyParameterCodes() {
        Map<KeyParameter, EvidenceCode> codes = new EnumMap<>(KeyParameter.class);
        for (KeyParameter p : KeyParameter.values()) {
            codes.put(p, EvidenceCode.attestation("traceability.cashmere-inspection.records-" + p.code,
                    "The identification form records the " + p.words,
                    "Whether the inspection's identification form has the " + p.words + " filled in, for every goat "
                            + "inspected.", INSPECTION));
        }
        return Map.copyOf(codes);
    }

    private static List<String> fineness() {
        List<String> codes = new ArrayList<>(3);
        for (FinenessClass c : FinenessClass.values()) {
            codes.add(c.code());
        }
        return codes;
    }

    private static String words(MonthDay day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
    }

    /**
     * 5.26.2.4, 6.26.2.5: the breeding stock's mean fibre diameter is measured objectively. A measured diameter
     * shows it was; only without one does the auditor's attestation decide.
     */
    private static Rule.Draft objectiveMeasurement() {
        Rule.Draft measured = Rules.custom("objective", "a measured mean fibre diameter of the main stud bucks and core "
                + "does", Method.MEASUREMENT, INSPECTION, Set.of(STOCK_MEAN_DIAMETER), e -> {
                    if (e.quantity(STOCK_MEAN_DIAMETER) == null) {
                        return Rules.notObserved(STOCK_MEAN_DIAMETER);
                    }
                    return Verdict.met(List.of(Fact.observed(e, STOCK_MEAN_DIAMETER)),
                            STOCK_MEASURED.with(e.value(STOCK_MEAN_DIAMETER)));
                }).says(STOCK_MEASURED);
        return Rules.measuredElseAttested(measured, DIAMETER_MEASURED);
    }

    private static List<EvidenceCode> codes() {
        List<EvidenceCode> all = new ArrayList<>(List.of(INSPECTED_ON, HARVEST_START, LAST_INSPECTION));
        for (KeyParameter p : KeyParameter.values()) {
            all.add(RECORDS.get(p));
        }
        all.addAll(List.of(SAMPLE_LEFT_SIDE, SAMPLE_BEHIND_SHOULDER, SAMPLE_ABOVE_MIDLINE, RULER_LENGTH,
                STAPLE_ALONG_CLUSTER, SAMPLE_STAPLE_ONLY, FINENESS_GRADED_VISUALLY, BREEDING_STOCK, DIAMETER_MEASURED,
                STOCK_MEAN_DIAMETER, DENSITY_FROM_COAT, BAG_FINENESS, BAG_MEAN_DIAMETER));
        return List.copyOf(all);
    }
}
