package org.pashm.core.text;

import java.util.Objects;

/**
 * A text said inside a sentence rather than on its own: a label written as a sentence ("The floor is dry") that a
 * sentence quotes ("attested: the floor is dry"). Languages with letter case begin it with a small letter.
 */
public record Phrase(Message text) {

    public Phrase {
        Objects.requireNonNull(text, "text");
    }
}
