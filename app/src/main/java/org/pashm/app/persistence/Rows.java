package org.pashm.app.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rows of a native query read by column name into typed records, so that a repository never reads an
 * {@code Object[]} by position:
 *
 * <pre>{@code
 * Rows.list(em, "select id, number from bag where organisation_id = ?1", r -> new BagNumber(r.uuid("id"),
 *         r.text("number")), organisation);
 * }</pre>
 *
 * The JDBC driver's types differ by column type and version (a date may come back as {@code java.sql.Date} or
 * {@code LocalDate}); each reader below accepts them all.
 */
public final class Rows {

    private final Tuple tuple;

    private Rows(Tuple tuple) {
        this.tuple = tuple;
    }

    /** Runs {@code sql} with positional parameters {@code ?1, ?2...} and maps each row. */
    public static <T> List<T> list(EntityManager em, String sql, Function<Rows, T> row, Object... parameters) {
        return list(bind(query(em, sql), parameters), row);
    }

    /** Runs {@code sql} with positional parameters and maps its only row; fails unless there is exactly one. */
    public static <T> T one(EntityManager em, String sql, Function<Rows, T> row, Object... parameters) {
        return one(bind(query(em, sql), parameters), row);
    }

    /** Runs {@code sql} with positional parameters and maps its row, if any; fails when there are more. */
    public static <T> Optional<T> optional(EntityManager em, String sql, Function<Rows, T> row,
                                           Object... parameters) {
        List<T> rows = list(em, sql, row, parameters);
        if (rows.size() > 1) {
            throw new NonUniqueResultException(rows.size() + " rows where at most one was expected: " + sql);
        }
        return rows.stream().findFirst();
    }

    /**
     * A native query whose rows {@link #list(Query, Function)} and {@link #one(Query, Function)} read by name: for
     * named parameters, or parameters and paging set on the query by the caller.
     */
    public static Query query(EntityManager em, String sql) {
        return em.createNativeQuery(sql, Tuple.class);
    }

    /** Maps each row of a query made by {@link #query}, its parameters bound. */
    public static <T> List<T> list(Query query, Function<Rows, T> row) {
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = query.getResultList();
        return tuples.stream().map(t -> row.apply(new Rows(t))).toList();
    }

    /** Maps the only row of a query made by {@link #query}; fails unless there is exactly one. */
    public static <T> T one(Query query, Function<Rows, T> row) {
        return row.apply(new Rows((Tuple) query.getSingleResult()));
    }

    private static Query bind(Query q, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q;
    }

    private Object get(String column) {
        return tuple.get(column);
    }

    public UUID uuid(String column) {
        Object o = get(column);
        return o == null ? null : o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    public String text(String column) {
        Object o = get(column);
        return o == null ? null : o.toString();
    }

    public BigDecimal decimal(String column) {
        Object o = get(column);
        return o == null ? null : o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
    }

    public Integer integer(String column) {
        Object o = get(column);
        return o == null ? null : ((Number) o).intValue();
    }

    /** A {@code bigint} such as a {@code count(*)}, or any other whole number. */
    public Long longValue(String column) {
        Object o = get(column);
        return o == null ? null : ((Number) o).longValue();
    }

    public Boolean bool(String column) {
        return (Boolean) get(column);
    }

    public LocalDate date(String column) {
        Object o = get(column);
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    /** A {@code timestamptz}, at UTC as the app shows stored times. */
    public OffsetDateTime time(String column) {
        return utc(get(column));
    }

    /**
     * A {@code timestamptz} as a query returned it (the driver and Hibernate give an OffsetDateTime, an Instant or a
     * Timestamp, depending on the query), at UTC as the app shows stored times; null for null.
     */
    public static OffsetDateTime utc(Object o) {
        if (o == null) {
            return null;
        }
        Instant i = o instanceof OffsetDateTime t ? t.toInstant()
                : o instanceof Instant t ? t
                : o instanceof java.sql.Timestamp t ? t.toInstant()
                : o instanceof java.time.ZonedDateTime t ? t.toInstant()
                : OffsetDateTime.parse(o.toString()).toInstant();
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
