package org.pashm.core.standard;

import java.util.Objects;

/**
 * A numbered heading of a standard that carries no requirement of its own ("5.3 Environments inside goat
 * shelter"). Headings give the clause tree its shape and the report its section titles.
 */
public record Heading(StandardRef standard, ClauseNumber number, String title) {

    public Heading {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
    }

    public static Heading of(StandardRef standard, String number, String title) {
        return new Heading(standard, ClauseNumber.of(number), title);
    }
}
