package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pashm.app.persistence.DatabaseErrors;
import org.pashm.app.persistence.UniqueConstraint;
import org.pashm.app.problem.ProblemException;
import org.pashm.app.traceability.lots.Lot;

/**
 * Database errors are translated by constraint name, in one place: a race on a known unique constraint answers
 * its 409, and any other failure of a write is not dressed up as one (before, every failed flush of a record
 * answered "Record null was voided by another request").
 */
@QuarkusTest
class DatabaseErrorsTest {

    @Inject
    DatabaseErrors databaseErrors;

    @Inject
    Db db;

    @Test
    void everyTranslatedConstraintIsAUniqueConstraintOfTheSchema() {
        for (UniqueConstraint c : UniqueConstraint.values()) {
            assertThat(db.count("select count(*) from pg_constraint where contype = 'u' and conname = ?",
                    c.constraintName())).as(c.constraintName()).isEqualTo(1);
        }
    }

    @Test
    void aLotCodeTakenAtTheSameMomentIsAConflict() {
        String t = Chain.unique();
        String station = Chain.organisation("buying-station", "Station " + t);
        String[] h = Chain.household("Herder " + t, "NM-" + t, "Alxa League");
        Chain.lot(station, "L-" + t, List.of(Chain.bag(h[0], Chain.nomadicBag(h[1], "B-" + t, "5", null, List.of()))));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            lot(UUID.fromString(station), "L-" + t).persist();
            databaseErrors.flush();
        })).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(409);
            assertThat(e.problem().type()).isEqualTo("urn:pashm:problem:lot-code-taken");
        });
    }

    @Test
    void anyOtherFailedWriteIsNotMistakenForARace() {
        // A lot of an organisation that does not exist breaks a foreign key, not a uniqueness rule.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            lot(UUID.randomUUID(), "L-" + Chain.unique()).persist();
            databaseErrors.flush();
        })).isInstanceOf(PersistenceException.class).isNotInstanceOf(ProblemException.class);
    }

    private static Lot lot(UUID organisation, String code) {
        Lot l = new Lot();
        l.id = UUID.randomUUID();
        l.organisationId = organisation;
        l.code = code;
        l.kind = "aggregation";
        l.quantityKg = BigDecimal.ONE;
        l.eventTime = OffsetDateTime.parse("2026-05-20T09:00:00Z");
        l.recordedAt = OffsetDateTime.parse("2026-05-20T09:00:00Z");
        return l;
    }
}
