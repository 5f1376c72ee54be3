package org.pashm.traceability.internal;

import static org.pashm.core.iso22786.Iso22786.DIS_2025;

import java.util.List;
import org.pashm.core.standard.Heading;

/**
 * The headings this module owns, under their canonical numbers. The seed text numbers them "5.6.6 Raw cashmere
 * management", "5.6.7 Classification of packaging", "6.7.8 Cashmere inspection", "11.1.1 Nomadic herding system" and
 * so on; the table of contents and the paragraph numbers give 5.26, 5.26.1, 6.26.2 and 11.2. Headings 5 and 6 belong
 * to the housing-system and nomadic-system modules.
 */
final class TraceabilityHeadings {

    static final List<Heading> ALL = List.of(
            Heading.of(DIS_2025, "5.26", "Raw cashmere management"),
            Heading.of(DIS_2025, "5.26.1", "Classification of packaging"),
            Heading.of(DIS_2025, "5.26.2", "Cashmere inspection"),
            Heading.of(DIS_2025, "5.26.3", "Data records"),
            Heading.of(DIS_2025, "6.26", "Raw cashmere management"),
            Heading.of(DIS_2025, "6.26.1", "Classification of packaging"),
            Heading.of(DIS_2025, "6.26.2", "Cashmere inspection"),
            Heading.of(DIS_2025, "6.26.3", "Data records"),
            Heading.of(DIS_2025, "11", "Traceability and records"),
            Heading.of(DIS_2025, "11.1", "Housing production system"),
            Heading.of(DIS_2025, "11.2", "Nomadic herding system"));

    private TraceabilityHeadings() {
    }
}
