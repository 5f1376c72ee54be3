package org.pashm.kashmina;

import static org.pashm.kashmina.SupplierCode.EDITION_1;
import static org.pashm.kashmina.SupplierEvidence.ADAPTED_FACILITIES;
import static org.pashm.kashmina.SupplierEvidence.CLEAN_WATER;
import static org.pashm.kashmina.SupplierEvidence.CLEAN_WORKPLACE;
import static org.pashm.kashmina.SupplierEvidence.EMPLOYEES;
import static org.pashm.kashmina.SupplierEvidence.EQUAL_RIGHTS;
import static org.pashm.kashmina.SupplierEvidence.EQUAL_WAGES;
import static org.pashm.kashmina.SupplierEvidence.MEN_IN_MANAGEMENT;
import static org.pashm.kashmina.SupplierEvidence.NO_UNNECESSARY_STRESS;
import static org.pashm.kashmina.SupplierEvidence.PAID_VACATION;
import static org.pashm.kashmina.SupplierEvidence.SHELTER;
import static org.pashm.kashmina.SupplierEvidence.SUITABLE_FOOD;
import static org.pashm.kashmina.SupplierEvidence.SUITABLE_GRAZING;
import static org.pashm.kashmina.SupplierEvidence.TRACEABLE_TO_ANIMAL;
import static org.pashm.kashmina.SupplierEvidence.TRACEABLE_TO_FARM;
import static org.pashm.kashmina.SupplierEvidence.VIABLE_SALARY;
import static org.pashm.kashmina.SupplierEvidence.WITH_CONTRACT;
import static org.pashm.kashmina.SupplierEvidence.WOMEN_IN_MANAGEMENT;
import static org.pashm.kashmina.SupplierEvidence.employsPeople;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.pashm.core.crosswalk.Crosswalk;
import org.pashm.core.crosswalk.Relation;
import org.pashm.core.duty.Duty;
import org.pashm.core.duty.Recurrence;
import org.pashm.core.evaluation.Fact;
import org.pashm.core.text.Sentence;
import org.pashm.core.evaluation.Method;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evaluation.Verdict;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.iso22786.Iso22786;
import org.pashm.core.record.RecordField;
import org.pashm.core.record.RecordKind;
import org.pashm.core.record.Retention;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Heading;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Standard;

/**
 * Kashmina's supplier code as a standard module: its edition, its nine requirements in three areas, the evidence
 * they read, and the crosswalk from its requirements to ISO 22786 DIS-2025.
 *
 * <p>Every requirement is a "must" of the code and applies to any supplier, housing farm or nomadic household. The
 * working conditions serve none of the Five Freedoms (they are about people); the animal requirements serve the
 * freedoms they name; traceability of the fibre serves none. It has one recurring duty, the monthly check of each
 * water source (2.2), recorded as a {@code water-check}.
 */
public final class KashminaSupplierCode implements StandardModule {

    /** Each water source the animals drink from (a well, a spring, a tank), registered as a subject of the site. */
    static final SubjectKind WATER_SOURCE = SubjectKind.of("water-source");

    /** 2.2: clean water at all times. The code has the supplier check each source once a month. */
    static final Duty WATER_SOURCE_CHECK = new Duty("water-source-check", EDITION_1,
            List.of(ClauseNumber.of("2.2")), "Monthly check of each water source",
            "Check that each water source the animals drink from is clean and gives enough water.", WATER_SOURCE,
            Set.of(ProductionSystem.values()), new Recurrence.Every(Period.ofMonths(1)));

    /** 3.1: the supplier keeps its records for three years, so that the fibre can be traced to them. */
    static final Retention SUPPLIER_RECORD = Retention.atLeast("supplier-record", Period.ofYears(3), "3.1");

    /** The check of a water source, with what it found. */
    static final RecordKind WATER_CHECK = RecordKind.of(EDITION_1, "water-check", "Water source check")
            .clauses("2.2").about(WATER_SOURCE).fulfils(WATER_SOURCE_CHECK.id())
            .field(RecordField.yesNo("clean", "Whether the water was clean"))
            .field(RecordField.choice("flow", List.of("ample", "enough", "short"), "How much water the source gave"))
            .field(RecordField.number("temperature", "0", "40", "Cel", "The water's temperature").optional())
            .keptAs(SUPPLIER_RECORD).build();

