package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;
import static org.pashm.core.standard.Freedom.FEAR_STRESS;
import static org.pashm.core.standard.Freedom.INJURY_DISEASE;

import java.util.List;
import org.pashm.core.evaluation.Rules;
import org.pashm.core.evidence.EvidenceCode;
import org.pashm.core.evidence.SubjectKind;
import org.pashm.core.standard.Clause;
import org.pashm.core.standard.Wording;

/**
 * ISO 22786 6.12: raising management, 6.12.1 personnel management. The freedoms: herders who know their goats and
 * work under fair, safe conditions handle them calmly and keep them well.
 */
final class RaisingManagement {

    static final EvidenceCode TRADITIONAL_SKILLS = EvidenceCode.attestation("nomadic.site.traditional-herding-skills",
            "The herders have traditional herding skills for tending, feeding, welfare and breeding",
            "Whether the household's herders have the traditional knowledge and skills to tend the herd, feed it, look "
                    + "after the goats' welfare and manage breeding.", SubjectKind.SITE);
    static final EvidenceCode ADDITIONAL_TRAINING = EvidenceCode.attestation("nomadic.site.additional-training",
            "Herders receive additional training in welfare, breeding, harvesting and storage where needed",
            "Whether herders and assistants who need it get additional training in goat herding and cashmere "
                    + "production: welfare, breeding, cashmere harvesting and storage.", SubjectKind.SITE);
    static final EvidenceCode LABOUR_LAW = EvidenceCode.attestation("nomadic.site.labour-law-complied",
            "Herders and assistants work in line with labour law and other applicable regulations",
            "Whether the employment of herders and their assistants complies with the country's labour law and "
                    + "related regulations.", SubjectKind.SITE);
    static final EvidenceCode PERFORMANCE_MONITORING = EvidenceCode.attestation("nomadic.site.staff-monitoring",
            "Performance monitoring and evaluation of herders and assistants is in place",
            "Whether the welfare, health and labour safety of employed herders and assistants is monitored and "
                    + "evaluated.", SubjectKind.SITE);

    static final List<EvidenceCode> CODES = List.of(TRADITIONAL_SKILLS, ADDITIONAL_TRAINING, LABOUR_LAW,
            PERFORMANCE_MONITORING);

    static final List<Clause> CLAUSES = List.of(
            Clause.of(DIS_2025, "6.12.1.1", "Traditional herding skills")
                    .requirement().nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Nomadic herders have the traditional skills and knowledge to tend the herd, feed it, look "
                            + "after animal welfare and manage breeding.")
                    .rule(Rules.attested("traditional-skills", TRADITIONAL_SKILLS))
                    .build(),
            Clause.of(DIS_2025, "6.12.1.2", "Additional training when needed")
                    .readAs(Wording.PERMISSION).nomadic().freedoms(FEAR_STRESS, INJURY_DISEASE)
                    .summary("Where needed, herders and assistant herders may receive additional training in goat "
                            + "herding and cashmere production, with emphasis on welfare, breeding, cashmere harvesting "
                            + "and storage.")
                    .rule(Rules.attested("additional-training", ADDITIONAL_TRAINING))
                    .build(),
            Clause.of(DIS_2025, "6.12.1.3", "Labour law and monitoring of herders' conditions")
                    .requirement().nomadic().freedoms(FEAR_STRESS)
                    .summary("Herders and their assistants work in line with labour law and other relevant "
                            + "regulations, and performance monitoring and evaluation ensure the welfare, health and "
                            + "labour safety of employees.")
                    .rule(Rules.attested("labour-law", LABOUR_LAW))
                    .rule(Rules.attested("monitoring", PERFORMANCE_MONITORING))
                    .build());

    private RaisingManagement() {
    }
}
