package org.pashm.transport;

import java.util.List;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rule;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;

/**
 * What the site does that brings clauses 7-10 and 12 into play. Clauses 7 to 12 apply to both production systems,
 * but not every site moves goats by vehicle, walks its herd between seasonal pastures or kills goats. The auditor
 * states it once for the site; a "no" makes the clauses concerned "not applicable", with that statement as the
 * reason, instead of "not assessed". Left unstated, the clauses apply and are judged on their own evidence.
 */
final class Scope {

    static final EvidenceCode MOVES_GOATS_BY_VEHICLE = EvidenceCode.attestation("transport.site.moves-goats-by-vehicle",
            "Goats are moved by vehicle",
            "Whether the site moved any of its goats by vehicle (its own or a carrier's) in the period the assessment "
                    + "covers: a sale, a purchase, a move to another pasture or farm. \"no\" makes clauses 7, 8 and 9 "
                    + "(vehicles, drivers, journeys) not applicable.", SubjectKind.SITE);
    static final EvidenceCode MOVES_HERD_ON_FOOT = EvidenceCode.attestation("transport.site.moves-herd-on-foot",
            "The herd is moved on foot between pastures",
            "Whether the site drives its herd on foot between seasonal pastures or camps (a transition, clause 10) "
                    + "in the period the assessment covers. \"no\" makes clause 10 not applicable.", SubjectKind.SITE);
    static final EvidenceCode KILLS_GOATS = EvidenceCode.attestation("transport.site.kills-goats",
            "Goats are killed by the site",
            "Whether the site (its people or someone acting for it, on the site) killed any goat in the period the "
                    + "assessment covers: culling for disease control, emergency killing of a sick or injured goat, "
                    + "slaughter at home. Goats sold alive to a slaughterhouse do not count. \"no\" makes clause 12 "
                    + "not applicable.", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(MOVES_GOATS_BY_VEHICLE, MOVES_HERD_ON_FOOT, KILLS_GOATS);

    private static final Applicability BY_VEHICLE = Applicability.whenAttested(MOVES_GOATS_BY_VEHICLE);
    private static final Applicability ON_FOOT = Applicability.whenAttested(MOVES_HERD_ON_FOOT);
    private static final Applicability KILLING = Applicability.whenAttested(KILLS_GOATS);

    /** Clauses 7, 8 and 9: the rule applies only to a site that moves goats by vehicle. */
    static Rule.Draft byVehicle(Rule.Draft rule) {
        return rule.onlyWhen(BY_VEHICLE);
    }

    /** Clause 10: the rule applies only to a site that moves its herd on foot. */
    static Rule.Draft onFoot(Rule.Draft rule) {
        return rule.onlyWhen(ON_FOOT);
    }

    /** Clause 12: the rule applies only to a site that kills goats. */
    static Rule.Draft whenKilling(Rule.Draft rule) {
        return rule.onlyWhen(KILLING);
    }

    private Scope() {
    }
}
