package org.pashm.app;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.postgresql.util.PSQLException;

/** Plain SQL against the test database, to check what was (or was not) stored. */
@ApplicationScoped
public class Db {

    @Inject
    AgroalDataSource dataSource;

    public long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long assessments() {
        return count("select count(*) from assessment");
    }

    public int execute(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    /** SQLSTATE 23001, raised by the triggers that keep records append-only ({@code using errcode = 'restrict_violation'}). */
    public static final String RESTRICT_VIOLATION = "23001";

    /** Asserts that {@code statement} is refused by a trigger that raises restrict_violation with {@code message}. */
    public static void assertRestricted(String message, ThrowingCallable statement) {
        Assertions.assertThatThrownBy(statement).isInstanceOfSatisfying(PSQLException.class, e -> {
            Assertions.assertThat(e.getSQLState()).isEqualTo(RESTRICT_VIOLATION);
            Assertions.assertThat(e.getServerErrorMessage().getMessage()).isEqualTo(message);
        });
    }
}
