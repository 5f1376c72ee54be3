package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V36 moves the clause 11 documents of {@code farm_record} into {@code work_record} (issue 15, one records feature):
 * a database with rows in both, migrated from V35, keeps every row, each with the retention it had. Runs the real
 * migrations in a schema of its own of the test database, dropped afterwards.
 */
class RecordsMigrationTest {

    private static final String URL = System.getenv().getOrDefault("PASHM_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/pashm_test");
    private static final String USER = System.getenv().getOrDefault("PASHM_DB_USER", "pashm");
    private static final String PASSWORD = System.getenv().getOrDefault("PASHM_DB_PASSWORD", "pashm");

    private final String schema = "records_migration_" + System.nanoTime();

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration").target(target).load();
    }

    @BeforeEach
    void atV35() {
        flyway("35").migrate();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        sql("drop schema " + schema + " cascade");
    }

    @Test
    void farmRecordsBecomeRecordsOfTheOneTableWithTheRetentionTheyHad() throws SQLException {
        sql("insert into organisation (id, name, kind) values ('00000000-0000-0000-0000-00000000000a', 'Alxa', 'farm')");
        sql("insert into site (id, organisation_id, name, production_system, region) values "
                + "('00000000-0000-0000-0000-00000000000b', '00000000-0000-0000-0000-00000000000a', 'Camp', 'housing', "
                + "'Alxa')");
        sql("insert into farm_record (id, organisation_id, site_id, kind, recorded_on, title, content, created_at) "
                + "values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000000a', null, "
                + "'record', '2024-02-29', 'Vaccination plan', 'text', '2024-03-01 09:00+08'), "
                + "('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-00000000000a', "
                + "'00000000-0000-0000-0000-00000000000b', 'grazing-land-evaluation', '2020-06-30', 'Summer pasture', "
                + "null, '2020-07-01 09:00+08'), "
                + "('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-00000000000a', null, "
                + "'breeding-archive', '1999-01-15', 'Bucks 1999', null, '2021-01-01 09:00+08')");
        // A record of work done, made on 2 June 2025 in the farms' zone (UTC+8) though still 1 June in UTC.
        sql("update farm_calendar set time_zone = 'Asia/Shanghai'");
        sql("insert into work_record (id, organisation_id, site_id, type, subject_kind, subject_key, performed_on, "
                + "performed_by, retention, retain_until, recorded_at) values ('00000000-0000-0000-0000-000000000004', "
                + "'00000000-0000-0000-0000-00000000000a', '00000000-0000-0000-0000-00000000000b', 'soil-test', "
                + "'land-parcel', 'north', '2025-05-30', 'Batu', 'grazing-land-evaluation', '2035-06-02', "
                + "'2025-06-01 20:00Z')");

        flyway("36").migrate();

        assertThat(rows("select id, type, coalesce(site_id::text, '-'), subject_kind, subject_key, performed_on, "
                + "recorded_on, coalesce(retain_until::text, 'permanent'), retention, coalesce(performed_by, '-'), "
                + "coalesce(title, '-'), coalesce(content, '-') from work_record order by id")).containsExactly(
                "00000000-0000-0000-0000-000000000001 record - organisation organisation 2024-02-29 2024-02-29 "
                        + "2027-02-28 record - Vaccination plan text",
                "00000000-0000-0000-0000-000000000002 grazing-land-evaluation 00000000-0000-0000-0000-00000000000b "
                        + "site site 2020-06-30 2020-06-30 2030-06-30 grazing-land-evaluation - Summer pasture -",
                "00000000-0000-0000-0000-000000000003 breeding-archive - organisation organisation 1999-01-15 "
                        + "1999-01-15 permanent breeding-archive - Bucks 1999 -",
                "00000000-0000-0000-0000-000000000004 soil-test 00000000-0000-0000-0000-00000000000b land-parcel "
                        + "north 2025-05-30 2025-06-02 2035-06-02 grazing-land-evaluation Batu - -");
        assertThat(rows("select count(*) from information_schema.tables where table_schema = '" + schema
                + "' and table_name = 'farm_record'")).containsExactly("0");
        // Still append-only.
        Db.assertRestricted("work records are append-only: void a wrong record with a new one",
                () -> sql("update work_record set title = 'x' where id = '00000000-0000-0000-0000-000000000001'"));
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        try (Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
        }
        return c;
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(r.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
