package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pashm.app.delivery.ReminderJob;

/**
 * A run looks only at what can be new since the last completed run (stages whose day came after it, subjects and
 * records changed since it began): missed days are caught up, a subject registered after a run with long-overdue
 * duties is still reminded, and nothing is reminded twice. Days in 2019, which no other test runs the job for.
 */
@QuarkusTest
class ReminderRunsTest {

    @Inject
    Db db;

    @Inject
    ReminderJob job;

    /** A housing farm whose one buck group (5.18.3: every 2 months) was trimmed on {@code trimmed}. */
    UUID farm(String trimmed) throws Exception {
        String org = Api.organisation("farm");
        String site = Api.site(org, "housing");
        db.execute("""
                insert into duty_subject (id, organisation_id, site_id, kind, key, classes)
                values (gen_random_uuid(), ?, ?, 'goat-group', 'bucks', 
                        cast('{"housing.goat-group.class": "housing-bucks"}' as jsonb))""",
                UUID.fromString(org), UUID.fromString(site));
        db.execute("""
                insert into work_record (id, organisation_id, site_id, type, subject_kind, subject_key, duty_id,
                                         performed_on, performed_by, details, retention, recorded_on,
                                         retain_until)
                values (gen_random_uuid(), ?, ?, 'hoof-repair', 'goat-group', 'bucks', 'hoof-repair-housing-bucks',
                        cast(? as date), 'test', '{}', 'record', current_date, current_date + 1095)""",
                UUID.fromString(org), UUID.fromString(site), LocalDate.parse(trimmed));
        return UUID.fromString(org);
    }

    long hoof(UUID org, String stage, Integer lead) {
        return db.count("select count(*) from reminder where organisation_id = ? and duty_id = "
                + "'hoof-repair-housing-bucks' and stage = ? and lead_days is not distinct from ?", org, stage, lead);
    }

    @Test
    void missedDaysAreCaughtUpWithTheLatestStageOnlyAndNothingTwice_5_18_3() throws Exception {
        UUID org = farm("2019-08-01");                        // due 2019-10-01
        job.run(LocalDate.parse("2019-09-01"));               // 30 days before: the first reminder
        assertThat(hoof(org, "lead", 30)).isEqualTo(1);
        job.run(LocalDate.parse("2019-10-05"));               // the job did not run for a month: overdue now
        assertThat(hoof(org, "overdue", null)).isEqualTo(1);
        assertThat(hoof(org, "lead", 7)).isZero();            // only the latest stage reached is caught up
        job.run(LocalDate.parse("2019-10-05"));               // again the same day (a restart, another instance)
        job.run(LocalDate.parse("2019-10-06"));
        assertThat(db.count("select count(*) from reminder where organisation_id = ?", org))
                .isEqualTo(db.count("select count(distinct (duty_id, subject_key, stage, lead_days, due_on)) "
                        + "from reminder where organisation_id = ?", org));
        assertThat(hoof(org, "overdue", null)).isEqualTo(1);
    }

    @Test
    void aSubjectRegisteredAfterARunIsRemindedOfWhatIsLongOverdue_5_18_3() throws Exception {
        job.run(LocalDate.parse("2019-12-01"));
        // Trimmed in January: overdue since March, a day long before the last run; registered only now.
        UUID org = farm("2019-01-01");
        job.run(LocalDate.parse("2019-12-02"));
        assertThat(hoof(org, "overdue", null)).isEqualTo(1);
    }
}