    static Clause.Builder requirement(String number, String title) {
        return Clause.of(EDITION_1, number, title).requirement().bothSystems();
    }

    // 1.3's sentences: {employees} the employees counted, {without} those with no contract that secures them.
    static final Sentence ALL_CONTRACTS = Sentence.of("kashmina/1.3/every-employee/all",
            "{employees, plural, one {the only employee has} other {all # employees have}} a contract that secures "
                    + "them.", "employees");
    static final Sentence CONTRACTS_MISSING = Sentence.of("kashmina/1.3/every-employee/missing",
            "{without} of {employees} {employees, plural, one {employee has} other {employees have}} no contract "
                    + "that secures them.", "without", "employees");

    /** "Employment contracts that secure the employee": every employee has one. */
    static Rule.Draft everyEmployeeHasAContract() {
        return Rules.custom("every-employee", "every employee has an employment contract that secures them",
                Method.MEASUREMENT, SubjectKind.SITE, Set.of(EMPLOYEES, WITH_CONTRACT), e -> {
                    Long employees = e.count(EMPLOYEES);
                    Long with = e.count(WITH_CONTRACT);
                    if (employees == null) {
                        return Rules.notObserved(EMPLOYEES);
                    }
                    if (with == null) {
                        return Rules.notObserved(WITH_CONTRACT);
                    }
                    List<Fact> facts = List.of(Fact.of(EMPLOYEES, employees), Fact.of(WITH_CONTRACT, with));
                    return with >= employees
                            ? Verdict.met(facts, ALL_CONTRACTS.with(employees))
                            : Verdict.notMet(facts, CONTRACTS_MISSING.with(employees - with, employees));
                }).says(ALL_CONTRACTS, CONTRACTS_MISSING);
    }

    @Override
    public List<Standard> standards() {
        return List.of(SupplierCode.EDITION_1_STANDARD);
    }

    @Override
    public List<Duty> duties() {
        return List.of(WATER_SOURCE_CHECK);
    }

    @Override
    public List<RecordKind> recordKinds() {
        return List.of(WATER_CHECK);
    }

