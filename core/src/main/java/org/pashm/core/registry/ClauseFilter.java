package org.pashm.core.registry;

import org.pashm.core.standard.Clause;
import org.pashm.core.standard.ClauseNumber;
import org.pashm.core.standard.Freedom;
import org.pashm.core.standard.ProductionSystem;
import org.pashm.core.standard.Strength;

/** Narrows a clause listing; a null field does not filter. */
public record ClauseFilter(ClauseNumber within, ProductionSystem system, Freedom freedom, Strength strength) {

    public static final ClauseFilter ALL = new ClauseFilter(null, null, null, null);

    public boolean matches(Clause c) {
        return (within == null || c.number().isWithin(within))
                && (system == null || c.appliesTo(system))
                && (freedom == null || c.freedoms().contains(freedom))
                && (strength == null || c.strength() == strength);
    }
}
