package org.pashm.app.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Database errors translated by constraint name, in one place. A write that breaks one of the
 * {@link UniqueConstraint}s answers that constraint's conflict; any other failure propagates unchanged, so that a
 * lost connection or a bug is never mistaken for a race another request won (before, every failed flush of a
 * record answered "Record null was voided by another request").
 */
@ApplicationScoped
public class DatabaseErrors {

    @Inject
    EntityManager em;

    /** Flushes the unit of work, translating a violation of a known unique constraint into its 409. */
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw translated(e);
        }
    }

    /** The conflict for a known unique constraint violated somewhere in {@code e}'s causes, else {@code e} itself. */
    public static RuntimeException translated(RuntimeException e) {
        return constraintName(e).flatMap(UniqueConstraint::named).<RuntimeException>map(UniqueConstraint::conflict)
                .orElse(e);
    }

    /** The name of the constraint a database error reports, if it reports one. */
    static Optional<String> constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null) {
                return Optional.of(c.getConstraintName());
            }
            if (t instanceof PSQLException p) {
                ServerErrorMessage m = p.getServerErrorMessage();
                if (m != null && m.getConstraint() != null) {
                    return Optional.of(m.getConstraint());
                }
            }
        }
        return Optional.empty();
    }
}
