package org.pashm.nomadic;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import org.pashm.core.standard.Heading;

/**
 * The headings of clause 6 under their canonical numbers, rebuilt from the table of contents (6.3, 6.6, 6.10, 6.26)
 * and the paragraph numbers (6.2.1.1, 6.9.1.1, 6.11.1, 6.15.3...). The seed text numbers most of these headings
 * wrongly ("6.1.1 Shelter requirements" for 6.2, "6.3 Breastfeeding and rearing" for 6.10); headings it leaves
 * unnumbered (shelter area, the three rearing groups) sit one level below the heading before them. The module
 * README gives the whole mapping. 6.26, raw cashmere management, belongs to the traceability module.
 */
final class NomadicHeadings {

    static final List<Heading> ALL = List.of(
            Heading.of(DIS_2025, "6", "Nomadic production system"),
            Heading.of(DIS_2025, "6.1", "General requirements"),
            Heading.of(DIS_2025, "6.2", "Shelter requirements"),
            Heading.of(DIS_2025, "6.2.1", "General requirements"),
            Heading.of(DIS_2025, "6.2.2", "Types and classification of shelter"),
            Heading.of(DIS_2025, "6.2.2.1", "Shelter area"),
            Heading.of(DIS_2025, "6.2.2.2", "Shelter structure"),
            Heading.of(DIS_2025, "6.2.2.3", "Facilities in the shelter"),
            Heading.of(DIS_2025, "6.2.2.3.1", "Food trough, water tub and hay feeder"),
            Heading.of(DIS_2025, "6.2.3", "Kidding pen"),
            Heading.of(DIS_2025, "6.3", "Environment inside the goat shelter"),
            Heading.of(DIS_2025, "6.4", "Environmental hygiene"),
            Heading.of(DIS_2025, "6.5", "Feeding space"),
            Heading.of(DIS_2025, "6.6", "Outdoor exercise ground (no requirements in the nomadic system)"),
            Heading.of(DIS_2025, "6.7", "Farm greening (no requirements in the nomadic system)"),
            Heading.of(DIS_2025, "6.8", "Staff training"),
            Heading.of(DIS_2025, "6.9", "Reproduction"),
            Heading.of(DIS_2025, "6.9.1", "General requirements"),
            Heading.of(DIS_2025, "6.10", "Breastfeeding and rearing"),
            Heading.of(DIS_2025, "6.10.1", "General"),
            Heading.of(DIS_2025, "6.10.2", "Rearing of kids in early postnatal period"),
            Heading.of(DIS_2025, "6.10.2.1", "Neonatal group"),
            Heading.of(DIS_2025, "6.10.2.2", "Intermediate group"),
            Heading.of(DIS_2025, "6.10.2.3", "Grown-up group"),
            Heading.of(DIS_2025, "6.11", "Weaning"),
            Heading.of(DIS_2025, "6.12", "Raising management"),
            Heading.of(DIS_2025, "6.12.1", "Personnel management"),
            Heading.of(DIS_2025, "6.13", "Feeding"),
            Heading.of(DIS_2025, "6.14", "Drinking water"),
            Heading.of(DIS_2025, "6.15", "Health management"),
            Heading.of(DIS_2025, "6.15.1", "General requirements"),
            Heading.of(DIS_2025, "6.15.2", "Use of veterinary drugs"),
            Heading.of(DIS_2025, "6.15.3", "Immunity"),
            Heading.of(DIS_2025, "6.15.4", "Biosafety"),
            Heading.of(DIS_2025, "6.15.5", "Disinfection system"),
            Heading.of(DIS_2025, "6.16", "Rangeland management"),
            Heading.of(DIS_2025, "6.17", "Treatment of manure"),
            Heading.of(DIS_2025, "6.18", "Routine management"),
            Heading.of(DIS_2025, "6.18.1", "Supplementation of salt and minerals"),
            Heading.of(DIS_2025, "6.19", "Cashmere harvesting"),
            Heading.of(DIS_2025, "6.19.1", "General"),
            Heading.of(DIS_2025, "6.20", "Timing"),
            Heading.of(DIS_2025, "6.21", "Site"),
            Heading.of(DIS_2025, "6.22", "Personnel"),
            Heading.of(DIS_2025, "6.23", "Appliances"),
            Heading.of(DIS_2025, "6.24", "Combing"),
            Heading.of(DIS_2025, "6.25", "Shearing"));

    private NomadicHeadings() {
    }
}
