package org.pashm.core.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence with its arguments: what a finding says, as data. It is stored and compared as data (the key and the
 * arguments) and rendered in a language only when someone reads it.
 *
 * @param args the arguments in the order of {@link Sentence#params()}
 */
public record Message(Sentence sentence, List<Object> args) {

    public Message {
        Objects.requireNonNull(sentence, "sentence");
        args = List.copyOf(args);
    }

    public String key() {
        return sentence.key();
    }

    /** Two messages are equal when they say the same thing: the same key with the same arguments. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.sentence.key().equals(sentence.key()) && m.args.equals(args);
    }

    @Override
    public int hashCode() {
        return sentence.key().hashCode() * 31 + args.hashCode();
    }

    /** The argument called {@code name}, or null when the sentence takes none of that name. */
    public Object arg(String name) {
        int i = sentence.params().indexOf(name);
        return i < 0 ? null : args.get(i);
    }
}
