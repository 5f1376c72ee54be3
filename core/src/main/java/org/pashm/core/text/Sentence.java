package org.pashm.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A sentence a report says, declared beside the rule that says it: its key in the message bundles, its English
 * template in ICU MessageFormat syntax ("{label} is {value}, above the limit of {limit}."), and the names of the
 * arguments the template takes. Other languages give the same key in their own bundle files
 * ({@code META-INF/pashm/messages/<module>/<language>.properties}); the sentence is put into words only when a report
 * is read, in the reader's language.
 *
 * <p>Core formats nothing: it stays free of dependencies so that the engine runs anywhere. The {@code text} module
 * renders messages with ICU4J.
 *
 * @param params the argument names, in the order {@link #with(Object...)} takes them
 */
public record Sentence(String key, String english, List<String> params) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][A-Za-z0-9._\\-/]*");

    public Sentence {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(english, "english");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("message key '" + key + "' must be words of letters, digits, '.', '-'"
                    + " and '/'");
        }
        params = List.copyOf(params);
    }

    public static Sentence of(String key, String english, String... params) {
        return new Sentence(key, english, Arrays.asList(params));
    }

    /** A text with no arguments: a clause title, a label, a statement. */
    public static Sentence text(String key, String english) {
        return new Sentence(key, english, List.of());
    }

    /**
     * This sentence with its arguments, in the order of {@link #params()}. An argument is a {@link String} said as
     * it is (an ear tag), a number ({@link Long}, {@link Integer}, {@link java.math.BigDecimal}), a
     * {@link org.pashm.core.evidence.Value.Quantity} (number and unit), a {@link java.time.LocalDate}, another
     * {@link Message} (a label, a term), or a {@link List} of those (said as a list in the reader's language).
     */
    public Message with(Object... args) {
        if (args.length != params.size()) {
            throw new IllegalArgumentException("sentence " + key + " takes " + params + ", given " + args.length
                    + " arguments");
        }
        return new Message(this, List.of(args));
    }

    /** This sentence as a message, when it takes no arguments. */
    public Message message() {
        return with();
    }
}
