package org.pashm.traceability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pashm.traceability.internal.Trace.bag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pashm.core.evaluation.Finding;
import org.pashm.core.evaluation.Outcome;
import org.pashm.core.evidence.RawObservation;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.traceability.Bag;
import org.pashm.traceability.BagMaterial;
import org.pashm.traceability.BagRules;
import org.pashm.traceability.BrokenRule;
import org.pashm.traceability.FinenessClass;
import org.pashm.traceability.HarvestMethod;
import org.pashm.traceability.Marking;

/**
 * A bag the app accepts is a bag the audit passes: for every material, weights at and just above 30 kg, and graded
 * classes at the 15 um and 16 um edges, the catalogue's findings (5.26.1.2, 5.26.2.4, 6.26.1.2) and
 * {@link BagRules#check} break the same rules of the same clauses, because both read the same constants.
 */
class BagRulesAgreeWithTheCatalogueTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @ParameterizedTest(name = "{0} bag of {1}, {2} kg, graded {3} at {4} um: audit and registration agree")
    @CsvSource({
            "HOUSING, COTTON,        30,    FINE,   14.99",
            "HOUSING, LINEN,         30.01, FINE,   15",
            "HOUSING, JUTE,          12,    MEDIUM, 15",
            "HOUSING, WOOL,          29.99, MEDIUM, 16",
            "HOUSING, POLYPROPYLENE, 30,    COARSE, 16",
            "HOUSING, POLYETHYLENE,  31,    COARSE, 16.01",
            "HOUSING, POLYESTER,     5,     MEDIUM, 16.01",
            "HOUSING, NYLON,         30.5,  FINE,   14",
            "HOUSING, HEMP,          30,    FINE,   14",
            "NOMADIC, COTTON,        30,    FINE,   14.99",
            "NOMADIC, HEMP,          30.01, FINE,   15",
            "NOMADIC, JUTE,          30,    MEDIUM, 16",
            "NOMADIC, WOOL,          29,    COARSE, 16",
            "NOMADIC, LINEN,         28,    COARSE, 17",
            "NOMADIC, POLYPROPYLENE, 30,    FINE,   14",
            "NOMADIC, POLYETHYLENE,  30.01, FINE,   14",
            "NOMADIC, POLYESTER,     20,    FINE,   14",
            "NOMADIC, NYLON,         40,    FINE,   14"})
    void theAuditAndTheRegistrationBreakTheSameRules(ProductionSystem system, BagMaterial material, String kg,
                                                     FinenessClass graded, String um) {
        Bag.Builder b = Bag.builder("B-1").material(material).whiteCloth(true).fibreWeightKg(kg).fineness(graded)
                .meanFibreDiameterUm(um).harvestMethod(HarvestMethod.COMBED);
        for (Marking m : Marking.values()) {
            if (m != Marking.FIBRE_WEIGHT && m != Marking.FINENESS) {
                b.marking(m, "x");
            }
        }
        Set<String> registration = new TreeSet<>();
        for (BrokenRule r : BagRules.check(system, b.build())) {
            registration.add(r.clause() + " " + r.rule());
        }

        List<RawObservation> obs = new ArrayList<>(List.of(
                bag("B-1", "traceability.bag.material", material.code()),
                bag("B-1", "traceability.bag.white-cloth", true),
                bag("B-1", "traceability.bag.fibre-weight", kg, "kg"),
                bag("B-1", "traceability.bag.fineness-class", graded.code()),
                RawObservation.of("traceability.bag.mean-fibre-diameter", "bag", "B-1", new BigDecimal(um), "um"),
                bag("B-1", "traceability.bag.archived-under-unique-number", true)));
        for (Marking m : Marking.values()) {
            obs.add(bag("B-1", "traceability.bag.marked-" + m.code(), true));
        }
        Set<String> audit = new TreeSet<>();
        for (Finding f : Trace.evaluate(system, DAY, obs).findings()) {
            if (f.subject().id().equals("B-1") && f.outcome() == Outcome.NONCONFORMITY) {
                audit.add(f.clause() + " " + f.rule());
            }
        }
        assertThat(audit).isEqualTo(registration);
    }
}
