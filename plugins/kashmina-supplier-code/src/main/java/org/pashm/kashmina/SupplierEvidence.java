package org.pashm.kashmina;

import java.util.List;
import java.util.Set;
import org.pashm.core.text.Message;
import org.pashm.core.text.Sentence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;

/**
 * What an auditor observes for the supplier code, all of it about the supplier's site as a whole. ISO 22786 has no
 * words for working conditions, so every code here is the code's own; its animal and fibre requirements are
 * attested at the code's own level of generality, and an ISO 22786 assessment reaches them through the crosswalk.
 */
final class SupplierEvidence {

    private SupplierEvidence() {
    }

    static EvidenceCode attestation(String code, String label, String description) {
        return EvidenceCode.attestation("kashmina." + code, label, description, SubjectKind.SITE);
    }

    static EvidenceCode count(String code, String label, long max, String description) {
        return EvidenceCode.count("kashmina." + code, label, 0, max, description, SubjectKind.SITE);
    }

    // ---- workers (1) -------------------------------------------------------------------------------------------

    /** Whether the working-condition requirements concern the supplier at all. */
    static final EvidenceCode EMPLOYEES = count("workers.employees", "number of employees", 1_000_000,
            "People the supplier employs (besides its owners), on the day of the assessment. With none, the "
                    + "working-condition requirements do not apply.");
    static final EvidenceCode VIABLE_SALARY = attestation("workers.viable-salary",
            "Every employee is paid a salary they can live on",
            "The auditor checked wages against the local cost of living (1.1).");
    static final EvidenceCode PAID_VACATION = attestation("workers.paid-vacation",
            "Every employee has paid vacation", "Holidays are paid, for every employee (1.1).");
    static final EvidenceCode CLEAN_WORKPLACE = attestation("workplace.clean", "The workplace is clean",
            "Work areas, washrooms and rest areas are clean (1.2).");
    static final EvidenceCode ADAPTED_FACILITIES = attestation("workplace.adapted-facilities",
            "The workplace has facilities adapted to the work and to the people who do it",
            "Washrooms, rest areas, protective equipment and access suited to the work and to the employees (1.2).");
    static final EvidenceCode WITH_CONTRACT = count("workers.with-contract",
            "number of employees with an employment contract that secures them", 1_000_000,
            "Employees holding a written employment contract that protects them (1.3).");
    static final EvidenceCode EQUAL_RIGHTS = attestation("workers.equal-rights",
            "Employees have equal rights whatever their gender, religion, caste, sexual orientation or political "
                    + "views", "No employee is treated differently for any of these (1.4).");
    static final EvidenceCode EQUAL_WAGES = attestation("workers.equal-wages",
            "Wages do not discriminate by gender, religion, caste, sexual orientation or political views",
            "Equal work is paid equally (1.4).");
    static final EvidenceCode WOMEN_IN_MANAGEMENT = count("management.women", "number of women in the management",
            10_000, "Women among the people who manage the company (1.5).");
    static final EvidenceCode MEN_IN_MANAGEMENT = count("management.men", "number of men in the management",
            10_000, "Men among the people who manage the company (1.5).");

    // ---- animals (2) -------------------------------------------------------------------------------------------

    static final EvidenceCode SUITABLE_GRAZING = attestation("animals.suitable-grazing",
            "The animals graze in a suitable area", "Goats go out to graze on land that suits them (2.1).");
    static final EvidenceCode SHELTER = attestation("animals.shelter",
            "The animals have dedicated space to seek shelter when needed",
            "A shelter the goats can reach from where they graze, in bad weather or when they need it (2.1).");
    static final EvidenceCode CLEAN_WATER = attestation("animals.clean-water",
            "The animals always have access to clean water", "At any time of day and of the year (2.2).");
    static final EvidenceCode SUITABLE_FOOD = attestation("animals.suitable-food",
            "The animals always have access to food suitable for them to have good health",
            "Enough feed or forage, fit for goats, at all times (2.2).");
    static final EvidenceCode NO_UNNECESSARY_STRESS = attestation("animals.no-unnecessary-stress",
            "The animals are treated in a way that does not create unnecessary stress",
            "In every handling: herding, catching, combing, transport (2.3).");

    // ---- raw material (3) ----------------------------------------------------------------------------------------

    static final EvidenceCode TRACEABLE_TO_FARM = attestation("fibre.traceable-to-farm",
            "The raw cashmere can be traced back to the farm it came from",
            "Records link each lot of raw fibre to its farm or herder household (3.1).");
    static final EvidenceCode TRACEABLE_TO_ANIMAL = attestation("fibre.traceable-to-animal",
            "The raw cashmere can be traced back to the individual animals it came from",
            "Records link the fibre to the goats it was combed from, by ear tag or other id (3.1).");

    static final List<EvidenceCode> ALL = List.of(EMPLOYEES, VIABLE_SALARY, PAID_VACATION, CLEAN_WORKPLACE,
            ADAPTED_FACILITIES, WITH_CONTRACT, EQUAL_RIGHTS, EQUAL_WAGES, WOMEN_IN_MANAGEMENT, MEN_IN_MANAGEMENT,
            SUITABLE_GRAZING, SHELTER, CLEAN_WATER, SUITABLE_FOOD, NO_UNNECESSARY_STRESS, TRACEABLE_TO_FARM,
            TRACEABLE_TO_ANIMAL);

    /**
     * The working-condition requirements concern suppliers that employ people: a herder household that works alone
     * has no employees, no contracts and no management to judge.
     */
    /** Why the working conditions do not apply to a supplier without employees. */
    static final Sentence EMPLOYS_NO_ONE = Sentence.text("kashmina/1/employs-no-one", "the supplier employs no one");
    private static final Message EMPLOYS_NO_ONE_WORDS = EMPLOYS_NO_ONE.message();

    static Applicability employsPeople() {
        return new Applicability(Set.of(EMPLOYEES.code()), e -> {
            Long n = e.count(EMPLOYEES);
            return n != null && n == 0 ? EMPLOYS_NO_ONE_WORDS : null;
        });
    }
}
