package org.pashm.core.standard;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one edition of one standard, e.g. {@code iso-22786} / {@code DIS-2025}.
 * Editions are data, not code: a later edition of the same standard sits beside the earlier one.
 */
public record StandardRef(String id, String edition) implements Comparable<StandardRef> {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EDITION = Pattern.compile("[A-Za-z0-9]+([.-][A-Za-z0-9]+)*");

    public StandardRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("standard id '" + id + "' must be lower-case words joined by '-'");
        }
        if (!EDITION.matcher(edition).matches()) {
            throw new IllegalArgumentException("edition '" + edition + "' must be letters and digits joined by '.' or '-'");
        }
    }

    public static StandardRef of(String id, String edition) {
        return new StandardRef(id, edition);
    }

    @Override
    public int compareTo(StandardRef o) {
        int c = id.compareTo(o.id);
        return c != 0 ? c : edition.compareTo(o.edition);
    }

    @Override
    public String toString() {
        return id + "/" + edition;
    }
}
