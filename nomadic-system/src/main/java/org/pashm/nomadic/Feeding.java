package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.HUNGER_THIRST;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import java.util.Set;
import org.pashm.core.text.Sentence;
import org.pashm.core.evaluation.Applicability;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.evidence.Value.Quantity;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Strength;

/** ISO 22786 6.13: feeding. Goats live mainly on grazing; these rules govern what is fed besides. */
final class Feeding {

    static final Sentence NO_SUPPLEMENTARY_FEED = Sentence.text("nomadic/6.13.1.1/feed-complies/no-supplementary-feed",
            "no supplementary feed, purchased or home-made, is used");


    static final EvidenceCode PURCHASED_FEED = EvidenceCode.attestation("nomadic.site.purchased-feed-used",
            "Purchased supplementary feed is used", "Whether the household buys forage, feed or additives for the herd.",
            SubjectKind.SITE);
    static final EvidenceCode HOME_MADE_FEED = EvidenceCode.attestation("nomadic.site.home-made-feed-used",
            "Home-made supplementary feed is used",
            "Whether the household makes supplementary feed itself (hay, mixed grain, feed blocks).", SubjectKind.SITE);
    static final EvidenceCode FEED_COMPLIES = EvidenceCode.attestation("nomadic.site.feed-complies",
            "Supplementary forage, feed materials and additives comply with the relevant standards and regulations",
            "Whether every feed given besides grazing meets the applicable feed standards and regulations.",
            SubjectKind.SITE);
    static final EvidenceCode ANIMAL_DERIVED = EvidenceCode.attestation("nomadic.site.animal-derived-feed-used",
            "Animal-derived feed is used", "Whether any feed given to the goats contains material of animal origin "
                    + "(meat, bone or blood meal, animal fat...).", SubjectKind.SITE);
    static final EvidenceCode ANTIBIOTIC_FEED = EvidenceCode.attestation("nomadic.site.antibiotic-feed-used",
            "Feed containing antibiotics is used", "Whether any feed given to the goats contains antibiotics.",
            SubjectKind.SITE);
    static final EvidenceCode FORMULAS_KEPT = EvidenceCode.attestation("nomadic.site.purchased-feed-formulas-kept",
            "Formulas and ingredient lists of purchased supplementary feed are kept",
            "Whether the household keeps the formula and ingredient list of every purchased supplementary feed, so "
                    + "that feed can be traced.", SubjectKind.SITE);
    static final EvidenceCode HOME_MADE_RECORDED = EvidenceCode.attestation("nomadic.site.home-made-feed-recorded",
            "The materials of home-made supplementary feed are recorded",
            "Whether the household records what its home-made supplementary feed is made of.", SubjectKind.SITE);
    static final EvidenceCode SUCKLING_DOES_FED = EvidenceCode.attestation("nomadic.site.suckling-does-fed-daily",
            "Suckling does get additional hay, forage and minerals every day",
            "Whether does that are suckling kids are fed extra hay, forage and minerals daily, to keep their body "
                    + "condition and milk yield.", SubjectKind.SITE);

    /** 6.13.1.3: suckling does "shall be fed daily": at most a day between two extra feeds. */
    static final Quantity SUCKLING_DOES_FED_EVERY = Quantity.of("1", "d");
    static final EvidenceCode SUCKLING_DOES_FEEDING_INTERVAL = EvidenceCode.quantity(
            "nomadic.site.suckling-does-feeding-interval", "interval between extra feeds of the suckling does", "d",
            "0", "90", "How often the suckling does get their additional hay, forage and minerals, as the time "
                    + "between two such feeds (1 d for every day).", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(PURCHASED_FEED, HOME_MADE_FEED, FEED_COMPLIES, ANIMAL_DERIVED,
            ANTIBIOTIC_FEED, FORMULAS_KEPT, HOME_MADE_RECORDED, SUCKLING_DOES_FED, SUCKLING_DOES_FEEDING_INTERVAL);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.13.1.1", "Compliant feed; no animal-derived or antibiotic feed")
                    .prohibition().nomadic().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Goats take their daily forage mainly by grazing open rangeland. Any additional forage, "
                            + "feed materials and additives comply with the relevant standards and regulations; "
                            + "animal-derived feed and feed containing antibiotics are prohibited.")
                    .rule(Rules.attested("feed-complies", FEED_COMPLIES).strength(Strength.REQUIREMENT).onlyWhen(anySupplementaryFeed())
                            .says(NO_SUPPLEMENTARY_FEED))
                    .rule(Rules.never("animal-derived-feed", ANIMAL_DERIVED))
                    .rule(Rules.never("antibiotic-feed", ANTIBIOTIC_FEED))
                    .build(),
            Clause.of(DIS_2025, "6.13.1.2", "Traceable feed")
                    .requirement().nomadic().freedoms(HUNGER_THIRST, INJURY_DISEASE)
                    .summary("Feed is traceable: the formulas and ingredient lists of purchased supplementary feed are "
                            + "kept, and the materials of home-made supplementary feed are recorded.")
                    .rule(Rules.attested("formulas-kept", FORMULAS_KEPT)
                            .onlyWhen(Applicability.whenAttested(PURCHASED_FEED)))
                    .rule(Rules.attested("home-made-recorded", HOME_MADE_RECORDED)
                            .onlyWhen(Applicability.whenAttested(HOME_MADE_FEED)))
                    .build(),
            Clause.of(DIS_2025, "6.13.1.3", "Suckling does fed extra every day")
                    .requirement().nomadic().freedoms(HUNGER_THIRST)
                    .summary("Suckling does are fed additional hay, forage and minerals every day, to keep them in good "
                            + "body condition and milk.")
                    .rule(Rules.measuredElseAttested(Rules.atMost("suckling-does-fed", SUCKLING_DOES_FEEDING_INTERVAL,
                                    SUCKLING_DOES_FED_EVERY), SUCKLING_DOES_FED).onlyWhen(Household.withKids()))
                    .build());


    /** Not applicable when the household gives neither purchased nor home-made supplementary feed. */
    private static Applicability anySupplementaryFeed() {
        org.pashm.core.text.Message reason = NO_SUPPLEMENTARY_FEED.message();
        return new Applicability(Set.of(PURCHASED_FEED.code(), HOME_MADE_FEED.code()), e -> {
            return Boolean.FALSE.equals(e.site().attested(PURCHASED_FEED))
                    && Boolean.FALSE.equals(e.site().attested(HOME_MADE_FEED))
                    ? reason
                    : null;
        });
    }

    private Feeding() {
    }
}
