package org.pashm.core.registry;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value;
import org.pashm.core.spi.StandardModule;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.Heading;

/** A small, valid module for registry and evaluator tests: two housing clauses, one nomadic, one advice. */
class Fixture implements StandardModule {

    static final EvidenceCode AMMONIA = EvidenceCode.quantity("fixture.shelter.ammonia", "ammonia concentration",
            "mg/m3", "0", "1000", "Ammonia in the shed.", SubjectKind.SHELTER);
    static final EvidenceCode TEMPERATURE = EvidenceCode.quantity("fixture.shelter.temperature", "shed temperature",
            "Cel", "-60", "60", "Temperature in the shed.", SubjectKind.SHELTER);
    static final EvidenceCode SHEARING = EvidenceCode.attestation("fixture.site.shears", "The site shears its goats",
            "Whether fibre is shorn.", SubjectKind.SITE);
    static final EvidenceCode SHEAR_INJURIES = EvidenceCode.count("fixture.harvest.injuries", "injuries", 0, 100,
            "Injuries.", SubjectKind.HARVEST_SESSION);
    static final EvidenceCode NO_MOTORCYCLES = EvidenceCode.attestation("fixture.site.motorcycles",
            "Motorcycles are used to tend goats", "Motorcycles.", SubjectKind.SITE);

    @Override
    public List<Heading> headings() {
        return List.of(Heading.of(DIS_2025, "5", "Housing production system"),
                Heading.of(DIS_2025, "6", "Nomadic production system"));
    }

    @Override
    public List<EvidenceCode> vocabulary() {
        return List.of(AMMONIA, TEMPERATURE, SHEARING, SHEAR_INJURIES, NO_MOTORCYCLES);
    }

    @Override
    public List<Clause> clauses() {
        return List.of(
                Clause.of(DIS_2025, "5.3.3", "Air quality").requirement().housing()
                        .freedoms(Freedom.DISCOMFORT, Freedom.INJURY_DISEASE)
                        .summary("Ammonia at most 20 mg/m3.")
                        .rule(Rules.atMost("ammonia", AMMONIA, Value.Quantity.of("20", "mg/m3")))
                        .build(),
                Clause.of(DIS_2025, "5.3.2", "Temperature").requirement().housing()
                        .freedoms(Freedom.DISCOMFORT)
                        .summary("Optimal 15-21 Cel; never above 30 Cel.")
                        .rule(Rules.between("optimal", TEMPERATURE, Value.Quantity.of("15", "Cel"),
                                Value.Quantity.of("21", "Cel")).advice())
                        .rule(Rules.atMost("summer", TEMPERATURE, Value.Quantity.of("30", "Cel")))
                        .build(),
                Clause.of(DIS_2025, "5.25.7", "Shearing injuries").requirement().housing()
                        .freedoms(Freedom.INJURY_DISEASE)
                        .summary("At most two injuries.")
                        .rule(Rules.atMost("injuries", SHEAR_INJURIES, 2)
                                .onlyWhen(Applicability.whenAttested(SHEARING)))
                        .build(),
                Clause.of(DIS_2025, "6.16.5", "No motorcycles").prohibition().nomadic()
                        .freedoms(Freedom.FEAR_STRESS)
                        .summary("No motorcycles when tending goats.")
                        .rule(Rules.never("motorcycles", NO_MOTORCYCLES))
                        .build());
    }
}
