package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import org.pashm.core.standard.Heading;

/**
 * The headings of clause 5 under their canonical numbers. The seed text's own headings are often misnumbered
 * ("5.1.1 Shelter requirements" for 5.2, "5.3.3 Feeding" for 5.13); these follow the table of contents and the
 * paragraph numbers. A heading whose only content is an unnumbered paragraph (5.2.3 Shelter structure, 5.2.4.2 to
 * 5.2.4.4, 5.7, 5.8, 5.15.3, 5.18.1 to 5.18.3) is not repeated here: the paragraph is catalogued as a clause under
 * that number and title. 5.26 (raw cashmere management) belongs to the traceability module.
 */
final class HousingHeadings {

    static final List<Heading> ALL = List.of(
            Heading.of(DIS_2025, "5", "Housing production system"),
            Heading.of(DIS_2025, "5.1", "General requirements"),
            Heading.of(DIS_2025, "5.2", "Shelter requirements"),
            Heading.of(DIS_2025, "5.2.1", "Shelter type"),
            Heading.of(DIS_2025, "5.2.2", "Shelter area"),
            Heading.of(DIS_2025, "5.2.4", "Facilities in the shelter"),
            Heading.of(DIS_2025, "5.2.4.1", "Food trough, water tub, and hay feeder"),
            Heading.of(DIS_2025, "5.3", "Environments inside goat shelter"),
            Heading.of(DIS_2025, "5.4", "Environmental hygiene (in farm areas)"),
            Heading.of(DIS_2025, "5.5", "Feeding space"),
            Heading.of(DIS_2025, "5.6", "Outdoor exercise ground"),
            Heading.of(DIS_2025, "5.9", "Reproduction"),
            Heading.of(DIS_2025, "5.9.1", "General requirements"),
            Heading.of(DIS_2025, "5.10", "Breastfeeding and rearing"),
            Heading.of(DIS_2025, "5.11", "Weaning"),
            Heading.of(DIS_2025, "5.12", "Raising management"),
            Heading.of(DIS_2025, "5.12.1", "Personnel management"),
            Heading.of(DIS_2025, "5.13", "Feeding"),
            Heading.of(DIS_2025, "5.14", "Drinking water"),
            Heading.of(DIS_2025, "5.15", "Health management"),
            Heading.of(DIS_2025, "5.15.1", "Health plan"),
            Heading.of(DIS_2025, "5.15.2", "Use of veterinary drugs"),
            Heading.of(DIS_2025, "5.15.4", "Biosafety"),
            Heading.of(DIS_2025, "5.15.5", "Disinfection system"),
            Heading.of(DIS_2025, "5.16", "Ranch management"),
            Heading.of(DIS_2025, "5.17", "Treatment of manure"),
            Heading.of(DIS_2025, "5.18", "Routine management"),
            Heading.of(DIS_2025, "5.19", "Cashmere harvesting"),
            Heading.of(DIS_2025, "5.19.1", "General"),
            Heading.of(DIS_2025, "5.20", "Timing"),
            Heading.of(DIS_2025, "5.21", "Site"),
            Heading.of(DIS_2025, "5.22", "Personnel"),
            Heading.of(DIS_2025, "5.23", "Appliances"),
            Heading.of(DIS_2025, "5.24", "Combing"),
            Heading.of(DIS_2025, "5.25", "Shearing"));

    private HousingHeadings() {
    }
}
