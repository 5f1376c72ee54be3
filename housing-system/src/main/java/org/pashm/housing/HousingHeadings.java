package org.pashm.housing;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import org.pashm.core.standard.Heading;

/**
 * The headings of clause 5 under their canonical numbers. The seed text's own headings are often misnumbered
 * ("5.1.1 Shelter requirements" for 5.2); these follow the table of contents and the paragraph numbers.
 */
final class HousingHeadings {

    static final List<Heading> ALL = List.of(
            Heading.of(DIS_2025, "5", "Housing production system"),
            Heading.of(DIS_2025, "5.3", "Environments inside goat shelter"),
            Heading.of(DIS_2025, "5.18", "Routine management"));

    private HousingHeadings() {
    }
}