    @Override
    public List<Heading> headings() {
        return List.of(Heading.of(EDITION_1, "1", "Working conditions"),
                Heading.of(EDITION_1, "2", "Animal welfare"),
                Heading.of(EDITION_1, "3", "Raw material"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return SupplierEvidence.ALL;
    }

    @Override
    public List<Clause> clauses() {
        return List.of(
                requirement("1.1", "A viable salary and paid vacation")
                        .summary("Every employee is paid a salary they can live on and has paid vacation.")
                        .rule(Rules.attested("viable-salary", VIABLE_SALARY).onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .rule(Rules.attested("paid-vacation", PAID_VACATION).onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .build(),
                requirement("1.2", "A clean workplace with adapted facilities")
                        .summary("The workplace is clean and its facilities are adapted to the work and the people.")
                        .rule(Rules.attested("clean", CLEAN_WORKPLACE).onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .rule(Rules.attested("adapted-facilities", ADAPTED_FACILITIES).onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .build(),
                requirement("1.3", "Employment contracts that secure the employee")
                        .summary("Every employee has an employment contract that protects them.")
                        .rule(everyEmployeeHasAContract().onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .build(),
                requirement("1.4", "Equal rights and wages without discrimination")
                        .summary("Rights and wages do not discriminate by gender, religion, caste, sexual "
                                + "orientation or political views.")
                        .rule(Rules.attested("equal-rights", EQUAL_RIGHTS).onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .rule(Rules.attested("equal-wages", EQUAL_WAGES).onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .build(),
                requirement("1.5", "Management of both sexes")
                        .summary("The management of the company includes at least one woman and at least one man.")
                        .rule(Rules.atLeast("women", WOMEN_IN_MANAGEMENT, 1).onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .rule(Rules.atLeast("men", MEN_IN_MANAGEMENT, 1).onlyWhen(employsPeople()).says(SupplierEvidence.EMPLOYS_NO_ONE))
                        .build(),
                requirement("2.1", "Grazing in a suitable area, with shelter when needed")
                        .freedoms(Freedom.NORMAL_BEHAVIOUR, Freedom.DISCOMFORT)
                        .summary("The animals graze in a suitable area and have dedicated space to seek shelter "
                                + "when needed.")
                        .rule(Rules.attested("suitable-grazing", SUITABLE_GRAZING))
                        .rule(Rules.attested("shelter", SHELTER))
                        .build(),
                requirement("2.2", "Clean water and suitable food at all times")
                        .freedoms(Freedom.HUNGER_THIRST)
                        .summary("The animals always have access to clean water and to food suitable for good "
                                + "health.")
                        .rule(Rules.attested("clean-water", CLEAN_WATER))
                        .rule(Rules.attested("suitable-food", SUITABLE_FOOD))
                        .build(),
                requirement("2.3", "Treatment without unnecessary stress")
                        .freedoms(Freedom.FEAR_STRESS)
                        .summary("The animals are treated in a way that does not create unnecessary stress.")
                        .rule(Rules.attested("no-unnecessary-stress", NO_UNNECESSARY_STRESS))
                        .build(),
                requirement("3.1", "Raw fibre traceable to farms and individual animals")
                        .summary("The raw cashmere can be traced back to the farms and the individual animals it "
                                + "came from.")
                        .rule(Rules.attested("to-farm", TRACEABLE_TO_FARM))
                        .rule(Rules.attested("to-animal", TRACEABLE_TO_ANIMAL))
                        .build());
    }

    /**
     * How the code's requirements relate to ISO 22786 DIS-2025. Requirements 1.3 (contracts), 1.4 (equal rights)
     * and 1.5 (management of both sexes) have no counterpart in ISO 22786, which leaves social responsibility to
     * ISO 26000 (4.1): an ISO assessment leaves them "not assessed".
     */
    @Override
    public List<Crosswalk> crosswalks() {
        return List.of(Crosswalk.from(EDITION_1).to(Iso22786.DIS_2025)
                .map("1.1", Relation.INTERSECT, "ISO 22786 asks that employment follows labour law (5.12.5; herders "
                        + "6.12.1.3), which sets minimum wages and paid leave in many places, but not a salary one "
                        + "can live on.", "5.12.5#labour-law", "6.12.1.3#labour-law")
                .map("1.2", Relation.INTERSECT, "ISO 22786 asks for a system that secures employees' health and safety "
                        + "(5.12.5; herders 6.12.1.3), which overlaps a clean workplace with adapted facilities "
                        + "without naming them.", "5.12.5#employee-system", "6.12.1.3#monitoring")
                .map("2.1", Relation.SUBSET, "ISO 22786 asks that housed goats graze where the grassland suits it and "
                        + "have shelter from weather and wild animals when out (5.4.3, 5.3.5), and that nomadic herds "
                        + "have seasonal shelters and rangelands for all four seasons (6.1.1, 6.16.1): all the code "
                        + "asks, in more detail.", "5.4.3#grazing", "5.3.5#grazing-shelter", "6.1.1", "6.16.1")
                .map("2.2", Relation.SUBSET, "ISO 22786 asks for sufficient clean water at any time from safe "
                        + "sources and for sound, complete feed (5.13, 5.14; nomadic 6.13, 6.14 and the forage and "
                        + "water of 6.16.1): all the code asks, and more.",
                        "5.13", "5.14", "6.13", "6.14", "6.16.1#forage-water-minerals")
                .map("2.3", Relation.SUPERSET, "The code asks that no treatment creates unnecessary stress; ISO "
                        + "22786's rules on gentle handling at the harvest, when herding and when loading are each "
                        + "part of that, and a breach of one is a breach of the code.",
                        "5.19.1.2", "5.24.3", "5.25.4", "6.16.5", "6.19.1.2", "6.24.4", "6.24.10", "9.1.2")
                .map("3.1", Relation.SUBSET, "ISO 22786 has every bag marked with its owner and the goats' ear tags "
                        + "and archived permanently under a unique number, the whole process recorded and herders "
                        + "registered nationally (5.26, 6.26, 11.1.1, 11.2.1): fibre traceable to farm and animal, "
                        + "and more.", "5.26.1.3", "5.26.3.2", "6.26.1.3", "6.26.3.2", "11.1.1", "11.2.1")
                .build());
    }
}
