package org.pashm.core.duty;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * When a duty is next owed: it may be done from {@code opens} (null when any time will do) and must be done by
 * {@code due}.
 */
public record Due(LocalDate opens, LocalDate due) {

    public Due {
        Objects.requireNonNull(due, "due");
    }

    public enum Status {
        /** Not owed yet. */
        UPCOMING,
        /** Owed now: its window is open, or today is its due day. */
        DUE,
        /** The due day has passed. */
        OVERDUE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Status status(LocalDate today) {
        if (today.isAfter(due)) {
            return Status.OVERDUE;
        }
        LocalDate from = opens == null ? due : opens;
        return today.isBefore(from) ? Status.UPCOMING : Status.DUE;
    }
}
